// Why the server could not start, in words an operator can act on (issue 9, finding 6: a
// crash left only `{"msg":"failed to start"}`). The log keeps the full error beside this.

type ErrorLike = { code?: string; message?: string; address?: string; port?: number; path?: string; hostname?: string; syscall?: string };

const FILE_CODES: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EROFS: 'the file system is read-only',
  ENOSPC: 'the disk is full',
  ENOTDIR: 'a part of the path is a file, not a folder',
  EEXIST: 'a file with that name is in the way',
};

const where = (e: ErrorLike): string => (e.address ? `${e.address}${e.port ? `:${e.port}` : ''}` : 'the configured address');

export const explainStartupError = (error: unknown): string => {
  if (error === undefined || error === null) return 'an unknown error, with no details (see the log above)';
  if (typeof error !== 'object') return typeof error === 'string' ? error : (JSON.stringify(error) ?? 'an unknown error');
  const e = error as ErrorLike;
  const message = (e.message ?? '').split('\n')[0]!.trim();
  switch (e.code) {
    case 'EADDRINUSE':
      return `port ${e.port ?? ''} is already in use by another program: stop it, or choose another port (PORT, EMBEDDED_PG_PORT).`;
    case 'ECONNREFUSED':
      return `PostgreSQL does not answer at ${where(e)} (connection refused): is it running, and are the host and port in DATABASE_URL right?`;
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return `the database host "${e.hostname ?? ''}" cannot be found: check the host in DATABASE_URL.`;
    case 'ETIMEDOUT':
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
      return `PostgreSQL cannot be reached at ${where(e)}: check the network and the host in DATABASE_URL.`;
    case '28P01':
      return `PostgreSQL refused the password (${message}): check the user and password in DATABASE_URL / MIGRATION_DATABASE_URL.`;
    case '28000':
      return `PostgreSQL refused the connection (${message}): check the user in DATABASE_URL and pg_hba.conf.`;
    case '3D000':
      return `${message}: create the database first, or fix its name in DATABASE_URL.`;
    case '42501':
      return `the database role lacks a privilege (${message}): MIGRATION_DATABASE_URL must name the owner of the database.`;
    case '53300':
      return `PostgreSQL has no free connection (${message}): raise max_connections or run fewer processes.`;
    case '57P03':
      return `PostgreSQL is still starting up or shutting down (${message}): start again in a moment.`;
    case undefined:
    default:
      break;
  }
  if (e.code && FILE_CODES[e.code] && e.path) {
    return `cannot use ${e.path}: ${FILE_CODES[e.code]}. DATA_DIR must be a folder the app may write to.`;
  }
  if (/timeout/i.test(message) && /connect/i.test(message)) {
    return `PostgreSQL did not answer in time (${message}): is it overloaded or paused?`;
  }
  return message || (e.code ? `error ${e.code}` : 'an unknown error (see the log above)');
};
