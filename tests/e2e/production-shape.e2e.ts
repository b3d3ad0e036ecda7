/**
 * The stack in production shape: media on S3-compatible storage (a real S3 server, s3rver, started
 * here) and two CMS instances on one database. Built pages address the bucket's public URL, and
 * `pnpm backup` records the bucket's objects. The two instances behave as one: the stack's own
 * CMS and a second one started as a deployment would start another (`scripts/serve.ts`,
 * production mode, same database, secret and bucket, its own port). A login on one holds on the other; idempotency keys and proof-of-work
 * replay protection hold across them; a story scheduled for publication is published once, with
 * one version and one site update, though both job runners fire at the same minute.
 */
import { execFile, execFileSync } from 'node:child_process'
import type { ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'

import S3rver from 's3rver'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { waitForHttp } from '@fengcai/cms/scripts/lib/net'
import type { DemoCredentials } from '@fengcai/shared'

import { solvedAltchaFrom } from '../helpers/altcha'
import { submission } from '../helpers/comments'
import { richText } from '../helpers/lexical'
import { startInstance } from '../helpers/cmsInstance'
import { authHeaders, login } from '../helpers/rest'
import { lineUpAtLock, queryDatabase } from '../helpers/sql'
import { LOCKS } from '@/lib/severalInstances'
import { migrations } from '@/migrations'
import { childEnv, repoRoot, siteCaughtUp, startStack } from '../helpers/stack'
import type { Stack } from '../helpers/stack'
import { tearDown } from '../helpers/teardown'

const BUCKET = 'fengcai-media'
const JOBS_CRON = '*/2 * * * * *'
const execFileAsync = promisify(execFile)

describe('production shape: media on S3, two CMS instances on one database', () => {
  let stack: Stack
  let s3: S3rver | undefined
  let s3Dir = ''
  let s3Env: Record<string, string> = {}
  let second: ChildProcess | undefined
  let secondUrl = ''
  let secondOutput: () => string = () => ''
  let credentials: DemoCredentials
  let databaseUrl = ''
  let ip = 0

  beforeAll(async () => {
    s3Dir = await mkdtemp(path.join(os.tmpdir(), 'fengcai-s3-'))
    s3 = new S3rver({ address: '127.0.0.1', port: 0, silent: true, directory: s3Dir, configureBuckets: [{ name: BUCKET, configs: [] }] })
    const { port: s3Port } = await s3.run()
    const endpoint = `http://127.0.0.1:${s3Port}`
    s3Env = {
      S3_BUCKET: BUCKET,
      S3_ENDPOINT: endpoint,
      S3_REGION: 'us-east-1',
      S3_ACCESS_KEY_ID: 'S3RVER',
      S3_SECRET_ACCESS_KEY: 'S3RVER',
      S3_PUBLIC_URL: `${endpoint}/${BUCKET}`,
    }
    // Both instances' job runners wake every 2 s (at the same seconds, as their minute cron would at
    // the same minutes in production), so the scheduled publishes below run in seconds.
    // A fresh first run: its demo pictures go into the bucket (the stack template's are on disk).
    stack = await startStack({ fresh: true, env: { ALTCHA_MAX_COUNTER: '200', TRUST_PROXY: '1', FENGCAI_JOBS_CRON: JOBS_CRON, ...s3Env } })
    credentials = JSON.parse(await readFile(path.join(stack.dataDir, 'demo-credentials.json'), 'utf8')) as DemoCredentials
    databaseUrl = await stack.databaseUrl()
    const instance = await startInstance({
      DATABASE_URL: databaseUrl,
      PAYLOAD_SECRET: (await readFile(path.join(stack.dataDir, 'payload-secret'), 'utf8')).trim(),
      MEDIA_DIR: path.join(stack.dataDir, 'media'),
      SITE_URL: stack.siteUrl,
      TRUST_PROXY: '1',
      ALTCHA_MAX_COUNTER: '200',
      FENGCAI_JOBS_CRON: JOBS_CRON,
      ...s3Env,
    })
    second = instance.child
    secondUrl = instance.url
    secondOutput = instance.output
    // The health check is what a load balancer asks first; it also starts Payload (and its job runner).
    await waitForHttp(`${secondUrl}/api/health`, { accept: (status) => status === 200, timeoutMs: 120_000 })
  })

  afterAll(() =>
    tearDown([
      ['the second instance', second?.pid && second.exitCode === null && (() => process.kill(-(second?.pid as number), 'SIGTERM'))],
      ['the stack', stack && (() => stack.stop())],
      ['the S3 server', s3 && (() => s3?.close())],
      ['the S3 folder', s3Dir && (() => rm(s3Dir, { recursive: true, force: true }))],
    ]),
  )

  const query = <T>(text: string, values: unknown[] = []): Promise<T[]> => queryDatabase<T>(databaseUrl, text, values)

  const openNotice = async (): Promise<number> => {
    const notices = (await (await fetch(`${stack.cmsUrl}/api/notices?limit=50&depth=0`)).json()) as {
      docs: { id: number; opensAt: string; closesAt: string }[]
    }
    const open = notices.docs.find((notice) => Date.parse(notice.opensAt) < Date.now() && Date.parse(notice.closesAt) > Date.now())
    if (!open) throw new Error('the demo content has no open notice')
    return open.id
  }

  const submit = async (cmsUrl: string, body: unknown) => {
    ip += 1
    const response = await fetch(`${cmsUrl}/api/notice-comments/submit`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': `203.0.113.${ip % 250}` },
      body: JSON.stringify(body),
    })
    return { status: response.status, body: (await response.json()) as { receipt?: string; message?: string } }
  }

  it('should put the demo images in the bucket and build story pages that load them from its public URL', async () => {
    const stories = (await (await fetch(`${stack.cmsUrl}/api/stories?limit=20&depth=1&where[cover][exists]=true`)).json()) as {
      docs: { slug: string; cover?: { filename: string } }[]
    }
    const story = stories.docs.find((doc) => doc.cover?.filename)
    expect(story, 'a demo story with a cover').toBeDefined()
    const html = await (await fetch(`${stack.siteUrl}/stories/${story?.slug}/`)).text()
    const sources = [...html.matchAll(/<img[^>]+src="([^"]+)"/g)].map((match) => match[1] ?? '')
    const fromBucket = sources.filter((src) => src.startsWith(`${s3Env.S3_PUBLIC_URL}/`))
    expect(fromBucket.length, sources.join('\n')).toBeGreaterThan(0)
    expect(sources.some((src) => src.includes('/api/media/file/'))).toBe(false)
    const image = await fetch(fromBucket[0] ?? '')
    expect(image.status, fromBucket[0]).toBe(200)
    expect(image.headers.get('content-type')).toMatch(/^image\//)

    // A backup on S3 records the bucket's objects instead of copying them.
    const archive = path.join(s3Dir, 'backup.tar.gz')
    // Not execFileSync: the S3 server runs in this process and must answer the backup's listing.
    const backup = await execFileAsync('pnpm', ['backup', '--out', archive], { cwd: repoRoot, env: childEnv({ FENGCAI_DATA_DIR: stack.dataDir, ...s3Env }) })
    expect(backup.stdout).toMatch(/已记录 \d+ 个对象的清单/)
    const manifest = JSON.parse(execFileSync('tar', ['-xzOf', archive, 'manifest.json']).toString('utf8')) as {
      media: { mode: string; bucket: string; objects: { key: string }[] }
    }
    expect(manifest.media).toMatchObject({ mode: 's3', bucket: BUCKET })
    expect(manifest.media.objects.map((object) => object.key)).toContain(story?.cover?.filename)
  })

  it('should answer /api/health on both, and accept a login of one on the other', async () => {
    for (const url of [stack.cmsUrl, secondUrl]) {
      const health = await fetch(`${url}/api/health`)
      expect(health.status, url).toBe(200)
      expect(await health.json()).toMatchObject({ status: 'ok', database: { ok: true }, migrations: { ok: true, pending: 0 } })
    }
    const session = await login(stack.cmsUrl, credentials.admin.email, credentials.admin.password)
    const me = await fetch(`${secondUrl}/api/users/me`, { headers: authHeaders(session) })
    expect(((await me.json()) as { user?: { email: string } }).user?.email).toBe(credentials.admin.email)
  })

  it('should store one row for 20 concurrent submissions with one idempotency key over both instances', async () => {
    const body = submission(String(await openNotice()), await solvedAltchaFrom(stack.cmsUrl), { content: '同一条留言被连续提交了二十次，只应保存一条。' })
    const answers = await Promise.all(Array.from({ length: 20 }, (_, index) => submit(index % 2 ? secondUrl : stack.cmsUrl, body)))
    const receipts = new Set(answers.map((answer) => answer.body.receipt))
    expect(answers.map((answer) => answer.status).sort()).toEqual([...Array(19).fill(200), 201])
    expect(receipts.size).toBe(1)
    const rows = await query<{ n: number }>('SELECT count(*)::int AS n FROM notice_comments WHERE idempotency_key = $1', [body.idempotencyKey])
    expect(rows[0]?.n).toBe(1)
  })

  it('should refuse on one instance a proof of work already used on the other', async () => {
    const notice = String(await openNotice())
    const altcha = await solvedAltchaFrom(secondUrl)
    const first = await submit(stack.cmsUrl, submission(notice, altcha, { content: '第一次使用这个人机校验，应当受理。' }))
    expect(first.status).toBe(201)
    const replay = await submit(secondUrl, submission(notice, altcha, { content: '换一个幂等键重放同一个人机校验。' }))
    expect(replay.status).toBe(400)
    expect(replay.body.message).toBe('该人机校验已被使用，请刷新页面后重试。')
  })

  it('should count one address against its limit on both instances together', async () => {
    const notice = String(await openNotice())
    // The comment form allows one address 10 submissions in 10 minutes, wherever they land.
    const statuses: number[] = []
    for (let index = 0; index < 11; index += 1) {
      const body = submission(notice, await solvedAltchaFrom(stack.cmsUrl), { content: `同一地址轮流提交到两台实例的第 ${index + 1} 条留言。` })
      const response = await fetch(`${index % 2 ? secondUrl : stack.cmsUrl}/api/notice-comments/submit`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': '192.0.2.77' },
        body: JSON.stringify(body),
      })
      statuses.push(response.status)
    }
    expect(statuses).toEqual([...Array(10).fill(201), 429])
  })

  it('should publish stories scheduled for the same moment once each, with one version and one site update', async () => {
    const session = await login(stack.cmsUrl, credentials.admin.email, credentials.admin.password)
    const ids: number[] = []
    for (let index = 0; index < 6; index += 1) {
      const response = await fetch(`${stack.cmsUrl}/api/stories?draft=true`, {
        method: 'POST',
        headers: { ...authHeaders(session), 'content-type': 'application/json' },
        body: JSON.stringify({
          title: `双实例定时发布 ${index + 1} ${randomBytes(3).toString('hex')}`,
          body: richText('两台内容管理实例同时到点，只发布一次。'),
          _status: 'draft',
        }),
      })
      expect(response.status, await response.clone().text()).toBe(201)
      ids.push(((await response.json()) as { doc: { id: number } }).doc.id)
    }
    // What the admin's 定时发布 stores: a schedulePublish job, here due at once, so that both
    // instances' cron fires at the same moment for the same jobs.
    for (const id of ids) {
      await query(`INSERT INTO payload_jobs (input, task_slug, queue, wait_until) VALUES ($1, 'schedulePublish', 'default', now())`, [
        JSON.stringify({ type: 'publish', doc: { relationTo: 'stories', value: String(id) }, user: { relationTo: 'users', value: session.user.id } }),
      ])
    }
    const deadline = Date.now() + 150_000
    for (;;) {
      // Payload deletes a job once it has completed: done = no job left and every story published.
      const left = await query<{ n: number }>(
        `SELECT count(*)::int AS n FROM payload_jobs WHERE task_slug = 'schedulePublish' AND (input->'doc'->>'value')::int = ANY($1)`,
        [ids],
      )
      const live = await query<{ n: number }>(`SELECT count(*)::int AS n FROM stories WHERE _status = 'published' AND id = ANY($1)`, [ids])
      if (left[0]?.n === 0 && live[0]?.n === ids.length) break
      if (Date.now() > deadline) {
        const jobs = await query(
          `SELECT id, total_tried, has_error, error, processing, wait_until, completed_at FROM payload_jobs WHERE task_slug = 'schedulePublish'`,
        )
        throw new Error(`the scheduled publishes did not run: ${JSON.stringify(jobs)}\n${secondOutput().slice(-2000)}\n${stack.output().slice(-3000)}`)
      }
      await new Promise((resolve) => setTimeout(resolve, 200))
    }
    const versions = await query<{ parent: number; n: number }>(
      `SELECT parent_id AS parent, count(*)::int AS n FROM _stories_v WHERE version__status = 'published' AND parent_id = ANY($1) GROUP BY parent_id ORDER BY parent_id`,
      [ids],
    )
    expect(versions).toEqual(ids.map((id) => ({ parent: id, n: 1 })))
    // One site update each: the worker's publish records (it deletes a queue row once published)
    // name every queued change they published; a double publish would queue and name it twice.
    await siteCaughtUp(stack, Date.now())
    const recordsDir = path.join(stack.dataDir, 'site', 'publishes')
    const published: string[] = []
    for (const name of await readdir(recordsDir))
      published.push(...(JSON.parse(await readFile(path.join(recordsDir, name), 'utf8')) as { changes: string[] }).changes)
    expect(ids.map((id) => published.filter((change) => change === `stories ${id}`).length)).toEqual(ids.map(() => 1))
  }, 200_000)

  it('should run the migrations of a new database once when two instances start on it together', async () => {
    const fresh = databaseUrl.replace(/\/fengcai$/, '/fengcai_fresh')
    await queryDatabase(databaseUrl, 'CREATE DATABASE fengcai_fresh')
    const env = { DATABASE_URL: fresh, PAYLOAD_SECRET: randomBytes(16).toString('hex'), MEDIA_DIR: path.join(s3Dir, 'fresh-media'), FENGCAI_JOBS: 'off' }
    // Both instances' start-ups meet at the migration lock, held until both wait for it.
    const gate = await lineUpAtLock(fresh, LOCKS.migrations, 2)
    const instances = [await startInstance(env), await startInstance(env)]
    try {
      // Each instance's first request starts Payload, whose production start-up migrates.
      const healthy = Promise.all(
        instances.map((instance) => waitForHttp(`${instance.url}/api/health`, { accept: (status) => status === 200, timeoutMs: 180_000 })),
      )
      await gate.released
      await healthy
      const applied = await queryDatabase<{ name: string; n: number }>(
        fresh,
        'SELECT name, count(*)::int AS n FROM payload_migrations GROUP BY name ORDER BY name',
      )
      expect(applied).toEqual(migrations.map((migration) => ({ name: migration.name, n: 1 })).sort((a, b) => a.name.localeCompare(b.name)))
      expect(instances.filter((instance) => instance.output().includes(`Migrating: ${migrations[0]?.name}`))).toHaveLength(1)
    } finally {
      for (const instance of instances) instance.stop()
    }
  }, 300_000)
})
