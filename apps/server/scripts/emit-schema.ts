import path from 'node:path';
import { emitSchemaDefinitionFile } from 'type-graphql';
import { buildAppSchema } from '../src/app/schema';

// Writes the SDL of the code-first schema to packages/schema/schema.graphql (committed;
// `pnpm codegen:check` fails when it is stale).
const target = path.resolve(__dirname, '../../../packages/schema/schema.graphql');

buildAppSchema()
  .then((schema) => emitSchemaDefinitionFile(target, schema))
  .then(() => console.log(`schema written to ${path.relative(process.cwd(), target)}`))
  .catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
