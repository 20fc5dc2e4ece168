import path from 'node:path';

// Configuration, parsed once at boot. A bad value stops the process with a clear message.
export type Env = {
  nodeEnv: string;
  production: boolean;
  port: number;
  databaseUrl: string | undefined;
  // The owner of the tables, for migrations and grants; DATABASE_URL is then the app's own role.
  migrationDatabaseUrl: string | undefined;
  dbStatementTimeoutMs: number;
  dbIdleInTransactionTimeoutMs: number;
  dbConnectTimeoutMs: number;
  dataDir: string;
  embeddedPgPort: number;
  webDist: string;
  seedDemo: boolean;
  sessionIdleMinutes: number;
  sessionAbsoluteHours: number;
  apiTokenDays: number;
  cookieSecure: boolean;
  trustProxy: boolean;
  loginMaxFailuresPerUserIp: number;
  loginMaxFailuresPerIp: number;
  loginWindowMinutes: number;
  loginUserFreeFailures: number;
  loginUserMaxDelaySeconds: number;
  loginKnownAddressDays: number;
  logLevel: string;
  runJobs: boolean;
  statsMinCellSize: number;
  apiTokenRequestsPerMinute: number;
  queryMaxDepth: number;
  queryMaxCost: number;
  queryMaxAliases: number;
  queryMaxTokens: number;
};

const int = (name: string, fallback: number): number => {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name} must be a non-negative integer, got "${raw}"`);
  return value;
};

const bool = (name: string, fallback: boolean): boolean => {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  if (['1', 'true', 'yes'].includes(raw.toLowerCase())) return true;
  if (['0', 'false', 'no'].includes(raw.toLowerCase())) return false;
  throw new Error(`${name} must be true or false, got "${raw}"`);
};

// Below 3 a suppressed cell could only be 1, which would tell it.
const minCellSize = (): number => {
  const value = int('STATS_MIN_CELL_SIZE', 5);
  if (value < 3) throw new Error(`STATS_MIN_CELL_SIZE must be at least 3, got ${value}`);
  return value;
};

const repoRoot = path.resolve(__dirname, '../../../..');

export const loadEnv = (): Env => {
  const nodeEnv = process.env.NODE_ENV ?? 'development';
  const production = nodeEnv === 'production';
  return {
    nodeEnv,
    production,
    port: int('PORT', 4000),
    databaseUrl: process.env.DATABASE_URL || undefined,
    migrationDatabaseUrl: process.env.MIGRATION_DATABASE_URL || undefined,
    dbStatementTimeoutMs: int('DB_STATEMENT_TIMEOUT_MS', 30_000),
    dbIdleInTransactionTimeoutMs: int('DB_IDLE_IN_TRANSACTION_TIMEOUT_MS', 60_000),
    dbConnectTimeoutMs: int('DB_CONNECT_TIMEOUT_MS', 5_000),
    dataDir: path.resolve(process.env.DATA_DIR ?? path.join(repoRoot, '.data')),
    embeddedPgPort: int('EMBEDDED_PG_PORT', 54329),
    webDist: path.resolve(process.env.WEB_DIST ?? path.join(repoRoot, 'apps/web/dist')),
    seedDemo: bool('SEED_DEMO', !production),
    sessionIdleMinutes: int('SESSION_IDLE_MINUTES', 30),
    sessionAbsoluteHours: int('SESSION_ABSOLUTE_HOURS', 12),
    apiTokenDays: int('API_TOKEN_DAYS', 90),
    cookieSecure: bool('COOKIE_SECURE', production),
    trustProxy: bool('TRUST_PROXY', false),
    // The old name counted per username; it now sets the limit per username and address.
    loginMaxFailuresPerUserIp: int('LOGIN_MAX_FAILURES_PER_USER_IP', int('LOGIN_MAX_FAILURES_PER_USER', 5)),
    loginMaxFailuresPerIp: int('LOGIN_MAX_FAILURES_PER_IP', 20),
    loginWindowMinutes: int('LOGIN_WINDOW_MINUTES', 15),
    loginUserFreeFailures: int('LOGIN_USER_FREE_FAILURES', 10),
    loginUserMaxDelaySeconds: int('LOGIN_USER_MAX_DELAY_SECONDS', 900),
    loginKnownAddressDays: int('LOGIN_KNOWN_ADDRESS_DAYS', 30),
    runJobs: bool('RUN_JOBS', true),
    statsMinCellSize: minCellSize(),
    apiTokenRequestsPerMinute: int('API_TOKEN_REQUESTS_PER_MINUTE', 120),
    queryMaxDepth: int('QUERY_MAX_DEPTH', 10),
    queryMaxCost: int('QUERY_MAX_COST', 5000),
    queryMaxAliases: int('QUERY_MAX_ALIASES', 50),
    queryMaxTokens: int('QUERY_MAX_TOKENS', 2000),
    logLevel: process.env.LOG_LEVEL ?? (process.env.NODE_ENV === 'test' ? 'silent' : 'info'),
  };
};

export const env: Env = loadEnv();
