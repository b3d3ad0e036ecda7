/**
 * Every list a role can write has a budget: in the config, each array and blocks field and each field that
 * holds many values (text, number, relationship, upload) carries `maxRows`, unless no role may
 * write it at all (field access), or a hook writes it from the stored document whatever was sent
 * (`custom.writtenBy` names the hook; the state-change matrix forges such fields on every path). A field added without one fails here, whatever its collection:
 * an unbounded list is a save, a page and a proofreading pass of any length (growth rows in
 * tests/security/growth.security.ts time the lists up to their budgets).
 */
import { randomBytes } from 'node:crypto'

import type { Field, FieldAccess, SanitizedConfig } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

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
})
