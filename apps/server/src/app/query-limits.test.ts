import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { buildAppSchema } from './schema';
import { checkQueryLimits, measureDocument } from './query-limits';

const LIMITS = { maxDepth: 10, maxCost: 5000, maxAliases: 50 };
const signedIn = { signedIn: true, locale: 'en' as const };

describe('query limits', () => {
  it('measures depth through fragments and counts aliases', () => {
    const doc = parse(`query { a: me { ...U } b: me { username } } fragment U on User { jurisdiction { parent { id } } }`);
    expect(measureDocument(doc)).toEqual({ depth: 4, aliases: 2, introspects: false });
  });

  it('names the limit that a document breaks', async () => {
    const schema = await buildAppSchema();
    const deep = parse(`{ me { jurisdiction { ${'parent { '.repeat(13)}id${' }'.repeat(13)} } } }`);
    expect(checkQueryLimits(schema, deep, {}, undefined, LIMITS, signedIn)?.message).toBe(
      'The query is 16 levels deep, over the depth limit of 10 (QUERY_MAX_DEPTH).',
    );
    const aliases = parse(`{ ${Array.from({ length: 300 }, (_, i) => `a${i}: me { username }`).join(' ')} }`);
    expect(checkQueryLimits(schema, aliases, {}, undefined, LIMITS, signedIn)?.message).toContain('300 aliases');
    const costly = parse(`query($n: Int) { children(first: $n) { nodes { id fullName caregivers { fullName } } } }`);
    expect(checkQueryLimits(schema, costly, { n: 1000 }, undefined, LIMITS, signedIn)?.message).toContain('QUERY_MAX_COST');
    expect(checkQueryLimits(schema, costly, { n: 20 }, undefined, LIMITS, signedIn)).toBeNull();
  });

  it('refuses introspection to anonymous callers only', async () => {
    const schema = await buildAppSchema();
    const doc = parse('{ __schema { queryType { name } } }');
    expect(checkQueryLimits(schema, doc, {}, undefined, LIMITS, { signedIn: false, locale: 'en' })?.extensions.code).toBe('UNAUTHENTICATED');
    expect(checkQueryLimits(schema, doc, {}, undefined, LIMITS, signedIn)).toBeNull();
  });
});
