import type { Context } from '../common/context';
import { createLoaders } from './loaders';

export const buildContext = (input: Omit<Context, 'loaders'>): Context => ({
  ...input,
  loaders: createLoaders(() => input.actor),
});
