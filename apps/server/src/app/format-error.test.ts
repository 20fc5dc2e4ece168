import { describe, expect, it } from 'vitest';
import { GraphQLError } from 'graphql';
import { QueryFailedError } from 'typeorm';
import type { Context } from '../common/context';
import { formatError } from './format-error';
import { toGraphQLError } from '../common/error-middleware';
import { AppError, AppErrorCode } from '../common/app-error';

const ctx = { locale: 'en', request: { requestId: 'req-1', ip: '', userAgent: '' } } as unknown as Context;
const leak = /select|insert|child|relation|stack|at .*\.ts/i;

describe('error masking', () => {
  it('masks a database error: no SQL, table names or stack, but a request id', () => {
    const dbError = new QueryFailedError('SELECT * FROM child WHERE id = $1', ['x'], new Error('relation "child" does not exist'));
    const error = toGraphQLError(dbError, ctx);
    expect(error.message).toBe('Something went wrong on the server. Request id: req-1.');
    expect(error.extensions.code).toBe('INTERNAL_SERVER_ERROR');
    const formatted = formatError(error.toJSON(), error);
    expect(JSON.stringify(formatted)).not.toMatch(leak);
  });

  it('masks any error that did not pass through the middleware', () => {
    const raw = new GraphQLError('duplicate key value violates unique constraint "child_pkey"');
    const formatted = formatError(raw.toJSON(), raw);
    expect(formatted).toEqual({ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } });
  });

  it('keeps translated application errors with their code and fields', () => {
    const error = toGraphQLError(
      new AppError(AppErrorCode.BAD_USER_INPUT, undefined, [{ field: 'fullName', key: 'validation.required' }]),
      ctx,
    );
    expect(formatError(error.toJSON(), error)).toMatchObject({
      message: 'Some of the input is not valid.',
      extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'fullName', message: 'Required.' }] },
    });
  });

  it('turns a malformed id into NOT_FOUND', () => {
    const bad = new QueryFailedError('SELECT', [], Object.assign(new Error('invalid input syntax for type uuid'), { code: '22P02' }));
    expect(toGraphQLError(bad, ctx).extensions.code).toBe('NOT_FOUND');
  });
});
