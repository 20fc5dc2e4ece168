import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

// graphql ships CJS (main) and ESM (module) builds. Vite resolves our sources to the ESM one
// while externalised libraries (type-graphql, graphql-scalars) load the CJS one, and two copies
// of graphql break `instanceof` checks. Pin our imports to the CJS build as Node does.
export const resolveGraphqlLikeNode = { alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }] };
