import { CombinedGraphQLErrors, ServerError, ServerParseError } from '@apollo/client/errors';

// Field path (the input's property names, e.g. "caregivers.0.fullName") → message in the user's language.
export type FieldErrors = Record<string, string>;

export type ApiError = {
  // extensions.code from the server; NETWORK when no GraphQL answer came back; UNKNOWN for anything else.
  code: string;
  // The server already wrote it in the user's language; null means the client must say something itself.
  message: string | null;
  fields: FieldErrors;
};

const isFieldError = (value: unknown): value is { field: string; message: string } =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as { field?: unknown }).field === 'string' &&
  typeof (value as { message?: unknown }).message === 'string';

const collectFields = (extensions: Record<string, unknown> | undefined): FieldErrors => {
  const fields = extensions?.fields;
  if (!Array.isArray(fields)) return {};
  const result: FieldErrors = {};
  for (const item of fields) {
    // Keep the first message per field: the server lists the most important one first.
    if (isFieldError(item) && !(item.field in result)) result[item.field] = item.message;
  }
  return result;
};

export const toApiError = (error: unknown): ApiError => {
  if (CombinedGraphQLErrors.is(error)) {
    const first = error.errors[0];
    const fields = error.errors.reduce<FieldErrors>(
      (acc, e) => ({ ...collectFields(e.extensions), ...acc }),
      {},
    );
    const code = typeof first?.extensions?.code === 'string' ? first.extensions.code : 'INTERNAL_SERVER_ERROR';
    return { code, message: first?.message ?? null, fields };
  }
  if (ServerError.is(error) && error.statusCode === 401) return { code: 'UNAUTHENTICATED', message: null, fields: {} };
  // fetch() rejects with a TypeError when the device is offline or the server cannot be reached;
  // a proxy in front of a stopped server answers with a non-GraphQL body.
  if (ServerError.is(error) || ServerParseError.is(error) || error instanceof TypeError) {
    return { code: 'NETWORK', message: null, fields: {} };
  }
  return { code: 'UNKNOWN', message: null, fields: {} };
};

export const hasErrorCode = (error: unknown, code: string): boolean =>
  CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.code === code);
