/**
 * The start-up checks of cms/src/upstream/payload: each shape we rely on, faked away, stops the
 * CMS with a sentence naming it; the shape as Payload 3.90 has it passes (the real adapter passes
 * at every integration test's boot, where the config's onInit runs the same check).
 */
import type { DatabaseAdapterObj, Payload } from 'payload'
import { describe, expect, it } from 'vitest'

import { checkPayloadUpstream, closeWithPayload, tableOf, wrapPostgresAdapter } from '@/upstream/payload'
import { checkSchedulePublishShape } from '@/upstream/payload/schedulePublish'
import { checkTableNaming, collectionTables } from '@/upstream/payload/tables'

const noop = async () => undefined

/** An adapter with the shapes we use, as @payloadcms/db-postgres builds it; `change` takes some away. */
const fakeAdapter = (change: (adapter: Record<string, unknown>) => void = () => undefined): Record<string, unknown> => {
  const sessions: Record<string, unknown> = {}
  const adapter: Record<string, unknown> = {
    drizzle: { execute: async () => ({ rows: [] }) },
    pool: { connect: noop, on: () => undefined },
    sessions,
    beginTransaction: async () => {
      sessions.tx1 = { db: { execute: async () => ({ rows: [] }) } }
      return 'tx1'
    },
    rollbackTransaction: async (id: string) => {
      delete sessions[id]
    },
    migrate: noop,
    updateJobs: noop,
    // As drizzle's createTableName fills them: the slug's snake case to the table's name, and the table by that name.
    tableNameMap: new Map([['notice_comments', 'notice_comments']]),
    tables: { notice_comments: { id: {} } },
  }
  change(adapter)
  return adapter
}

/** A Payload whose adapter went through `wrapPostgresAdapter`, as payload.config.ts builds it. */
const fakePayload = (change?: (adapter: Record<string, unknown>) => void): Payload => {
  const adapterObj = { name: 'postgres', defaultIDType: 'number', init: () => fakeAdapter(change) } as unknown as DatabaseAdapterObj
  const wrapped = wrapPostgresAdapter(adapterObj, { aroundMigrate: (run) => run(), beforeJobClaim: noop })
  return { db: wrapped.init({ payload: {} as Payload }), config: { collections: [{ slug: 'notice-comments', fields: [] }] } } as unknown as Payload
}

const failure = async (payload: Payload): Promise<string> => {
  const error = await checkPayloadUpstream(payload).then(
    () => null,
    (caught: unknown) => caught,
  )
  if (!(error instanceof Error)) throw new Error('the check passed')
  return error.message
}

describe('Payload upstream seams', () => {
  it('should pass the shape Payload 3.90 has', async () => {
    await expect(checkPayloadUpstream(fakePayload())).resolves.toBeUndefined()
  })

  it('should stop with a message when the transaction sessions are gone', async () => {
    const message = await failure(fakePayload((adapter) => delete adapter.sessions))
    expect(message).toContain('Payload no longer has the shape Fengcai relies on')
    expect(message).toContain('payload.db.sessions is not an object (payload/src/database/types.ts:146)')
  })

  it("should stop with a message when an open transaction's session has no drizzle handle", async () => {
    const message = await failure(fakePayload((adapter) => (adapter.beginTransaction = async () => 'tx-elsewhere')))
    expect(message).toContain('payload.db.sessions[transactionID].db.execute is missing for an open transaction')
  })

  it('should stop with a message when the pool is not a node-postgres pool', async () => {
    expect(await failure(fakePayload((adapter) => (adapter.pool = undefined)))).toContain('payload.db.pool is not a node-postgres Pool')
  })

  it('should stop with a message when drizzle cannot execute SQL', async () => {
    expect(await failure(fakePayload((adapter) => (adapter.drizzle = {})))).toContain('payload.db.drizzle.execute is not a function')
  })

  it("should find a collection's table by its slug, and stop with a message when the table names moved", async () => {
    const payload = fakePayload()
    expect(tableOf(payload, 'notice-comments')).toEqual({ id: {} })
    const moved = fakePayload((adapter) => (adapter.tableNameMap = new Map([['notice-comments', 'notice_comments']])))
    expect(tableOf(moved, 'notice-comments')).toBeUndefined()
    expect(await failure(moved)).toContain('has no table "notice_comments" for the collection notice-comments')
  })

  it('should refuse to wrap an adapter without migrate or updateJobs', () => {
    expect(() => fakePayload((adapter) => delete adapter.updateJobs)).toThrow('payload.db.updateJobs is not a function')
  })

  it('should stop with a message when Payload calls an adapter method that is not our wrapper', async () => {
    const payload = fakePayload()
    ;(payload.db as unknown as Record<string, unknown>).updateJobs = noop
    expect(await failure(payload)).toContain('payload.db.updateJobs is not our wrapper')
  })

  it('should stop with a message when the schedule handler is no longer exported', () => {
    expect(checkSchedulePublishShape({})).toEqual([expect.stringContaining('no longer exports schedulePublishHandler')])
    expect(checkSchedulePublishShape({ schedulePublishHandler: noop })).toEqual([])
  })

  it("should close a connection of ours before Payload's own shutdown of the adapter", async () => {
    const steps: string[] = []
    const payload = { db: { destroy: async () => void steps.push('adapter') } } as unknown as Payload
    closeWithPayload(payload, async () => void steps.push('ours'))
    await payload.db.destroy?.()
    expect(steps).toEqual(['ours', 'adapter'])
  })

  it('should name a collection’s tables as the adapter does, and say which one it cannot find', () => {
    const names = ['notice_comments', 'notice_comments_status_history', '_notice_comments_v', '_notice_comments_v_version_status_history']
    const collection = { slug: 'notice-comments', versions: { maxPerDoc: 50 }, fields: [{ name: 'statusHistory', type: 'array', fields: [] }] }
    const payloadWith = (tables: string[]) =>
      ({
        db: { tableNameMap: new Map(tables.map((name) => [name, name])), tables: Object.fromEntries(tables.map((name) => [name, {}])), versionsSuffix: '_v' },
        config: { collections: [collection] },
        collections: { 'notice-comments': { config: collection } },
      }) as unknown as Payload
    expect(checkTableNaming(payloadWith(names))).toEqual([])
    expect(collectionTables(payloadWith(names), 'notice-comments', ['statusHistory'])).toEqual({
      main: 'notice_comments',
      versions: '_notice_comments_v',
      arrays: { statusHistory: 'notice_comments_status_history' },
      versionArrays: { statusHistory: '_notice_comments_v_version_status_history' },
    })
    expect(checkTableNaming(payloadWith(names.filter((name) => name !== 'notice_comments_status_history')))).toEqual([
      expect.stringContaining('no table "notice_comments_status_history" for the array notice-comments.statusHistory'),
    ])
    expect(checkTableNaming(payloadWith(names.slice(1)))).toEqual([expect.stringContaining('no table "notice_comments" for the collection notice-comments')])
    expect(() => collectionTables(payloadWith(names.slice(0, 2)), 'notice-comments', ['statusHistory'])).toThrow('no versions table "_notice_comments_v"')
  })
})
