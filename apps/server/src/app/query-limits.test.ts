import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { buildAppSchema } from './schema';
import { checkQueryLimits, estimateCost, measureDocument } from './query-limits';

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
    expect(checkQueryLimits(schema, doc, {}, undefined, LIMITS, { signedIn: false, locale: 'en' })?.extensions.code).toBe(
      'UNAUTHENTICATED',
    );
    expect(checkQueryLimits(schema, doc, {}, undefined, LIMITS, signedIn)).toBeNull();
  });

  // Each fragment spreads the next one twice: 2^(n-1) paths. A walk that inlines fragments per
  // path never ends on these (the security review's fragment bomb); the measure must be linear.
  const bomb = (levels: number, leaf = 'me { id }') =>
    parse(
      `query { ...F0 } ${Array.from({ length: levels - 1 }, (_, i) => `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }`).join(' ')} ` +
        `fragment F${levels - 1} on Query { ${leaf} }`,
    );

  it('measures fragment bombs without walking every path, and refuses them', async () => {
    const schema = await buildAppSchema();
    for (const levels of [22, 30, 200]) {
      const doc = bomb(levels);
      expect(measureDocument(doc)).toEqual({ depth: 2, aliases: 0, introspects: false });
      expect(estimateCost(schema, doc, {}, undefined)).toBeGreaterThan(2 ** Math.min(levels - 1, 52));
      const refused = checkQueryLimits(schema, doc, {}, undefined, LIMITS, { signedIn: false, locale: 'en' });
      expect(refused?.message).toContain('QUERY_MAX_COST');
    }
    const aliased = bomb(40, 'a: me { id }');
    expect(measureDocument(aliased).aliases).toBe(2 ** 39);
    expect(checkQueryLimits(schema, aliased, {}, undefined, LIMITS, signedIn)?.message).toContain('QUERY_MAX_ALIASES');
  });

  it('counts `first` once for a page: the nodes of a connection are not multiplied again', async () => {
    const schema = await buildAppSchema();
    const page = parse(`query($n: Int) { children(first: $n) { totalCount nodes { id fullName circumstances { group } } } }`);
    // 1 (children) + 50 × (totalCount 1 + nodes (1 + 1 × (id 1 + fullName 1 + circumstances (1 + 10 × 1))))
    expect(estimateCost(schema, page, { n: 50 }, undefined)).toBe(1 + 50 * (1 + 1 + (2 + 11)));
    expect(checkQueryLimits(schema, page, { n: 50 }, undefined, LIMITS, signedIn)).toBeNull();
    // the same fields reached through a fragment cost the same
    const viaFragment = parse(
      `query($n: Int) { children(first: $n) { totalCount ...Page } } fragment Page on ChildConnection { nodes { id fullName circumstances { group } } }`,
    );
    expect(estimateCost(schema, viaFragment, { n: 50 }, undefined)).toBe(estimateCost(schema, page, { n: 50 }, undefined));
  });

  it('costs only the operation that is run', async () => {
    const schema = await buildAppSchema();
    const doc = parse(`query A { me { id } } query B { children(first: 100) { nodes { id } } }`);
    expect(estimateCost(schema, doc, {}, 'A')).toBe(2);
    expect(estimateCost(schema, doc, {}, 'B')).toBe(1 + 100 * (1 + 1 * 1));
  });
});
