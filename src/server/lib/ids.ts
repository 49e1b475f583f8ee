import crypto from 'node:crypto';
import { v7 } from 'uuid';

/** Time-ordered ids, made in the application because PostgreSQL 15 has no uuidv7(). */
export const newId = (): string => v7();

/** A long random token for links and cookies; only its hash is stored. */
export const newToken = (): string => crypto.randomBytes(32).toString('base64url');

export const hashToken = (token: string): string => crypto.createHash('sha256').update(token).digest('hex');
