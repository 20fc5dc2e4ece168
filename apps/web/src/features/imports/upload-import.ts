import { CSRF_HEADER } from '@cp/schema';

// Sends the file to POST /api/imports/children with the session cookie and reads the answer as
// a stream of lines: progress while the server checks and writes, then the result.
export type ImportProgress = { phase: 'upload' | 'check' | 'import'; done: number; total: number };
export type ImportRowError = { row: number; field: string; message: string };
export type ImportResult = { dryRun: boolean; total: number; valid: number; written: number; errors: ImportRowError[] };
export type ImportFailure = { message: string };

export const uploadImport = async (
  file: File,
  dryRun: boolean,
  locale: string,
  onProgress: (p: ImportProgress) => void,
): Promise<ImportResult> => {
  const body = new FormData();
  body.append('file', file);
  onProgress({ phase: 'upload', done: 0, total: 1 });
  const res = await fetch(`/api/imports/children${dryRun ? '?dryRun=true' : ''}`, {
    method: 'POST',
    credentials: 'same-origin',
    // The custom header makes the request one another site cannot send (the server refuses
    // state-changing requests without it).
    headers: { accept: 'application/x-ndjson', 'accept-language': locale, [CSRF_HEADER]: 'fetch' },
    body,
  });
  if (!res.ok || !res.body) {
    const error = (await res.json().catch(() => null)) as { error?: ImportFailure } | null;
    throw new Error(error?.error?.message ?? res.statusText);
  }
  const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffered = '';
  let result: ImportResult | null = null;
  for (;;) {
    const { value, done } = await reader.read();
    if (value) buffered += value;
    const lines = buffered.split('\n');
    buffered = lines.pop() ?? '';
    for (const line of lines.filter(Boolean)) {
      const message = JSON.parse(line) as { progress?: ImportProgress; result?: ImportResult; error?: ImportFailure };
      if (message.progress) onProgress(message.progress);
      if (message.result) result = message.result;
      if (message.error) throw new Error(message.error.message);
    }
    if (done) break;
  }
  if (!result) throw new Error('no result');
  return result;
};
