// The one error type of the API. Services throw it with a closed code and a
// message key; the error middleware translates it into the caller's language.
export enum AppErrorCode {
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  NOT_FOUND = 'NOT_FOUND',
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  CONFLICT = 'CONFLICT',
  RATE_LIMITED = 'RATE_LIMITED',
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
}

// The HTTP status of each code, for the plain HTTP routes beside GraphQL (files in and out).
export const HTTP_STATUS: Readonly<Record<AppErrorCode, number>> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  BAD_USER_INPUT: 400,
  CONFLICT: 409,
  RATE_LIMITED: 429,
  INTERNAL_SERVER_ERROR: 500,
};

export type MessageRef = { key: string; values?: Record<string, string | number> };
export type FieldErrorRef = { field: string } & MessageRef;

export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly messageRef: MessageRef;
  readonly fields: FieldErrorRef[];

  constructor(code: AppErrorCode, message?: MessageRef | string, fields: FieldErrorRef[] = []) {
    const ref = typeof message === 'string' ? { key: message } : (message ?? { key: `error.${code}` });
    super(ref.key);
    this.name = 'AppError';
    this.code = code;
    this.messageRef = ref;
    this.fields = fields;
  }

  static notFound(): AppError {
    return new AppError(AppErrorCode.NOT_FOUND);
  }

  static conflict(): AppError {
    return new AppError(AppErrorCode.CONFLICT);
  }

  static field(field: string, key: string, values?: Record<string, string | number>): AppError {
    return new AppError(AppErrorCode.BAD_USER_INPUT, undefined, [{ field, key, values }]);
  }
}
