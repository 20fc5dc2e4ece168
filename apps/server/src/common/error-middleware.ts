import { GraphQLError } from 'graphql';
import type { MiddlewareFn } from 'type-graphql';
import { ArgumentValidationError, AuthenticationError, AuthorizationError } from 'type-graphql';
import type { ValidationError } from 'class-validator';
import { QueryFailedError } from 'typeorm';
import { AppError, AppErrorCode, type FieldErrorRef } from './app-error';
import { translate } from './i18n';
import { logger } from './logger';
import { parseMessageRef } from './validators';
import type { Context } from './context';
import { isBadCharacterError } from './database-errors';

// Flattens class-validator's tree into dotted field paths: caregivers.0.fullName.
const fieldErrors = (errors: ValidationError[], prefix = ''): FieldErrorRef[] =>
  errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {})
      .slice(0, 1)
      .map((m) => ({ field, ...parseMessageRef(m) }));
    return [...own, ...fieldErrors(error.children ?? [], field)];
  });

// Input arguments are validated one class at a time; the argument's own name ("input") is
// not part of the field path the client shows errors under.
const toAppError = (error: unknown): AppError | null => {
  if (error instanceof AppError) return error;
  if (error instanceof ArgumentValidationError) {
    return new AppError(AppErrorCode.BAD_USER_INPUT, undefined, fieldErrors(error.extensions.validationErrors));
  }
  if (error instanceof AuthenticationError) return new AppError(AppErrorCode.UNAUTHENTICATED);
  if (error instanceof AuthorizationError) return new AppError(AppErrorCode.FORBIDDEN);
  // A malformed id in a uuid column names no record.
  if (error instanceof QueryFailedError && (error.driverError as { code?: string }).code === '22P02') return AppError.notFound();
  // A NUL (or a character the database cannot store) in an argument: the caller's input error.
  if (isBadCharacterError(error)) return new AppError(AppErrorCode.BAD_USER_INPUT, 'error.nulCharacter');
  return null;
};

export const toGraphQLError = (error: unknown, ctx: Context): GraphQLError => {
  if (error instanceof GraphQLError && error.extensions.translated) return error;
  const appError = toAppError(error);
  if (!appError) {
    logger.error({ err: error, requestId: ctx.request.requestId }, 'unexpected error in a resolver');
    return new GraphQLError(translate(ctx.locale, { key: 'error.INTERNAL_SERVER_ERROR', values: { requestId: ctx.request.requestId } }), {
      extensions: { code: AppErrorCode.INTERNAL_SERVER_ERROR, requestId: ctx.request.requestId, translated: true },
    });
  }
  const fields = appError.fields.map((f) => ({ field: f.field, message: translate(ctx.locale, f) }));
  return new GraphQLError(translate(ctx.locale, appError.messageRef), {
    extensions: { code: appError.code, ...(fields.length ? { fields } : {}), translated: true },
  });
};

// Wraps every resolver: known errors are translated into the caller's language with their
// code; anything else is logged with the request id and masked.
export const ErrorMiddleware: MiddlewareFn<Context> = async ({ context }, next) => {
  try {
    const result: unknown = await next();
    return result;
  } catch (error) {
    throw toGraphQLError(error, context);
  }
};
