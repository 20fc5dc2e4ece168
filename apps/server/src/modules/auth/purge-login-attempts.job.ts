import type { JobDefinition } from '../../common/module';
import { signInThrottle } from './sign-in-throttle';

// Nightly: sign-in attempts older than the limits' window and the known-address memory.
export const purgeLoginAttemptsJob: JobDefinition = {
  name: 'purge-login-attempts',
  cron: '20 3 * * *',
  run: async () => {
    await signInThrottle.purge();
  },
};
