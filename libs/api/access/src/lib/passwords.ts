import { ErrorCode, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@tribeworks/contracts';
import { DomainError } from '@tribeworks/api-core';
import { hash, verify, argon2id } from 'argon2';
import { COMMON_PASSWORDS } from './common-passwords';

export class WeakPasswordError extends DomainError {
  constructor(reason: string) {
    super(ErrorCode.WeakPassword, reason, 422, { field: 'password' });
  }
}

/** Refuses passwords that are too short, too long, common, or the e-mail address itself. */
export function assertPasswordAcceptable(password: string, email?: string): void {
  if ([...password].length < PASSWORD_MIN_LENGTH) {
    throw new WeakPasswordError(`Password must be at least ${PASSWORD_MIN_LENGTH} characters long`);
  }
  if (password.length > PASSWORD_MAX_LENGTH) {
    throw new WeakPasswordError(`Password must be at most ${PASSWORD_MAX_LENGTH} characters long`);
  }
  const lower = password.toLowerCase();
  if (COMMON_PASSWORDS.has(lower) || /^(.)\1+$/.test(password)) {
    throw new WeakPasswordError('Password is too common; choose another');
  }
  if (email && (lower === email.toLowerCase() || lower === email.toLowerCase().split('@')[0])) {
    throw new WeakPasswordError('Password must not be your e-mail address');
  }
}

/** argon2id with the library's defaults (64 MiB, 3 passes), as OWASP recommends. */
export function hashPassword(password: string): Promise<string> {
  return hash(password, { type: argon2id });
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** A hash to verify against when the account does not exist, so timing does not tell. */
let dummyHash: Promise<string> | undefined;
export function dummyPasswordHash(): Promise<string> {
  dummyHash ??= hashPassword('tribeworks-no-such-account');
  return dummyHash;
}
