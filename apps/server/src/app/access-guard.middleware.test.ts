import { describe, expect, it } from 'vitest';
import { GraphQLObjectType, GraphQLString } from 'graphql';
import { AccessGuardMiddleware } from './access-guard.middleware';

const Query = new GraphQLObjectType({
  name: 'Query',
  fields: {
    declared: { type: GraphQLString, extensions: { access: { public: true } } },
    forgotten: { type: GraphQLString },
  },
});
const Child = new GraphQLObjectType({ name: 'Child', fields: { name: { type: GraphQLString } } });

const run = (parentType: GraphQLObjectType, fieldName: string) =>
  AccessGuardMiddleware({ root: {}, args: {}, context: {} as never, info: { parentType, fieldName } as never }, async () => 'ran');

describe('AccessGuardMiddleware', () => {
  it('runs root fields that declare their access', async () => {
    await expect(run(Query, 'declared')).resolves.toBe('ran');
  });
  it('refuses a root field that declares nothing (fail closed)', async () => {
    await expect(run(Query, 'forgotten')).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
  it('leaves nested fields to their parent', async () => {
    await expect(run(Child, 'name')).resolves.toBe('ran');
  });
});
