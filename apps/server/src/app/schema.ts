import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { DateTimeScalar } from '../common/scalars';
import { authChecker } from '../modules/auth/auth-checker';
import { AccessGuardMiddleware } from './access-guard.middleware';
import { ErrorMiddleware } from '../common/error-middleware';
import { RESOLVERS } from './modules';
import { registerEnums } from './register-enums';

let schema: Promise<GraphQLSchema> | null = null;

export const buildAppSchema = (): Promise<GraphQLSchema> => {
  registerEnums();
  return (schema ??= buildSchema({
    resolvers: RESOLVERS,
    authChecker,
    authMode: 'error',
    // type-graphql 2 does not validate unless told to. Missing optional fields are skipped;
    // GraphQL's own non-null checks cover the required ones.
    validate: { skipMissingProperties: true, forbidUnknownValues: false },
    globalMiddlewares: [ErrorMiddleware, AccessGuardMiddleware],
    scalarsMap: [{ type: Date, scalar: DateTimeScalar }],
  }));
};
