import { db } from '../../common/db';

// Per-token request counter in fixed one-minute windows, kept in PostgreSQL so that every API
// process counts into the same row. Returns the number of requests in the current window,
// this one included. Old windows are pruned now and then by the same statement's caller.
export const countTokenRequest = async (sessionId: string): Promise<number> => {
  const rows: { requests: number }[] = await db().query(
    `INSERT INTO api_token_usage (session_id, window_start, requests)
     VALUES ($1, date_trunc('minute', now()), 1)
     ON CONFLICT (session_id, window_start) DO UPDATE SET requests = api_token_usage.requests + 1
     RETURNING requests`,
    [sessionId],
  );
  const requests = rows[0]?.requests ?? 1;
  // The first request of a window clears this token's older windows.
  if (requests === 1)
    await db().query(`DELETE FROM api_token_usage WHERE session_id = $1 AND window_start < date_trunc('minute', now())`, [sessionId]);
  return requests;
};
