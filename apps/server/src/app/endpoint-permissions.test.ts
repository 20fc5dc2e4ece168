import { describe, expect, it } from 'vitest';
import type { GraphQLObjectType } from 'graphql';
import { STATE_CHANGING } from '../common/http-route';
import type { AccessDeclaration } from '../modules/auth/permission.decorators';
import type { RestrictedDeclaration } from '../modules/audit/restricted';
import { HTTP_ROUTES } from './modules';
import { buildAppSchema } from './schema';

// A change in this snapshot changes who can reach an endpoint or read a restricted fact: review
// it as a permission change, not as a snapshot refresh.
describe('endpoint permission declarations', () => {
  it('declares a permission, @SignedIn or @Public on every root field, and a permission on every HTTP route', async () => {
    const schema = await buildAppSchema();
    const roots = [schema.getQueryType(), schema.getMutationType()].filter(Boolean) as GraphQLObjectType[];
    const declarations: Record<string, string> = {};
    for (const root of roots) {
      for (const field of Object.values(root.getFields())) {
        const access = field.extensions.access as AccessDeclaration | undefined;
        declarations[`${root.name}.${field.name}`] =
          access?.permission ?? (access?.signedIn ? 'SIGNED_IN' : access?.public ? 'PUBLIC' : 'UNDECLARED');
      }
    }
    for (const route of HTTP_ROUTES) {
      const csrf = STATE_CHANGING.has(route.method) ? ' +CSRF' : '';
      const body = route.body ? ` body:${route.body.kind}≤${route.body.maxBytes}` : '';
      const key = `HTTP ${route.method} /api${route.path}`;
      expect(declarations[key], `${key} is declared twice`).toBeUndefined();
      const audits = route.audits?.length ? ` audits:${route.audits.join(',')}` : '';
      declarations[key] = `${route.access.permission}${csrf}${body}${audits}`;
    }
    expect(Object.values(declarations)).not.toContain('UNDECLARED');
    expect(declarations).toMatchSnapshot();
  });

  it('lists every restricted field with the permission it needs and the audit action of a read', async () => {
    const schema = await buildAppSchema();
    const restricted: Record<string, string> = {};
    for (const type of Object.values(schema.getTypeMap())) {
      if (!('getFields' in type) || type.name.startsWith('__')) continue;
      for (const field of Object.values((type as GraphQLObjectType).getFields())) {
        const declared = field.extensions?.restricted as RestrictedDeclaration | undefined;
        if (declared) restricted[`${type.name}.${field.name}`] = `${declared.permission}, audited ${declared.audit}`;
      }
    }
    expect(restricted).toMatchSnapshot();
  });
});
