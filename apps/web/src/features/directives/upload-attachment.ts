import { CSRF_HEADER } from '@cp/schema';

// Sends one evidence file to the server's upload route (the body is the file itself).
export type UploadResult = { ok: true } | { ok: false; message: string };

export const uploadAttachment = async (updateId: string, file: File): Promise<UploadResult> => {
  const res = await fetch(`/api/duty-updates/${updateId}/attachments`, {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'content-type': file.type || 'application/octet-stream', 'x-file-name': encodeURIComponent(file.name), [CSRF_HEADER]: 'fetch' },
    body: file,
  });
  if (res.ok) return { ok: true };
  // The server's one error shape for plain routes: { error: { code, message, fields } }.
  const body = (await res.json().catch(() => ({}))) as { error?: { message?: string; fields?: { message: string }[] } };
  return { ok: false, message: body.error?.fields?.[0]?.message ?? body.error?.message ?? res.statusText };
};
