/**
 * Several CMS instances on one database: migrations started together run once, due jobs are
 * claimed by one runner only, and /api/health says whether an instance may take traffic.
 */
import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import path from 'node:path'

import pg from 'pg'
import { beforeAll, describe, expect, inject, it } from 'vitest'

import { typescriptArgs } from '@fengcai/cms/scripts/lib/processes'
import { LOCKS } from '@/lib/severalInstances'
import { migrations } from '@/migrations'
import { poolOf } from '@/upstream/payload'

import { richText } from '../../helpers/lexical'
import { bootPayload, createDatabase } from '../../helpers/payload'
import type { TestPayload } from '../../helpers/payload'
import { routeClient } from '../../helpers/routes'
import { lineUpAtLock, queryDatabase } from '../../helpers/sql'
import type { RouteClient } from '../../helpers/routes'
import { childEnv, repoRoot } from '../../helpers/stack'

const cmsDir = path.join(repoRoot, 'cms')

/** `pnpm --filter @fengcai/cms migrate`, as a release step or an instance's start would run it. */
const migrateProcess = (databaseUrl: string): Promise<{ code: number | null; output: string }> =>
  new Promise((resolve) => {
    const child = spawn(process.execPath, typescriptArgs('scripts/migrate.ts'), {
      cwd: cmsDir,
      env: childEnv({ DATABASE_URL: databaseUrl, PAYLOAD_SECRET: randomBytes(16).toString('hex'), FENGCAI_JOBS: 'off' }),
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.on('exit', (code) => resolve({ code, output }))
  })

const query = queryDatabase

describe('several CMS instances on one database', () => {
  let ctx: TestPayload
  let client: RouteClient

  beforeAll(async () => {
    ctx = await bootPayload()
    client = await routeClient()
  })

  it('should run the migrations once when two instances start at the same moment', async () => {
    const databaseUrl = await createDatabase()
    // Line both up at the start: the lock is held until both processes wait for it, so their
    // migration runs begin at the same moment (unaligned, one would finish before the other
    // started and the race would go untested).
    const gate = await lineUpAtLock(databaseUrl, LOCKS.migrations, 2)
    const runs = Promise.all([migrateProcess(databaseUrl), migrateProcess(databaseUrl)])
    await gate.released
    const [first, second] = await runs
    expect(first.code, first.output).toBe(0)
    expect(second.code, second.output).toBe(0)
    const applied = await query<{ name: string; n: number }>(databaseUrl, 'SELECT name, count(*)::int AS n FROM payload_migrations GROUP BY name ORDER BY name')
    expect(applied).toEqual(migrations.map((migration) => ({ name: migration.name, n: 1 })).sort((a, b) => a.name.localeCompare(b.name)))
    // Exactly one of the two ran the initial migration; the other waited and found it done.
    const ranInitial = [first, second].filter((run) => run.output.includes(`Migrating: ${migrations[0]?.name}`))
    expect(ranInitial).toHaveLength(1)
  }, 150_000)

  it('should publish each scheduled story once when two job runners fire together', async () => {
    const reviewer = await ctx.createUser(['editor', 'reviewer'])
    const ids: number[] = []
    for (let index = 0; index < 8; index += 1) {
      const story = await ctx.payload.create({
        collection: 'stories',
        data: { title: `同时到点的定时发布 ${index + 1}`, body: richText('正文'), _status: 'draft' },
        draft: true,
      })
      ids.push(story.id)
      await ctx.payload.jobs.queue({
        task: 'schedulePublish',
        input: { type: 'publish', doc: { relationTo: 'stories', value: String(story.id) }, user: { relationTo: 'users', value: reviewer.id } },
        waitUntil: new Date(Date.now() - 1_000),
      } as never)
    }
    // Two runners whose minute-cron fires at the same moment (as two instances' would).
    await Promise.all([ctx.payload.jobs.run({ limit: 20 }), ctx.payload.jobs.run({ limit: 20 })])

    const versions = await query<{ parent: number; n: number }>(
      ctx.databaseUrl,
      `SELECT parent_id AS parent, count(*)::int AS n FROM _stories_v WHERE version__status = 'published' AND parent_id = ANY($1) GROUP BY parent_id`,
      [ids],
    )
    expect(versions.sort((a, b) => a.parent - b.parent)).toEqual(ids.map((id) => ({ parent: id, n: 1 })))
    const changes = await query<{ doc: string; n: number }>(
      ctx.databaseUrl,
      `SELECT doc_id AS doc, count(*)::int AS n FROM site_changes WHERE collection = 'stories' AND doc_id = ANY($1) GROUP BY doc_id`,
      [ids.map(String)],
    )
    expect(changes.sort((a, b) => Number(a.doc) - Number(b.doc))).toEqual(ids.map((id) => ({ doc: String(id), n: 1 })))
    const jobs = await query<{ n: number }>(
      ctx.databaseUrl,
      `SELECT count(*)::int AS n FROM payload_jobs WHERE task_slug = 'schedulePublish' AND completed_at IS NULL`,
    )
    expect(jobs[0]?.n).toBe(0)
  })

  it('should answer /api/health with 200 when the database is reachable and migrated', async () => {
    const answer = await client.get('health')
    expect(answer.status).toBe(200)
    expect(answer.headers.get('cache-control')).toBe('no-store')
    const body = JSON.parse(answer.text)
    expect(body).toMatchObject({ status: 'ok', database: { ok: true }, migrations: { ok: true, pending: 0 }, jobs: { ok: true } })
  })

  it('should answer 503 and name the migrations while one is pending', async () => {
    const last = migrations.at(-1)?.name ?? ''
    await query(ctx.databaseUrl, 'UPDATE payload_migrations SET name = $1 WHERE name = $2', [`${last}-hidden`, last])
    try {
      const answer = await client.get('health')
      expect(answer.status).toBe(503)
      expect(JSON.parse(answer.text)).toMatchObject({ status: 'unavailable', database: { ok: true }, migrations: { ok: false, pending: 1 } })
    } finally {
      await query(ctx.databaseUrl, 'UPDATE payload_migrations SET name = $1 WHERE name = $2', [last, `${last}-hidden`])
    }
  })

  /** /api/health's status once it answers 200 again, or its last status after 20 s. */
  const healthOnceBack = async (): Promise<number> => {
    const deadline = Date.now() + 20_000
    let status = 0
    while (status !== 200 && Date.now() < deadline) {
      status = (await client.get('health')).status
      if (status !== 200) await new Promise((resolve) => setTimeout(resolve, 250))
    }
    return status
  }

  it('should answer 503 while the database refuses connections, and 200 again once it is back', async () => {
    const name = new URL(ctx.databaseUrl).pathname.slice(1)
    const admin = new pg.Client({ connectionString: inject('pgAdminUrl') })
    await admin.connect()
    try {
      await admin.query(`ALTER DATABASE ${name} ALLOW_CONNECTIONS false`)
      await admin.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()', [name])
      const down = await client.get('health')
      expect(down.status).toBe(503)
      expect(JSON.parse(down.text)).toMatchObject({ status: 'unavailable', database: { ok: false } })
    } finally {
      await admin.query(`ALTER DATABASE ${name} ALLOW_CONNECTIONS true`)
      await admin.end()
    }
    expect(await healthOnceBack()).toBe(200)
  })

  it('should log, not crash, when the database ends a connection the CMS has checked out (a transaction under way)', async () => {
    const name = new URL(ctx.databaseUrl).pathname.slice(1)
    // As a transaction holds one: the pool takes its own error listener off a connection it lends.
    const lent = await poolOf(ctx.payload).connect()
    expect(lent.listenerCount('error')).toBeGreaterThan(0)
    const ended = new Promise<void>((resolve) => lent.once('end', () => resolve()))
    const admin = new pg.Client({ connectionString: inject('pgAdminUrl') })
    await admin.connect()
    try {
      await admin.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()', [name])
    } finally {
      await admin.end()
    }
    // Without a listener the connection's 'error' would be an uncaught exception, failing this file.
    await ended
    lent.release(new Error('ended by the database'))
    expect(await healthOnceBack()).toBe(200)
  })
})
