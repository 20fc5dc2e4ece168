import type { JobDefinition } from './job-runner';
import { dutyReminderJob } from '../modules/directives/duty-reminder.job';

// The server's scheduled jobs. A module adds its job here; its `run` is a plain async
// function that tests call directly.
export const JOBS: JobDefinition[] = [
  dutyReminderJob,
];
