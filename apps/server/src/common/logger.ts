import pino from 'pino';
import { env } from '../config/env';

// Never log request bodies or variables: they carry children's and reporters' data.
export const logger = pino({
  level: env.logLevel,
  redact: { paths: ['req.headers.authorization', 'req.headers.cookie', '*.password', '*.token'], remove: true },
});
