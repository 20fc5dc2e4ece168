import type { JobDefinition } from './job-runner';
import { MARK_MISSED_DEADLINES_JOB } from '../modules/deadlines/mark-missed.job';
import { dutyReminderJob } from '../modules/directives/duty-reminder.job';
import { purgeLoginAttemptsJob } from '../modules/auth/purge-login-attempts.job';

// The server's scheduled jobs. A module adds its job here; its `run` is a plain async
// function that tests call directly.
export const JOBS: JobDefinition[] = [
  MARK_MISSED_DEADLINES_JOB,
  dutyReminderJob,
  purgeLoginAttemptsJob,
];
