import type { Express } from 'express';
import type { Env } from '../config/env';
import { mountFormRoutes } from '../modules/forms/form.routes';

// Plain HTTP routes of the modules (under /api/), mounted before the web app's fallback.
// A module adds its mount function here.
export const HTTP_ROUTES: ((app: Express, env: Env) => void)[] = [
  mountFormRoutes,
];
