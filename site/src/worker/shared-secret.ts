import { createHash, timingSafeEqual } from 'node:crypto'

const digest = (value: string): Buffer => createHash('sha256').update(value, 'utf8').digest()

/**
 * The worker's check of the CMS's shared secret (SITE_REBUILD_SECRET) on /rebuild and /preview, in
 * constant time. Both sides are hashed and the digests compared: they always have the same length,
 * so no header value (any length, bytes ≥ 0x80 that encode to more bytes than characters) makes
 * timingSafeEqual throw, which once took the whole worker down, and none reveals the secret's length.
 */
export const sameSecret = (given: string, secret: string): boolean => {
  if (secret.length === 0) return false
  return timingSafeEqual(digest(given), digest(secret))
}
