/**
 * A comment stored by the submit endpoint in one statement of our own (lib/publicSubmission/insertOnce)
 * must be the comment Payload's create would have stored: the same rows in every table (the
 * document, its status history, its version and the version's history), the same document and
 * version through the Local API, and a row staff moderate as any other. The hooks that statement
 * stands in for are held to the config, so a new one fails here until the statement does its work.
 */
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { commentSubmissionSchema } from '@fengcai/shared'

import { collectionTables } from '@/upstream/payload'

import { solveAltcha } from '../../helpers/altcha'
import { submission } from '../../helpers/comments'
import { bootPayload } from '../../helpers/payload'
import type { TestPayload } from '../../helpers/payload'
import { routeClient } from '../../helpers/routes'
import type { RouteClient } from '../../helpers/routes'

const DAY = 24 * 3600_000
const OBJECT_ID = /^[0-9a-f]{24}$/
const USER_AGENT = 'Mozilla/5.0 Once'

type Row = Record<string, unknown>

describe('notice comments stored in one statement', () => {
  let ctx: TestPayload
  let client: RouteClient
  let db: pg.Client
  let notice: { id: number; nomineeId: string }

  beforeAll(async () => {
    process.env.ALTCHA_MAX_COUNTER = '200'
    ctx = await bootPayload()
    client = await routeClient()
    db = new pg.Client({ connectionString: ctx.databaseUrl })
    db.on('error', () => undefined)
    await db.connect()
    const doc = await ctx.payload.create({
      collection: 'notices',
      data: {
        title: '一次写入测试公示',
        opensAt: new Date(Date.now() - DAY).toISOString(),
        nominees: [{ name: '周晓梅', type: 'individual', category: '优秀志愿者' }],
        _status: 'published',
      },
    })
    notice = { id: doc.id, nomineeId: String(doc.nominees?.[0]?.id) }
  })

  afterAll(async () => {
    await Promise.race([db.end(), new Promise((resolve) => setTimeout(resolve, 2000))])
  })

  const submit = async (overrides: Record<string, unknown>) => {
    const altcha = await solveAltcha((await client.get('notice-comments/challenge')).text)
    const body = submission(String(notice.id), altcha, overrides)
    const answer = await client.post('notice-comments/submit', {
      headers: { 'content-type': 'application/json', 'user-agent': USER_AGENT, 'x-forwarded-for': '10.9.0.1' },
      body: JSON.stringify(body),
    })
    expect(answer.status, answer.text).toBe(201)
    const { receipt } = JSON.parse(answer.text) as { receipt: string }
    const [row] = (
      await db.query<{ id: number; ip_hash: string }>(`SELECT id, ip_hash FROM ${collectionTables(ctx.payload, 'notice-comments').main} WHERE receipt = $1`, [
        receipt,
      ])
    ).rows
    return { id: row?.id as number, ipHash: row?.ip_hash as string, body }
  }

  /** What the endpoint's Payload create stored for the same submission (lib/publicSubmission/store.ts, the path objections still take). */
  const createdByPayload = async (body: Record<string, unknown>, ipHash: string) => {
    // The submission as the endpoint's schema hands it on (empty contacts dropped, the phone normalised).
    const sent = commentSubmissionSchema.parse(body)
    const doc = await ctx.payload.create({
      collection: 'notice-comments',
      data: {
        kind: 'comment',
        status: 'pending',
        notice: notice.id,
        nomineeId: sent.nomineeId,
        nomineeName: sent.nomineeId ? '周晓梅' : undefined,
        name: sent.name,
        phone: sent.phone,
        email: sent.email,
        content: sent.content,
        evidence: sent.evidence,
        receipt: `GS-PAYLOAD-${sent.idempotencyKey.slice(0, 8)}`,
        idempotencyKey: `payload-${sent.idempotencyKey}`,
        ipHash,
        userAgent: USER_AGENT,
      },
      overrideAccess: true,
      depth: 0,
      context: { skipRebuild: true },
    })
    return doc.id
  }

  /** Every row of the comment in each of its tables, without what differs from one document to the next. */
  const rowsOf = async (id: number) => {
    const tables = collectionTables(ctx.payload, 'notice-comments', ['statusHistory'])
    const one = async (sql: string, value: unknown): Promise<Row[]> => (await db.query<Row>(sql, [value])).rows
    const [doc] = await one(`SELECT * FROM ${tables.main} WHERE id = $1`, id)
    const history = await one(`SELECT * FROM ${tables.arrays.statusHistory} WHERE _parent_id = $1 ORDER BY _order`, id)
    const versions = await one(`SELECT * FROM ${tables.versions} WHERE parent_id = $1 ORDER BY id`, id)
    const versionHistory = await one(
      `SELECT * FROM ${tables.versionArrays.statusHistory} WHERE _parent_id = ANY($1) ORDER BY _order`,
      versions.map((row) => row.id),
    )
    // The ties between the rows, then the rows without ids, receipts and moments.
    expect(history.every((row) => OBJECT_ID.test(String(row.id)))).toBe(true)
    expect(versionHistory.map((row) => row._uuid)).toEqual(history.map((row) => row.id))
    expect(versions[0]?.version_created_at).toEqual(doc?.created_at)
    for (const row of [doc, ...history, ...versions, ...versionHistory]) expect(row).toBeDefined()
    const strip = (row: Row | undefined, ...names: string[]): Row => Object.fromEntries(Object.entries(row ?? {}).filter(([name]) => !names.includes(name)))
    const moments = ['created_at', 'updated_at', 'version_created_at', 'version_updated_at', 'at']
    const keys = ['id', 'receipt', 'idempotency_key', 'version_receipt', 'version_idempotency_key', '_parent_id', 'parent_id', '_uuid']
    return {
      doc: strip(doc, ...keys, ...moments),
      history: history.map((row) => strip(row, ...keys, ...moments)),
      versions: versions.map((row) => strip(row, ...keys, ...moments)),
      versionHistory: versionHistory.map((row) => strip(row, ...keys, ...moments)),
    }
  }

  /** The document and its versions as the Local API reads them (what the admin shows), without ids and moments. */
  const readBack = async (id: number) => {
    const doc = await ctx.payload.findByID({ collection: 'notice-comments', id, depth: 0, overrideAccess: true })
    const versions = await ctx.payload.findVersions({ collection: 'notice-comments', where: { parent: { equals: id } }, depth: 0, overrideAccess: true })
    const plain = ({ id: _id, receipt: _receipt, idempotencyKey: _key, createdAt, updatedAt, statusHistory, ...rest }: Row & { statusHistory?: unknown }) => {
      expect(new Date(String(createdAt)).getTime()).toBeGreaterThan(Date.now() - 60_000)
      expect(new Date(String(updatedAt)).getTime()).toBeGreaterThanOrEqual(new Date(String(createdAt)).getTime())
      return { ...rest, statusHistory: (statusHistory as { status: string }[]).map(({ status }) => ({ status })) }
    }
    return { doc: plain(doc as unknown as Row), versions: versions.docs.map((version) => plain(version.version as unknown as Row)) }
  }

  it('should store a comment in the rows Payload’s create stores for it', async () => {
    const cases: [string, Record<string, unknown>][] = [
      ['with a nominee and every contact', { nomineeId: notice.nomineeId, name: '王 小明', phone: '13800138000', email: 'reader@example.com' }],
      ['on the notice as a whole, contacts left empty', { nomineeId: '', phone: '', email: '' }],
    ]
    for (const [label, overrides] of cases) {
      const once = await submit(overrides)
      const byPayload = await createdByPayload(once.body, once.ipHash)
      const [ours, theirs] = [await rowsOf(once.id), await rowsOf(byPayload)]
      expect(ours, label).toEqual(theirs)
      expect(ours.history, label).toEqual([{ _order: 1, status: 'pending' }])
      expect(ours.versions, label).toHaveLength(1)
      expect(ours.doc.public_name, label).toMatch(/^\S\*+$/)
      expect(await readBack(once.id), label).toEqual(await readBack(byPayload))
    }
  })

  it('should let staff moderate a comment stored in one statement as any other', async () => {
    const { id } = await submit({ name: '赵六' })
    const staff = await ctx.createUser(['notice-staff'])
    await ctx.payload.update({ collection: 'notice-comments', id, data: { status: 'approved', publicReply: '感谢留言。' }, overrideAccess: false, user: staff })
    const doc = await ctx.payload.findByID({ collection: 'notice-comments', id, depth: 0, overrideAccess: false, user: staff })
    expect(doc.statusHistory?.map((entry) => entry.status)).toEqual(['pending', 'approved'])
    expect(doc).toMatchObject({ name: '赵六', publicName: '赵*', publicReply: '感谢留言。' })
    const versions = await ctx.payload.findVersions({ collection: 'notice-comments', where: { parent: { equals: id } }, overrideAccess: false, user: staff })
    expect(versions.totalDocs).toBe(2)
  })

  it('should stand in for exactly the hooks the collection has', () => {
    const { config } = ctx.payload.collections['notice-comments']
    const names = (hooks: unknown[] | undefined) => (hooks ?? []).map((hook) => (hook as { name: string }).name)
    const fieldHooks = config.flattenedFields.flatMap((field) =>
      names((field as { hooks?: { beforeChange?: unknown[] } }).hooks?.beforeChange).map((name) => `${field.name}.${name}`),
    )
    // A change here: make insertOnce's comment (endpoints/submit.ts, commentTarget) do the new hook's work, then list it.
    expect({
      beforeValidate: names(config.hooks.beforeValidate),
      beforeChange: names(config.hooks.beforeChange),
      afterChange: names(config.hooks.afterChange),
      fields: fieldHooks,
    }).toEqual({
      beforeValidate: ['enforceListBudgets'],
      beforeChange: ['setPublicName'],
      afterChange: ['triggerRebuildOnModeration', 'queueObjectionMail', 'mailReplyOnResolution'],
      fields: [
        ...['receipt', 'idempotencyKey', 'kind', 'notice', 'nomineeId', 'nomineeName', 'name', 'phone', 'email', 'content', 'evidence'].map(
          (name) => `${name}.keepSentValue`,
        ),
        'statusHistory.recordStatusChange',
        'answerDueAt.setAnswerDueAt',
        ...['publicName', 'personalDataErasedAt', 'ipHash', 'userAgent'].map((name) => `${name}.keepSentValue`),
      ],
    })
  })
})
