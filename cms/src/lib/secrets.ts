import { timingSafeEqual } from 'node:crypto'

/** Compares a given secret with the expected one in constant time. */
export const sameSecret = (given: string, expected: string | undefined): boolean =>
  Boolean(expected) && given.length === expected?.length && timingSafeEqual(Buffer.from(given), Buffer.from(expected))
