/**
 * The site worker: keeps the static site current as content changes in the CMS.
 *
 *   pnpm --filter @fengcai/site worker
 *
 * It also renders drafts for the CMS's 预览 (POST /preview): the site's own pages, with the draft
 * in place of its published version, written nowhere.
 *
 * On start it builds the whole site once (reusing Astro's incremental cache) into a new folder
 * under SITE_BUILDS_DIR and points `current` at it; then it publishes the CMS's publishing queue
 * (`site-changes`) change by change, re-rendering only the pages a change affects. It finds new
 * changes when the CMS nudges it (POST /rebuild on SITE_WORKER_PORT, loopback, with the shared
 * secret) and by polling the queue every SITE_WORKER_POLL_MS, so a lost nudge delays a change by
 * a poll, and a restart loses nothing: the queue is in PostgreSQL, and the start-up build covers
 * whatever happened while the worker was down.
 *
 * Each publish writes `publishes/<time>.json` with the files it changed and deleted, and
 * `status.json` with what the worker is doing; with SITE_S3_BUCKET set, the changed and deleted
 * files go on to the bucket a CDN serves (./cdn-mirror) between publishes. A publish that
 * fails leaves the last good pages in place, records the error on the queue entries (visible to
 * administrators in the admin under 系统 → 网站发布队列) and is retried with growing pauses.
 */
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises'
import http from 'node:http'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { siteUrlOr } from '@fengcai/shared'

import { markDone, markFailed, pendingChanges } from './queue'
import type { QueuedChange } from './queue'
import type { RawDoc } from '../data/raw'

import { mirrorFromEnv } from './cdn-mirror'
import { PreviewError, readPreviewRequest } from './preview'
import { Publisher } from './publisher'
import type { PublishResult } from './publisher'
import { GrowthRelease } from './release-memory'
import { sameSecret } from './shared-secret'
import { SnapshotStore } from './snapshot-store'
import { memoryNow, statusWriter } from './status'
import { enterWorkDir, leaveWorkDir } from './work-dir'

const siteDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const buildsDir = path.resolve(process.env.SITE_BUILDS_DIR || path.join(siteDir, '..', '.data', 'site'))
const cacheDir = path.resolve(process.env.SITE_CACHE_DIR || path.join(buildsDir, '..', 'site-cache'))
const siteUrl = siteUrlOr(process.env.SITE_URL)
const port = Number(process.env.SITE_WORKER_PORT || 0)
const pollMs = Number(process.env.SITE_WORKER_POLL_MS || 2_000)
const secret = process.env.SITE_REBUILD_SECRET ?? ''
const KEEP_PUBLISH_RECORDS = 500
/** Idle this long, the worker builds again, one at a time, the search shards publishes superseded (./search-shards). */
const compactAfterMs = Number(process.env.SITE_SEARCH_COMPACT_AFTER_MS ?? 30_000)
/**
 * With no changes for this long, the worker publishes anyway: pages that depend on the time (a
 * notice's status as its period opens and closes) are rendered again when their key changes.
 */
const TICK_MS = 10 * 60_000

// The stack prefixes the worker's output with [site]; run alone, the worker's lines are its own.
const log = (message: string): void => console.log(message)

const writeStatus = statusWriter(buildsDir)

/** Keeps the list of changed and deleted files of each publish, for an incremental CDN upload. */
const recordPublish = async (kind: 'full' | 'incremental' | 'tick' | 'search', changes: QueuedChange[], result: PublishResult): Promise<void> => {
  const dir = path.join(buildsDir, 'publishes')
  await mkdir(dir, { recursive: true })
  const at = new Date()
  const record = {
    at: at.toISOString(),
    kind,
    site: path.basename(publisher.publicDir ?? ''),
    changes: changes.map((change) => `${change.collection} ${change.docId}`),
    ...result,
  }
  await writeFile(path.join(dir, `${at.getTime()}-${kind}.json`), `${JSON.stringify(record, null, 1)}\n`)
  if (kind !== 'full') mirror?.add([...result.changed, ...result.deleted])
  const records = (await readdir(dir)).sort()
  for (const old of records.slice(0, Math.max(0, records.length - KEEP_PUBLISH_RECORDS))) await rm(path.join(dir, old), { force: true })
  await writeStatus({
    lastPublish: {
      at: record.at,
      reasons: changes.length,
      changed: result.changed.length,
      deleted: result.deleted.length,
      rendered: result.rendered,
      ms: result.ms,
    },
    memory: memoryNow(),
  })
}

const publisher = new Publisher({ siteDir, buildsDir, cacheDir, siteUrl, log }, new SnapshotStore())
const mirror = mirrorFromEnv(process.env, buildsDir, log)
const growth = new GrowthRelease()

/** The CDN bucket brought up to the folder, unless it is pausing after a failure (it logs its own). */
const syncMirror = async (): Promise<void> => {
  if (!mirror?.due() || !publisher.publicDir) return
  await publisher.betweenPublishes(async () => publisher.publicDir && (await mirror.sync(publisher.publicDir)))
  await writeStatus({ mirror: { ...mirror.status } })
}

let wake: (() => void) | null = null
/**
 * A nudge that came while the worker was not sleeping (reading the queue, publishing): the next
 * sleep is skipped, since the queue may have been read before that change was in it. Dropped,
 * such a nudge left its change to the next poll, 2 s later.
 */
let nudgedAwake = false
const nudge = (): void => {
  if (wake) wake()
  else nudgedAwake = true
}
const sleep = (ms: number): Promise<void> =>
  new Promise((resolve) => {
    if (nudgedAwake) {
      nudgedAwake = false
      return resolve()
    }
    const timer = setTimeout(done, ms)
    function done() {
      clearTimeout(timer)
      wake = null
      resolve()
    }
    wake = done
  })

/**
 * A draft's page for the CMS's preview (`POST /preview` with `{ collection, doc, media }`, or
 * `{ global, doc, media }` for the 首页版块: media are those the draft uses).
 */
const answerPreview = async (request: http.IncomingMessage, response: http.ServerResponse): Promise<void> => {
  try {
    const { collection, global, doc, media = [] } = await readPreviewRequest(request)
    const subject = typeof collection === 'string' ? { collection } : typeof global === 'string' ? { global } : null
    // A collection's document has its id; a global has none.
    if (!subject || typeof doc !== 'object' || doc === null || ('collection' in subject && !('id' in doc))) throw new PreviewError('预览请求缺少内容。', 400)
    const isDoc = (item: unknown): item is RawDoc => typeof item === 'object' && item !== null && 'id' in item
    if (!Array.isArray(media) || !media.every(isDoc)) throw new PreviewError('预览请求的图片格式不正确。', 400)
    const html = await publisher.preview(subject, doc as RawDoc, media)
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(html)
  } catch (error) {
    const status = error instanceof PreviewError ? error.status : 500
    if (status === 500) console.error(`预览失败：${describe(error)}`)
    response
      .writeHead(status, { 'content-type': 'application/json; charset=utf-8' })
      .end(JSON.stringify({ message: status === 500 ? `预览失败：${describe(error)}` : describe(error) }))
  }
}

/** The CMS's calls, with the shared secret: `POST /rebuild` (a nudge) and `POST /preview`. */
const listen = (): Promise<void> => {
  const server = http.createServer((request, response) => {
    const known = request.method === 'POST' && (request.url === '/rebuild' || request.url === '/preview')
    if (!known || !sameSecret(String(request.headers['x-rebuild-secret'] ?? ''), secret)) {
      request.resume()
      return void response.writeHead(known ? 401 : 404).end()
    }
    if (request.url === '/preview') return void answerPreview(request, response)
    request.resume()
    nudge()
    response.writeHead(202, { 'content-type': 'application/json' }).end('{"accepted":true}')
  })
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve()))
}

const describe = (error: unknown): string => (error instanceof Error ? error.message : String(error))

/** The first build, retried until the CMS answers. */
const startUp = async (): Promise<void> => {
  for (let attempt = 0; ; attempt += 1) {
    const attemptAt = new Date().toISOString()
    try {
      // Whatever is queued now is in the snapshot the build fetches next.
      const before = await pendingChanges()
      const result = await publisher.start()
      await markDone(before.map((change) => change.id))
      await recordPublish('full', before, result)
      await writeStatus({ state: 'idle', readyAt: new Date().toISOString(), lastError: undefined })
      log(`网站已生成：${result.rendered} 个页面，${result.changed.length} 个文件有变化，用时 ${(result.ms / 1000).toFixed(1)} 秒。`)
      growth.afterFirstBuild(log)
      return
    } catch (error) {
      const pause = Math.min(60_000, 1_000 * 2 ** attempt)
      console.error(`生成网站失败（${describe(error)}），${Math.round(pause / 1000)} 秒后重试；继续提供上一版网站。`)
      await writeStatus({ state: 'failing', lastError: describe(error), failedAttemptAt: attemptAt })
      await sleep(pause)
    }
  }
}

/** Builds again, beside the publishes, one search shard whose pages publishes superseded (./search-shards); records its files. */
const compactSearch = async (): Promise<void> => {
  try {
    const result = await publisher.compactSearch()
    if (result.changed.length || result.deleted.length) await recordPublish('search', [], result)
  } catch (error) {
    console.error(`整理搜索索引失败（${describe(error)}）。`)
    // Not sleep(): that is the publish loop's, woken by a nudge.
    await new Promise((resolve) => setTimeout(resolve, pollMs))
  }
}

let compacting: Promise<void> | null = null
const publishLoop = async (): Promise<void> => {
  let failures = 0
  let lastPublishEnded = Date.now()
  for (;;) {
    // Between publishes, so the folder holds still while it is copied.
    await syncMirror()
    const checkedAt = new Date().toISOString()
    // Nudges until now are answered by this read of the queue.
    nudgedAwake = false
    let changes: QueuedChange[]
    try {
      changes = await pendingChanges()
    } catch (error) {
      await writeStatus({ lastError: `无法读取发布队列：${describe(error)}` })
      await sleep(pollMs)
      continue
    }
    if (!changes.length) {
      if (Date.now() - lastPublishEnded > TICK_MS) {
        lastPublishEnded = Date.now()
        try {
          const result = await publisher.publish([])
          if (result.changed.length || result.deleted.length) await recordPublish('tick', [], result)
        } catch (error) {
          console.error(`定时检查失败（${describe(error)}）。`)
        }
      }
      await writeStatus({ state: 'idle', checkedEmptyAt: checkedAt, searchBacklog: publisher.searchBacklog })
      // Memory a large publish left, given back after saying it is idle (no publish measured as live waits for it).
      if (growth.whenIdle(lastPublishEnded, log)) await writeStatus({ memory: memoryNow() })
      // One compaction at a time; the next as soon as it ends (the nudge), if still idle.
      if (!compacting && publisher.searchIdleWork && Date.now() - lastPublishEnded >= compactAfterMs)
        compacting = compactSearch().finally(() => {
          compacting = null
          nudge()
        })
      await sleep(pollMs)
      continue
    }
    const attemptAt = new Date().toISOString()
    await writeStatus({ state: 'publishing' })
    const ids = changes.map((change) => change.id)
    try {
      const result = await publisher.publish(changes)
      await recordPublish('incremental', changes, result)
      if (result.failed.length) {
        const message = result.failed
          .slice(0, 5)
          .map((failure) => `${failure.path}：${failure.error}`)
          .join('；')
        throw new Error(`${result.failed.length} 个页面渲染失败，保留其上一版：${message}`)
      }
      await markDone(ids)
      failures = 0
      log(
        `已发布 ${changes.length} 项变更：渲染 ${result.rendered} 个页面${result.swapped ? `（另有 ${result.swapped} 个只换导航）` : ''}，${result.changed.length} 个文件更新，${result.deleted.length} 个删除，用时 ${result.ms} 毫秒（${Object.entries(
          result.phases ?? {},
        )
          .map(([name, ms]) => `${name} ${ms}`)
          .join('，')}）。`,
      )
    } catch (error) {
      failures += 1
      const pause = Math.min(60_000, 1_000 * 2 ** failures)
      console.error(`发布失败（${describe(error)}），${Math.round(pause / 1000)} 秒后重试。`)
      await markFailed(ids, describe(error)).catch((failure: unknown) => console.error(`无法记录发布失败：${describe(failure)}`))
      await writeStatus({ state: 'failing', lastError: describe(error), failedAttemptAt: attemptAt })
      await sleep(pause)
    }
    lastPublishEnded = Date.now()
  }
}

const main = async (): Promise<void> => {
  await mkdir(buildsDir, { recursive: true })
  const workDir = enterWorkDir(siteDir, buildsDir)
  await writeFile(path.join(buildsDir, 'worker.pid'), `${process.pid}\n`)
  await mirror?.load()
  await writeStatus({})
  if (port) await listen()
  const stop = () => {
    void publisher.close().finally(() => {
      leaveWorkDir(workDir)
      process.exit(0)
    })
  }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
  await startUp()
  await publishLoop()
}

await main()
