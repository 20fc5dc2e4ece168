import fs from 'node:fs';
import path from 'node:path';
import { Kind, parse, type DefinitionNode, type DocumentNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { env } from '../config/env';
import { checkQueryLimits } from './query-limits';
import { buildAppSchema } from './schema';

// Every operation the web app sends must fit the server's default limits, with its fragments and
// the largest page it asks for: the case list once failed for every user with QUERY_MAX_COST.
const GENERATED = path.resolve(__dirname, '../../../web/src/__generated__/gql.ts');
const LARGEST_PAGE = 100;

const webDocuments = (): DefinitionNode[] => {
  const source = fs.readFileSync(GENERATED, 'utf8');
  const texts = [...source.matchAll(/^ {4}"((?:\\.|[^"\\])*)": typeof types\./gm)].map((m) => JSON.parse(`"${m[1]}"`) as string);
  return texts.flatMap((text) => parse(text).definitions);
};

describe('the web app’s own documents', () => {
  it('are all within the default query limits, at the largest page size the web asks for', async () => {
    const schema = await buildAppSchema();
    const definitions = webDocuments();
    const fragments = definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION);
    const operations = definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
    expect(operations.length).toBeGreaterThan(20);
    const limits = { maxDepth: env.queryMaxDepth, maxCost: env.queryMaxCost, maxAliases: env.queryMaxAliases };
    const refused: string[] = [];
    for (const operation of operations) {
      const doc: DocumentNode = { kind: Kind.DOCUMENT, definitions: [operation, ...fragments] };
      const error = checkQueryLimits(schema, doc, { first: LARGEST_PAGE }, undefined, limits, { signedIn: true, locale: 'en' });
      if (error) refused.push(`${operation.name?.value}: ${error.message}`);
    }
    expect(refused).toEqual([]);
  });
});
