/**
 * Every list a role can write has a budget: in the config, each array and blocks field and each field that
 * holds many values (text, number, relationship, upload) carries `maxRows`, unless no role may
 * write it at all (field access), or a hook writes it from the stored document whatever was sent
 * (`custom.writtenBy` names the hook; the state-change matrix forges such fields on every path). A field added without one fails here, whatever its collection:
 * an unbounded list is a save, a page and a proofreading pass of any length (growth rows in
 * tests/security/growth.security.ts time the lists up to their budgets). A staff save of a comment
 * has a body cap of its own, which the largest legitimate save fits.
 */
import { randomBytes } from 'node:crypto'

import type { Field, FieldAccess, SanitizedConfig } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { CONTENT_MAX, EVIDENCE_MAX, NAME_MAX, REPLY_MAX } from '@fengcai/shared'

import { MAX_MODERATION_BYTES, judgeBody } from '@/lib/bodyLimits'

type AnyField = Field & {
  name?: string
  type: string
  hasMany?: boolean
  maxRows?: number
  fields?: AnyField[]
  tabs?: { fields: AnyField[] }[]
  blocks?: { fields: AnyField[] }[]
  access?: { create?: FieldAccess; update?: FieldAccess }
  custom?: { writtenBy?: string }
}

/** Payload's own lists: the login sessions it keeps on the users. */
const PAYLOAD_OWN = new Set(['users.sessions'])

const MANY_VALUES = new Set(['text', 'number', 'relationship', 'upload'])
const ADMIN = { req: { user: { id: 1, roles: ['admin'] } } } as unknown as Parameters<FieldAccess>[0]

/** Whether no one may write the field (not even an administrator), create or update. */
const writtenByHooksOnly = async (field: AnyField): Promise<boolean> =>
  Boolean(field.access?.create && field.access.update) && (await field.access?.create?.(ADMIN)) === false && (await field.access?.update?.(ADMIN)) === false

/** The lists without a budget below `fields`, as `path.to.field`. */
const unbounded = async (fields: AnyField[], at: string): Promise<string[]> => {
  const found: string[] = []
  for (const field of fields) {
    const here = field.name ? `${at}.${field.name}` : at
    const isList = field.type === 'array' || field.type === 'blocks' || (field.hasMany === true && MANY_VALUES.has(field.type))
    const exempt = PAYLOAD_OWN.has(here) || Boolean(field.custom?.writtenBy) || (await writtenByHooksOnly(field))
    if (isList && field.maxRows === undefined && !exempt) found.push(here)
    for (const nested of [field.fields ?? [], ...(field.tabs ?? []).map((tab) => tab.fields), ...(field.blocks ?? []).map((block) => block.fields)])
      found.push(...(await unbounded(nested, here)))
  }
  return found
}

describe('input budgets', () => {
  let config: SanitizedConfig

  beforeAll(async () => {
    // Building the config connects to nothing; the settings it requires only need to be there.
    process.env.DATABASE_URL ??= 'postgres://unused.invalid/none'
    process.env.PAYLOAD_SECRET ??= randomBytes(24).toString('hex')
    config = await (await import('@payload-config')).default
  })

  it('should give every list a role can write a most-rows budget, in every collection and global', async () => {
    const own = (slug: string) => !slug.startsWith('payload-')
    const lists = [
      ...config.collections.filter((collection) => own(collection.slug)).map((collection) => [collection.slug, collection.fields] as const),
      ...config.globals.map((global) => [global.slug, global.fields] as const),
    ]
    const missing: string[] = []
    for (const [slug, fields] of lists) missing.push(...(await unbounded(fields as AnyField[], slug)))
    expect(missing).toEqual([])
  })

  it('should find a list without a budget (the check itself)', async () => {
    const fields = [
      { name: 'rows', type: 'array', fields: [{ name: 'tags', type: 'text', hasMany: true }] },
      { name: 'layout', type: 'blocks', blocks: [{ fields: [{ name: 'links', type: 'array', fields: [] }] }] },
    ] as AnyField[]
    expect(await unbounded(fields, 'x')).toEqual(['x.rows', 'x.rows.tags', 'x.layout', 'x.layout.links'])
  })

  it('should cap a staff save of a comment at a size the largest legitimate save fits, and refuse more with 413 in Chinese', () => {
    // Every text at its longest in the widest characters (four bytes each), as the admin sends the
    // whole document back: what the reader sent, staff's notes and replies, a long status history.
    const wide = (count: number) => '𠀀'.repeat(count)
    const largest = {
      receipt: 'GS-20261206-ABCD',
      idempotencyKey: 'k'.repeat(64),
      kind: 'objection',
      status: 'resolved',
      notice: 999_999_999,
      nomineeId: 'n'.repeat(40),
      nomineeName: wide(NAME_MAX),
      name: wide(NAME_MAX),
      phone: '021-12345678-1234',
      email: `${'e'.repeat(64)}@example.org`,
      content: wide(CONTENT_MAX),
      evidence: wide(EVIDENCE_MAX),
      moderatorNote: wide(2000),
      publicReply: wide(2000),
      resolution: wide(2000),
      reply: wide(REPLY_MAX),
      statusHistory: Array.from({ length: 50 }, (_, index) => ({ id: `${index}`.padStart(24, '0'), status: 'in-progress', at: new Date().toISOString() })),
      publicName: wide(NAME_MAX),
      ipHash: 'f'.repeat(64),
      userAgent: 'u'.repeat(512),
    }
    const fields = new Set(config.collections.find((collection) => collection.slug === 'notice-comments')?.flattenedFields.map((field) => field.name))
    for (const name of Object.keys(largest)) expect(fields.has(name), name).toBe(true)
    const bytes = Buffer.byteLength(JSON.stringify(largest))
    expect(bytes).toBeLessThan(MAX_MODERATION_BYTES)
    const verdict = (pathname: string, size: number) => judgeBody({ pathname, contentLength: String(size), transferEncoding: undefined })
    for (const pathname of ['/api/notice-comments/12', '/api/notice-comments/12/', '/api/notice-comments']) {
      expect(verdict(pathname, bytes), pathname).toEqual({ ok: true })
      expect(verdict(pathname, MAX_MODERATION_BYTES + 1), pathname).toEqual({ ok: false, status: 413, message: expect.stringMatching(/[\u4e00-\u9fa5]/) })
      expect(verdict(pathname, 8 * 1024 * 1024), pathname).toMatchObject({ ok: false, status: 413 })
    }
  })
})
