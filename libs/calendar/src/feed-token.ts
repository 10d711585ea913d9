import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** 256 random bits: far beyond guessing, and still a short URL (43 characters). */
const TOKEN_BYTES = 32;

export function newFeedToken(): string {
  return randomBytes(TOKEN_BYTES).toString('base64url');
}

/**
 * What is stored and looked up: the token's SHA-256. The token itself has full entropy, so a plain
 * hash is enough; a slow password hash would only slow every calendar refresh.
 */
export function hashFeedToken(token: string): Buffer {
  return createHash('sha256').update(token).digest();
}

/** Compares two hashes in constant time; unequal lengths compare as unequal, after the same work. */
export function sameHash(stored: Buffer, presented: Buffer): boolean {
  if (stored.length !== presented.length) {
    timingSafeEqual(presented, presented);
    return false;
  }
  return timingSafeEqual(stored, presented);
}
