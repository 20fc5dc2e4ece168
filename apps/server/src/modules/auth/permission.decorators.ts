import { Authorized, Extensions } from 'type-graphql';
import type { Permission } from '@cp/schema';

// Every root field carries exactly one of these. The endpoint snapshot test lists them,
// and a global middleware refuses to run a root field that carries none (fail closed).
type Decorator = MethodDecorator & PropertyDecorator;

export const RequirePermission =
  (permission: Permission): Decorator =>
  (target: object, key: string | symbol, descriptor?: PropertyDescriptor) => {
    Authorized(permission)(target, key, descriptor as never);
    Extensions({ access: { permission } })(target, key, descriptor as never);
  };

// Any signed-in user (own session, own preferences).
export const SignedIn = (): Decorator => (target: object, key: string | symbol, descriptor?: PropertyDescriptor) => {
  Authorized()(target, key, descriptor as never);
  Extensions({ access: { signedIn: true } })(target, key, descriptor as never);
};

// Open to anonymous callers. Use sparingly: login and me only.
export const Public = (): Decorator => Extensions({ access: { public: true } });

export type AccessDeclaration = { permission?: Permission; signedIn?: true; public?: true };
