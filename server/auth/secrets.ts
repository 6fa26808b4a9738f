import { createHash, randomBytes } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';

// Passwords: argon2id (the library's default algorithm, OWASP's minimum cost:
// 19 MiB, 2 passes, ~30 ms here), so a stolen users table is slow to guess.
// Tokens (sessions, API tokens): 32 random bytes; a plain SHA-256 suffices at rest
// because nobody can guess 256 random bits, and it lets a lookup use the index.

export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** Verified against when the username is unknown, so the answer takes as long either way. */
let dummyHash: Promise<string> | undefined;
export function timingDummyHash(): Promise<string> {
  dummyHash ??= hash(randomBytes(16).toString('hex'));
  return dummyHash;
}

/** 20 characters from an unambiguous alphabet (no 0/O, 1/l/I): ~110 bits, easy to type once. */
export function generatePassword(): string {
  const alphabet = 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  const bytes = randomBytes(40);
  let password = '';
  for (const byte of bytes) {
    // 56 letters: reject bytes above the largest multiple of 56 so every letter is equally likely.
    if (byte >= 224) continue;
    password += alphabet[byte % alphabet.length];
    if (password.length === 20) break;
  }
  return password.length === 20 ? password : generatePassword();
}

export function newToken(prefix: string): string {
  return prefix + randomBytes(32).toString('base64url');
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
