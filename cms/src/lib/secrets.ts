import { createHash, timingSafeEqual } from 'node:crypto'

const digest = (value: string): Buffer => createHash('sha256').update(value, 'utf8').digest()

/**
 * Compares a given secret with the expected one in constant time. Both sides are hashed first and
 * the digests compared: they always have the same length, so no given value (any length, any bytes,
 * non-ASCII that encodes to more bytes than it has characters) can make timingSafeEqual throw, and
 * the time taken says nothing about the expected secret's length.
 */
export const sameSecret = (given: string, expected: string | undefined): boolean => {
  if (!expected) return false
  return timingSafeEqual(digest(given), digest(expected))
}
