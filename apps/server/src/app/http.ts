import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import { parseCookie } from 'cookie';
import express, { type Request, type Response } from 'express';
import helmet from 'helmet';
import type { DataSource } from 'typeorm';
import type { Env } from '../config/env';
import { GraphQLError } from 'graphql';
import { localeFromHeader, toLocale, translate } from '../common/i18n';
import { logger } from '../common/logger';
import { sessionService } from '../modules/auth/session.service';
import { SESSION_COOKIE } from '../modules/auth/tokens';
import type { Context } from '../common/context';
import { buildContext } from './context';
import { formatError } from './format-error';
import { mountHttpRoutes } from './http-routes';
import { HTTP_ROUTES } from './modules';
import { queryLimitsPlugin } from './query-limits';
import { buildAppSchema } from './schema';
import { healthz } from './healthz';
import { hideSuggestionsPlugin } from './hide-suggestions.plugin';
import { finalErrorHandler, notFoundHandler, refuseNulInJsonBody, refuseNulInUrl } from './request-errors';
import { secureCookies, strictTransportSecurity } from './transport';

const REQUEST_ID_RE = /^[A-Za-z0-9-]{8,64}$/;

const tokenOf = (req: Request): string | undefined => {
  const header = req.headers.authorization;
  if (header?.startsWith('Bearer ')) return header.slice(7).trim();
  return req.headers.cookie ? parseCookie(req.headers.cookie)[SESSION_COOKIE] : undefined;
};

export const createContext = async (req: Request, res: Response, env: Env): Promise<Context> => {
  const { actor, expired, rateLimited } = await sessionService.authenticate(tokenOf(req));
  if (rateLimited) {
    const locale = localeFromHeader(req.headers['accept-language']);
    throw new GraphQLError(translate(locale, { key: 'limit.tokenRate', values: { max: env.apiTokenRequestsPerMinute } }), {
      extensions: { code: 'RATE_LIMITED', translated: true, http: { status: 429 } },
    });
  }
  return buildContext({
    actor,
    sessionExpired: expired,
    sessionId: actor?.sessionId ?? null,
    locale: actor ? toLocale(actor.locale) : localeFromHeader(req.headers['accept-language']),
    request: { requestId: String(res.locals.requestId), ip: req.ip ?? '', userAgent: req.headers['user-agent'] ?? '' },
    cookies: {
      set: (name, value, { maxAgeSeconds }) =>
        res.cookie(name, value, {
          httpOnly: true,
          sameSite: 'lax',
          secure: secureCookies(req, env),
          path: '/',
          ...(maxAgeSeconds ? { maxAge: maxAgeSeconds * 1000 } : {}),
        }),
      clear: (name) => res.clearCookie(name, { httpOnly: true, sameSite: 'lax', secure: secureCookies(req, env), path: '/' }),
    },
  });
};

export type RunningServer = { httpServer: http.Server; url: string; stop: () => Promise<void> };

export const startHttpServer = async (env: Env, dataSource: DataSource, port = env.port): Promise<RunningServer> => {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', env.trustProxy);
  const httpServer = http.createServer(app);

  const apollo = new ApolloServer<Context>({
    schema: await buildAppSchema(),
    formatError,
    csrfPrevention: true,
    // main.ts owns SIGINT/SIGTERM (drain, then close the pools, then stop the database); Apollo's
    // own handler re-raised the signal mid-way and left that shutdown hanging.
    stopOnTerminationSignals: false,
    includeStacktraceInErrorResponses: false,
    // Introspection is allowed by Apollo and refused to anonymous callers by the limits plugin.
    introspection: true,
    // Refused while parsing, before any other work: documents longer than any the web app or an
    // analyst needs (the limits plugin then measures the rest in time linear in the document).
    parseOptions: { maxTokens: env.queryMaxTokens },
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginLandingPageDisabled(),
      queryLimitsPlugin({ maxDepth: env.queryMaxDepth, maxCost: env.queryMaxCost, maxAliases: env.queryMaxAliases }),
      hideSuggestionsPlugin(),
    ],
  });
  await apollo.start();

  app.use((req, res, next) => {
    const incoming = req.headers['x-request-id'];
    res.locals.requestId = typeof incoming === 'string' && REQUEST_ID_RE.test(incoming) ? incoming : randomUUID();
    res.setHeader('x-request-id', res.locals.requestId as string);
    next();
  });
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          styleSrc: ["'self'", "'unsafe-inline'"], // the UI kit sets inline styles
          imgSrc: ["'self'", 'data:'],
          connectSrc: ["'self'"],
          frameAncestors: ["'none'"],
          upgradeInsecureRequests: env.cookieSecure ? [] : null,
        },
      },
      // Set per request by strictTransportSecurity: whenever the request came over HTTPS.
      hsts: false,
    }),
  );
  app.use(strictTransportSecurity(env));
  app.use(refuseNulInUrl);

  const health = healthz(dataSource);
  app.get('/healthz', health.handler);

  app.use(
    '/graphql',
    express.json({ limit: '1mb' }),
    refuseNulInJsonBody,
    expressMiddleware(apollo, { context: ({ req, res }) => createContext(req, res, env) }),
  );

  // Plain HTTP routes (files in and out), declared in the modules' manifests, through one pipeline.
  const routes = express.Router();
  mountHttpRoutes(routes, HTTP_ROUTES, (req, res) => createContext(req, res, env));
  app.use('/api', routes);

  // The built web app, with index.html for every client-side route.
  const index = path.join(env.webDist, 'index.html');
  if (fs.existsSync(index)) {
    app.use('/assets', express.static(path.join(env.webDist, 'assets'), { immutable: true, maxAge: '365d' }));
    app.use(express.static(env.webDist, { index: false }));
    app.get(/^\/(?!graphql|api\/|healthz).*/, (_req, res) => {
      res.setHeader('Cache-Control', 'no-cache');
      res.sendFile(index);
    });
  } else {
    logger.warn({ webDist: env.webDist }, 'web app not built: serving the API only');
  }
  app.use(['/api', '/graphql'], notFoundHandler);
  app.use(finalErrorHandler);

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(port, () => {
      httpServer.off('error', reject);
      resolve();
    });
  });
  const address = httpServer.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  return {
    httpServer,
    url: `http://localhost:${actualPort}`,
    stop: async () => {
      await apollo.stop();
      await health.close();
    },
  };
};
