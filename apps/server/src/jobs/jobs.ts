import type { JobDefinition } from './job-runner';

// The server's scheduled jobs. A module adds its job here; its `run` is a plain async
// function that tests call directly.
export const JOBS: JobDefinition[] = [];
