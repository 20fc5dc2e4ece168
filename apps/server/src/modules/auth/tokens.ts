import { createHash, randomBytes } from 'node:crypto';

// Opaque bearer secrets. Only their SHA-256 is stored, so a database dump signs nobody in.
export const newToken = (prefix: 'cps' | 'cpt'): string => `${prefix}_${randomBytes(32).toString('base64url')}`;
export const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex');
export const SESSION_COOKIE = 'cp_session';
