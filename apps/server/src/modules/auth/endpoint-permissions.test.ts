import { describe, expect, it } from 'vitest';
import type { GraphQLObjectType } from 'graphql';
import { buildAppSchema } from '../../app/schema';
import type { AccessDeclaration } from './permission.decorators';

// A change in this snapshot changes who can reach an endpoint: review it as a permission
// change, not as a snapshot refresh.
describe('endpoint permission declarations', () => {
  it('declares a permission, @SignedIn or @Public on every root field', async () => {
    const schema = await buildAppSchema();
    const roots = [schema.getQueryType(), schema.getMutationType()].filter(Boolean) as GraphQLObjectType[];
    const declarations: Record<string, string> = {};
    for (const root of roots) {
      for (const field of Object.values(root.getFields())) {
        const access = field.extensions.access as AccessDeclaration | undefined;
        declarations[`${root.name}.${field.name}`] = access?.permission ?? (access?.signedIn ? 'SIGNED_IN' : access?.public ? 'PUBLIC' : 'UNDECLARED');
      }
    }
    expect(Object.values(declarations)).not.toContain('UNDECLARED');
    expect(declarations).toMatchSnapshot();
  });
});
