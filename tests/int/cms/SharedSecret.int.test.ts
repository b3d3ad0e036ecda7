/**
 * The CMS's check of the site worker's shared secret (`x-site-build`), on the real route: any
 * other value, of any length or bytes, is a 401 — never a 500 that would tell the secret's length.
 */
import { beforeAll, describe, expect, it } from 'vitest'

import { givenSecrets } from '../../helpers/givenSecrets'
import { bootPayload } from '../../helpers/payload'
import { routeClient } from '../../helpers/routes'
import type { RouteClient } from '../../helpers/routes'

const SECRET = 'f3a9c1d27e4b5a6089b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a0b9c8d7e6f5'
/** What an HTTP header can carry: bytes as Latin-1, no control characters, no surrounding spaces (Headers trims them). */
const SENDABLE = /^[\x21-\x7e\x80-\xff](?:[\x20-\x7e\x80-\xff]*[\x21-\x7e\x80-\xff])?$/

describe('the shared secret on the CMS’s publishing-queue route', () => {
  let client: RouteClient

  beforeAll(async () => {
    process.env.SITE_REBUILD_SECRET = SECRET
    await bootPayload()
    client = await routeClient()
  })

  it('should answer the secret itself', async () => {
    expect((await client.get('site-changes/pending?limit=1', undefined, { 'x-site-build': SECRET })).status).toBe(200)
  })

  it('should answer 401 to every other value, whatever its length or bytes', async () => {
    const given = givenSecrets(SECRET).filter(({ value }) => SENDABLE.test(value))
    expect(given.some(({ value }) => value.length === SECRET.length && /[\x80-\xff]/.test(value))).toBe(true)
    const statuses = new Map<number, string[]>()
    for (const { label, value } of given) {
      const { status } = await client.get('site-changes/pending?limit=1', undefined, { 'x-site-build': value })
      statuses.set(status, [...(statuses.get(status) ?? []), label])
    }
    expect([...statuses.keys()]).toEqual([401])
  })
})
