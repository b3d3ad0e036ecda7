/**
 * What a person sent stays as sent: every field of a comment but the moderation ones, for every
 * role, on every path that changes a document. Generated from the collection's own field list,
 * so a field added later is covered unless it is named a moderation field here.
 */
import { beforeAll, describe, expect, it } from 'vitest'

import type { Role } from '@fengcai/shared'

import { storeComment } from '../../helpers/comments'
import { bootPayload } from '../../helpers/payload'
import type { TestPayload } from '../../helpers/payload'
import { routeClient } from '../../helpers/routes'
import type { RouteClient } from '../../helpers/routes'

/** What staff decide and write; everything else is what was sent. */
const MODERATION_FIELDS = ['status', 'moderatorNote', 'publicReply', 'resolution', 'reply']
/** Named in the brief; must be among the fields checked, whatever the collection adds. */
const SUBMITTED_AT_LEAST = [
  'kind',
  'content',
  'name',
  'phone',
  'email',
  'evidence',
  'notice',
  'nomineeId',
  'nomineeName',
  'receipt',
  'idempotencyKey',
  'ipHash',
  'userAgent',
]
/**
 * Written by the server: statusHistory follows every status change, including the ones this file's
 * version-restore set-up makes itself; no client write reaches it on any path
 * (NoticeCommentsLookup.int.test.ts).
 */
const SYSTEM_FIELDS = new Set(['id', 'createdAt', 'updatedAt', 'statusHistory'])

const ROLES_WHO_MODERATE: Role[] = ['admin', 'notice-staff']
const ROLES_WHO_DO_NOT: (Role | 'anonymous')[] = ['anonymous', 'editor', 'reviewer']
const PATHS = ['REST', 'REST bulk', 'GraphQL', 'Local API', 'Local API bulk', 'version restore'] as const
type Path = (typeof PATHS)[number]

type Field = { name: string; type: string; options?: ({ value: string } | string)[] }
type Doc = Record<string, unknown> & { id: number }

describe('notice comments: what was sent stays as sent', () => {
  let ctx: TestPayload
  let client: RouteClient
  let fields: Field[]
  let otherNotice: number
  let notice: number
  const users = {} as Record<Role, { user: Awaited<ReturnType<TestPayload['createUser']>>; token: string }>
  let serial = 0

  beforeAll(async () => {
    ctx = await bootPayload()
    client = await routeClient()
    const make = async (title: string) =>
      (await ctx.payload.create({ collection: 'notices', data: { title, opensAt: new Date().toISOString(), _status: 'published' } })).id
    notice = await make('字段只读测试公示')
    otherNotice = await make('另一条字段只读测试公示')
    for (const role of ['admin', 'notice-staff', 'editor', 'reviewer'] as Role[]) {
      const user = await ctx.createUser([role])
      const { token } = await ctx.payload.login({ collection: 'users', data: { email: user.email, password: user.password } })
      users[role] = { user, token: token as string }
    }
    const config = ctx.payload.collections['notice-comments'].config
    fields = (config.flattenedFields as unknown as Field[]).filter((field) => !SYSTEM_FIELDS.has(field.name) && !MODERATION_FIELDS.includes(field.name))
  })

  /** A value unlike the stored one, of the field's type. */
  const changed = (field: Field, doc: Doc): unknown => {
    serial += 1
    if (field.type === 'select')
      return (field.options ?? []).map((option) => (typeof option === 'string' ? option : option.value)).find((value) => value !== doc[field.name])
    if (field.type === 'relationship') return otherNotice
    if (field.type === 'date') return new Date(Date.UTC(2030, 0, 1, 0, 0, serial)).toISOString()
    return `改-${field.name}-${serial}`
  }

  const read = async (id: number): Promise<Doc> => (await ctx.payload.findByID({ collection: 'notice-comments', id, depth: 0 })) as unknown as Doc

  /** A GraphQL input literal: selects are enums, numbers are numbers, the rest strings. */
  const literal = (data: Record<string, unknown>): string =>
    Object.entries(data)
      .map(([name, value]) => {
        const field = fields.find((candidate) => candidate.name === name)
        return `${name}: ${field?.type === 'select' ? String(value) : typeof value === 'number' ? value : JSON.stringify(value)}`
      })
      .join(', ')

  /** Tries to change `data` on the comment as `role` by `path`; resolves to whether the request was accepted. */
  const attempt = async (path: Path, role: Role | 'anonymous', id: number, data: Record<string, unknown>): Promise<boolean> => {
    const actor = role === 'anonymous' ? undefined : users[role]
    const local = { collection: 'notice-comments' as const, data, overrideAccess: false, user: actor?.user, context: { skipRebuild: true } }
    switch (path) {
      case 'REST':
        return (await client.patch(`notice-comments/${id}`, data, actor?.token)).status === 200
      case 'REST bulk': {
        const answer = await client.patch(`notice-comments?where[id][equals]=${id}`, data, actor?.token)
        return answer.status === 200 && (JSON.parse(answer.text) as { docs: unknown[] }).docs.length === 1
      }
      case 'GraphQL': {
        const answer = await client.graphql(`mutation { updateNoticeComment(id: ${id}, data: { ${literal(data)} }) { id } }`, actor?.token)
        return !(JSON.parse(answer.text) as { errors?: unknown[] }).errors?.length
      }
      case 'Local API':
        return ctx.payload.update({ ...local, id }).then(
          () => true,
          () => false,
        )
      case 'Local API bulk':
        return ctx.payload.update({ ...local, where: { id: { equals: id } } }).then(
          (result) => result.docs.length === 1 && result.errors.length === 0,
          () => false,
        )
      case 'version restore': {
        // A version holding `data`, written by the server itself (which bypasses access), then
        // the current values again: restoring the first version as this role.
        await ctx.payload.update({ collection: 'notice-comments', id, data, overrideAccess: true, context: { skipRebuild: true } })
        const versions = await ctx.payload.findVersions({ collection: 'notice-comments', where: { parent: { equals: id } }, sort: '-createdAt', limit: 1 })
        const before = String(versions.docs[0]?.id)
        await ctx.payload.update({ collection: 'notice-comments', id, data: restoreData, overrideAccess: true, context: { skipRebuild: true } })
        return ctx.payload
          .restoreVersion({ collection: 'notice-comments', id: before, overrideAccess: false, user: actor?.user, context: { skipRebuild: true } })
          .then(
            () => true,
            () => false,
          )
      }
    }
  }
  /** The values the version-restore case puts back before restoring (set per attempt). */
  let restoreData: Record<string, unknown> = {}

  it('should check every field but the moderation ones, the brief’s list included', () => {
    const names = fields.map((field) => field.name)
    for (const name of SUBMITTED_AT_LEAST) expect(names).toContain(name)
    expect(names.length).toBeGreaterThanOrEqual(SUBMITTED_AT_LEAST.length)
  })

  /** The status that goes with a kind, so that changing the kind alone is not refused for its status. */
  const firstStatus = (kind: unknown): string => (kind === 'objection' ? 'received' : 'pending')

  for (const role of ROLES_WHO_MODERATE) {
    for (const path of PATHS) {
      it(`should let ${role} change the moderation fields by ${path}`, async () => {
        const comment = (await storeComment(ctx.payload, notice, 'comment')) as unknown as Doc
        const data = { moderatorNote: `已核实 ${(serial += 1)}`, publicReply: '感谢您的留言。' }
        restoreData = { moderatorNote: null, publicReply: null }
        expect(await attempt(path, role, comment.id, data)).toBe(true)
        expect(await read(comment.id)).toMatchObject(data)
      })

      it(`should keep every submitted field as sent for ${role} by ${path}`, async () => {
        const changes: string[] = []
        // One comment (and one objection, for evidence) takes every field's attempt in turn: what
        // is read after one attempt is the next one's original, so a change let through is still
        // seen in its own field. A document per field cost a create and a read more each.
        const current: Partial<Record<'comment' | 'objection', Doc>> = {}
        for (const field of fields) {
          const kind = field.name === 'evidence' ? 'objection' : 'comment'
          const original = current[kind] ?? (await read((await storeComment(ctx.payload, notice, kind)).id))
          const value = changed(field, original)
          // A new kind comes with a status of its workflow, as an attacker would send it.
          const data = { [field.name]: value, moderatorNote: `审核备注 ${field.name}`, ...(field.name === 'kind' ? { status: firstStatus(value) } : {}) }
          restoreData = Object.fromEntries(Object.keys(data).map((name) => [name, original[name] ?? null]))
          await attempt(path, role, original.id, data)
          const after = await read(original.id)
          current[kind] = after
          if (JSON.stringify(after[field.name]) !== JSON.stringify(original[field.name])) {
            changes.push(`${field.name}: ${JSON.stringify(original[field.name])} → ${JSON.stringify(after[field.name])}`)
          }
          if (after.status !== original.status && field.name === 'kind') changes.push(`status with kind: ${String(original.status)} → ${String(after.status)}`)
        }
        expect(changes).toEqual([])
      })
    }
  }

  for (const role of ROLES_WHO_DO_NOT) {
    for (const path of PATHS) {
      it(`should refuse ${role} any change by ${path}`, async () => {
        const comment = (await storeComment(ctx.payload, notice, 'comment')) as unknown as Doc
        const original = await read(comment.id)
        const data = Object.fromEntries([...fields.map((field) => [field.name, changed(field, original)]), ['moderatorNote', '越权备注']])
        data.status = firstStatus(data.kind)
        restoreData = Object.fromEntries(Object.keys(data).map((name) => [name, original[name] ?? null]))
        expect(await attempt(path, role, comment.id, data)).toBe(false)
        const after = await read(comment.id)
        for (const name of [...fields.map((field) => field.name), ...MODERATION_FIELDS]) expect(after[name], name).toEqual(original[name])
      })
    }
  }
})
