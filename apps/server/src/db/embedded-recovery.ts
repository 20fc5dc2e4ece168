import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Logger } from 'pino';

// After a kill -9 of the server, its embedded PostgreSQL keeps running as an orphan and holds
// the data directory (issue 9, finding 6). Before starting our own we look at postmaster.pid:
// - no file, or its process is gone: nothing to do (PostgreSQL reclaims a stale file itself,
//   after checking that no old backend still uses the shared memory);
// - its process is no PostgreSQL (the pid was reused after a reboot): the file is stale, and
//   PostgreSQL would refuse to start because that pid is alive: we remove it;
// - a PostgreSQL on this data directory whose parent is another live Node.js process: another
//   server is using DATA_DIR, and we refuse to start rather than pull its database away;
// - a PostgreSQL on this data directory left without its server: we stop it cleanly (fast
//   shutdown: transactions roll back, a checkpoint is written), then start our own.

export type ProcessInfo = { command: string; parent: number | null };

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

export const describeProcess = (pid: number): ProcessInfo | null => {
  try {
    const command = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ').trim();
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // "pid (comm) state ppid …": comm may hold spaces and parentheses.
    const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    return { command, parent: Number.isInteger(parent) ? parent : null };
  } catch {
    // No /proc (macOS): ask ps.
    try {
      const out = execFileSync('ps', ['-o', 'ppid=,command=', '-p', String(pid)], { encoding: 'utf8' }).trim();
      const match = /^(\d+)\s+(.*)$/.exec(out);
      return match ? { command: match[2]!, parent: Number(match[1]) } : null;
    } catch {
      return null;
    }
  }
};

export type PidFile = { pid: number; dataDir: string; port: number | null };

export const readPidFile = (pgDir: string): PidFile | null => {
  let text: string;
  try {
    text = fs.readFileSync(path.join(pgDir, 'postmaster.pid'), 'utf8');
  } catch {
    return null;
  }
  const lines = text.split('\n');
  const pid = Number(lines[0]);
  if (!Number.isInteger(pid) || pid <= 0) return { pid: 0, dataDir: lines[1] ?? '', port: null };
  return { pid, dataDir: lines[1] ?? '', port: Number(lines[3]) || null };
};

const waitForExit = async (pid: number, ms: number): Promise<boolean> => {
  for (let waited = 0; waited < ms; waited += 100) {
    if (!alive(pid)) return true;
    await sleep(100);
  }
  return !alive(pid);
};

export class DataDirInUseError extends Error {}

export const recoverLeftoverPostgres = async (pgDir: string, logger: Logger): Promise<'none' | 'stale' | 'stopped'> => {
  const file = readPidFile(pgDir);
  if (!file) return 'none';
  const pidFile = path.join(pgDir, 'postmaster.pid');
  if (!file.pid) {
    fs.rmSync(pidFile, { force: true });
    logger.warn({ pidFile }, 'removed an unreadable postmaster.pid');
    return 'stale';
  }
  if (!alive(file.pid)) {
    logger.info({ postgresPid: file.pid }, 'postmaster.pid names a process that is gone: PostgreSQL will reclaim it');
    return 'stale';
  }
  const info = describeProcess(file.pid);
  const isOurPostgres = info !== null && /postgres/.test(info.command) && info.command.includes(path.resolve(pgDir));
  if (!isOurPostgres) {
    if (info === null) {
      throw new DataDirInUseError(
        `process ${file.pid} named in ${pidFile} is running and cannot be inspected: if it is not a PostgreSQL using DATA_DIR, delete that file.`,
      );
    }
    fs.rmSync(pidFile, { force: true });
    logger.warn(
      { postgresPid: file.pid, command: info.command },
      'removed a stale postmaster.pid (its pid now belongs to another program)',
    );
    return 'stale';
  }
  const parent = info.parent ? describeProcess(info.parent) : null;
  if (
    info.parent &&
    info.parent !== 1 &&
    info.parent !== process.pid &&
    parent &&
    /(^|\/)node(\s|$)/.test(parent.command.split(' ')[0] ?? '')
  ) {
    throw new DataDirInUseError(
      `another server (process ${info.parent}) is running with this DATA_DIR (${path.dirname(pgDir)}): stop it first, or give this one another DATA_DIR.`,
    );
  }
  logger.warn(
    { postgresPid: file.pid, port: file.port },
    'an embedded PostgreSQL was left running by a server that did not stop: stopping it',
  );
  process.kill(file.pid, 'SIGINT'); // fast shutdown
  if (!(await waitForExit(file.pid, 30_000))) {
    process.kill(file.pid, 'SIGQUIT'); // immediate shutdown: crash recovery at the next start
    if (!(await waitForExit(file.pid, 10_000))) {
      throw new DataDirInUseError(`the PostgreSQL left running on DATA_DIR (process ${file.pid}) does not stop: stop it by hand.`);
    }
  }
  logger.info({ postgresPid: file.pid }, 'stopped the leftover embedded PostgreSQL');
  return 'stopped';
};

// PostgreSQL's own words for why it did not start, made plain.
export const explainPostgresFailure = (output: string, port: number, pgDir: string): string => {
  const lines = output
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  const fatal = [...lines].reverse().find((l) => /FATAL|PANIC|ERROR/.test(l)) ?? lines.at(-1) ?? '';
  if (/could not bind|Address already in use|could not create any TCP\/IP sockets/i.test(output)) {
    return `the embedded PostgreSQL could not listen on port ${port}: another program uses it. Stop it or set EMBEDDED_PG_PORT.`;
  }
  if (/lock file .* already exists/i.test(output)) {
    return `another PostgreSQL is running on ${pgDir}: stop it, or set another DATA_DIR.`;
  }
  if (/incompatible with server|initialized by PG_VERSION/i.test(output)) {
    return `the data in ${pgDir} was made by another major version of PostgreSQL (${fatal}). Dump it with that version and restore it here.`;
  }
  if (/Permission denied|invalid permissions|wrong ownership/i.test(output)) {
    return `the embedded PostgreSQL may not use ${pgDir} (${fatal}). DATA_DIR must belong to the user running the app.`;
  }
  if (/No space left on device/i.test(output)) return `the disk holding ${pgDir} is full.`;
  return `the embedded PostgreSQL did not start${fatal ? `: ${fatal}` : ' (no message)'}.`;
};
