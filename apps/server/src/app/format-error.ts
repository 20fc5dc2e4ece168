import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { logger } from '../common/logger';

// Errors GraphQL itself raises about the request (syntax, unknown fields, bad variables):
// their messages describe the caller's document, never our data or SQL.
const REQUEST_ERRORS = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

// The last line of defence: only errors our middleware translated, and GraphQL's request
// errors, keep their message. Everything else becomes a generic INTERNAL_SERVER_ERROR.
export const formatError = (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
  const { code, fields, requestId, translated } = (formatted.extensions ?? {}) as Record<string, unknown>;
  const base = { locations: formatted.locations, path: formatted.path };
  if (translated) {
    return {
      ...base,
      message: formatted.message,
      extensions: { code, ...(fields ? { fields } : {}), ...(requestId ? { requestId } : {}) },
    };
  }
  if (typeof code === 'string' && REQUEST_ERRORS.has(code)) {
    return { ...base, message: formatted.message, extensions: { code } };
  }
  logger.error({ err: unwrapResolverError(error) }, 'unexpected error outside a resolver');
  return { ...base, message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } };
};
