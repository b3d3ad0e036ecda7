/**
 * The site mirrored into an S3-compatible bucket a CDN serves (SITE_S3_BUCKET), publish by
 * publish. The worker hands over the files each publish changed or deleted (`add`); `sync` then
 * makes the bucket's objects of those paths what the served folder holds now: a file there is
 * uploaded (with its content type and cache header, ./cdn-objects), one no longer there is
 * deleted. Uploads go fingerprinted files first and pages last, and deletions only once every
 * upload is in, so a page in the bucket never names a file the bucket lacks; then the CDN is asked
 * to purge the paths (SITE_PURGE_URL).
 *
 * What is not yet done is kept in a journal file beside the builds, so a failed sync (the bucket
 * or the purge address unreachable) is tried again later with what later publishes add, and a
 * restart carries it over. On start the worker also compares the bucket's listing with the
 * folder (size and MD5, which is the ETag of an object put in one piece): whatever a killed
 * worker left half done, or was changed in the bucket by hand, is put right.
 */
import { createHash } from 'node:crypto'
import { existsSync } from 'node:fs'
import { readFile, stat } from 'node:fs/promises'
import path from 'node:path'

import { DeleteObjectsCommand, ListObjectsV2Command, PutObjectCommand, S3Client } from '@aws-sdk/client-s3'

import { s3ClientConfig, siteBucketSettings } from '@fengcai/shared/s3-settings'
import type { S3Settings } from '@fengcai/shared/s3-settings'

import { filesBelow } from '../integrations/files-below'
import { writeAtomically } from '../integrations/write-atomically'

import { cacheControlOf, contentTypeOf, purgePathOf, uploadOrder } from './cdn-objects'

export type MirrorOptions = {
  bucket: S3Settings
  /** Where paths to purge are posted (`{ "paths": [...] }`), or none. */
  purgeUrl?: string
  /** The journal of what is not yet in the bucket or not yet purged. */
  journalFile: string
  log: (message: string) => void
}

export type MirrorStatus = {
  /** Paths not yet in the bucket as in the folder, and (`purging`) not yet purged at the CDN. */
  pending: number
  purging: number
  /** When the last sync finished with nothing left over. */
  syncedAt?: string
  lastError?: string
}

type Journal = { pending: string[]; quiet: string[]; purge: string[] }

/** Uploads in flight at once. */
const PARALLEL = 8
/** Keys per DeleteObjects call (S3's limit) and paths per purge request. */
const BATCH = 1_000

const md5Of = async (file: string): Promise<string> =>
  createHash('md5')
    .update(await readFile(file))
    .digest('hex')

/** Runs `task` over `items`, `limit` at a time; the first failure rejects once all started are done. */
const inParallel = async <T>(items: T[], limit: number, task: (item: T) => Promise<void>): Promise<void> => {
  let next = 0
  const errors: unknown[] = []
  const lane = async () => {
    while (next < items.length && !errors.length) {
      const item = items[next++] as T
      await task(item).catch((error: unknown) => errors.push(error))
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane))
  if (errors.length) throw errors[0]
}

export class CdnMirror {
  private readonly client: S3Client
  /** Paths whose object may differ from the folder. */
  private readonly pending = new Set<string>()
  /** Of those, paths new to the bucket at a resync: nothing at the CDN to purge. */
  private readonly quiet = new Set<string>()
  /** Paths whose object changed, not yet purged at the CDN. */
  private readonly purge = new Set<string>()
  /** The bucket's listing is to be compared with the folder (at start, until it succeeds). */
  private resyncDue = true
  private failures = 0
  private retryAt = 0
  readonly status: MirrorStatus = { pending: 0, purging: 0 }

  constructor(private readonly options: MirrorOptions) {
    this.client = new S3Client({
      ...s3ClientConfig(options.bucket),
      maxAttempts: 3,
      requestHandler: { connectionTimeout: 5_000, requestTimeout: 60_000 },
    })
  }

  /** Reads the journal a previous run left. */
  async load(): Promise<void> {
    if (!existsSync(this.options.journalFile)) return
    const journal = JSON.parse(await readFile(this.options.journalFile, 'utf8')) as Journal
    for (const file of journal.pending) this.pending.add(file)
    for (const file of journal.quiet) this.quiet.add(file)
    for (const file of journal.purge) this.purge.add(file)
  }

  /** Files a publish changed or deleted in the folder. */
  add(files: Iterable<string>): void {
    for (const file of files) {
      this.pending.add(file)
      this.quiet.delete(file)
    }
  }

  /** Whether a sync has work and is not waiting out a pause after a failure. */
  due(now = Date.now()): boolean {
    return (this.resyncDue || this.pending.size > 0 || this.purge.size > 0) && now >= this.retryAt
  }

  /** Brings the bucket to the folder for the pending paths and purges them; on failure keeps the rest for later. */
  async sync(publicDir: string): Promise<void> {
    try {
      if (this.resyncDue) await this.resync(publicDir)
      await this.upload(publicDir)
      await this.sendPurge()
      this.failures = 0
      this.retryAt = 0
      Object.assign(this.status, { syncedAt: new Date().toISOString(), lastError: undefined })
    } catch (error) {
      this.failures += 1
      const pause = Math.min(60_000, 1_000 * 2 ** this.failures)
      this.retryAt = Date.now() + pause
      this.status.lastError = error instanceof Error ? error.message : String(error)
      this.options.log(
        `同步到 CDN 存储桶失败（${this.status.lastError}），${Math.round(pause / 1000)} 秒后重试；未完成的 ${this.pending.size} 个文件留待下次。`,
      )
    } finally {
      await this.saveJournal()
    }
  }

  /** Every key in the bucket, with its ETag (quotes removed) and size. */
  private async listing(): Promise<Map<string, { etag: string; size: number }>> {
    const objects = new Map<string, { etag: string; size: number }>()
    let token: string | undefined
    do {
      const page = await this.client.send(new ListObjectsV2Command({ Bucket: this.options.bucket.bucket, ContinuationToken: token }))
      for (const object of page.Contents ?? [])
        if (object.Key) objects.set(object.Key, { etag: (object.ETag ?? '').replaceAll('"', ''), size: object.Size ?? -1 })
      token = page.IsTruncated ? page.NextContinuationToken : undefined
    } while (token)
    return objects
  }

  /** Marks every path where the bucket and the folder differ; paths new to the bucket need no purge. */
  private async resync(publicDir: string): Promise<void> {
    const objects = await this.listing()
    let differing = 0
    for (const file of filesBelow(publicDir).map((relative) => relative.split(path.sep).join('/'))) {
      const object = objects.get(file)
      objects.delete(file)
      if (object && object.size === (await stat(path.join(publicDir, file))).size && object.etag === (await md5Of(path.join(publicDir, file)))) continue
      differing += 1
      this.pending.add(file)
      if (!object && !this.purge.has(file)) this.quiet.add(file)
    }
    for (const key of objects.keys()) this.pending.add(key)
    this.resyncDue = false
    this.options.log(`CDN 存储桶与网站文件夹比对完毕：${differing} 个文件待上传，${objects.size} 个对象待删除。`)
  }

  /** Uploads the pending paths the folder has, in order, then deletes those it has not. */
  private async upload(publicDir: string): Promise<void> {
    const present: string[] = []
    const gone: string[] = []
    for (const file of this.pending) (existsSync(path.join(publicDir, file)) ? present : gone).push(file)
    const done = (file: string) => {
      this.pending.delete(file)
      if (!this.quiet.delete(file)) this.purge.add(file)
    }
    for (const stage of uploadOrder(present)) {
      await inParallel(stage, PARALLEL, async (file) => {
        await this.client.send(
          new PutObjectCommand({
            Bucket: this.options.bucket.bucket,
            Key: file,
            Body: await readFile(path.join(publicDir, file)),
            ContentType: contentTypeOf(file),
            CacheControl: cacheControlOf(file),
          }),
        )
        done(file)
      })
    }
    for (let start = 0; start < gone.length; start += BATCH) {
      const keys = gone.slice(start, start + BATCH)
      const answer = await this.client.send(
        new DeleteObjectsCommand({ Bucket: this.options.bucket.bucket, Delete: { Objects: keys.map((Key) => ({ Key })), Quiet: true } }),
      )
      const refused = new Set((answer.Errors ?? []).map((error) => error.Key))
      for (const key of keys) if (!refused.has(key)) done(key)
      if (refused.size) throw new Error(`存储桶拒绝删除 ${refused.size} 个对象：${answer.Errors?.[0]?.Message ?? ''}`)
    }
  }

  /** Posts the changed paths to the purge address, in batches; without one, there is nothing to purge. */
  private async sendPurge(): Promise<void> {
    const { purgeUrl } = this.options
    if (!purgeUrl) return void this.purge.clear()
    const files = [...this.purge].sort()
    for (let start = 0; start < files.length; start += BATCH) {
      const batch = files.slice(start, start + BATCH)
      const response = await fetch(purgeUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ paths: batch.map(purgePathOf) }),
        signal: AbortSignal.timeout(30_000),
      })
      if (!response.ok) throw new Error(`CDN 刷新地址返回 HTTP ${response.status}：${(await response.text()).slice(0, 200)}`)
      for (const file of batch) this.purge.delete(file)
    }
  }

  private async saveJournal(): Promise<void> {
    Object.assign(this.status, { pending: this.pending.size, purging: this.purge.size })
    const journal: Journal = { pending: [...this.pending], quiet: [...this.quiet], purge: [...this.purge] }
    await writeAtomically(this.options.journalFile, `${JSON.stringify(journal)}\n`)
  }
}

/** The mirror the environment asks for (SITE_S3_BUCKET, SITE_PURGE_URL), or none. */
export const mirrorFromEnv = (env: NodeJS.ProcessEnv, buildsDir: string, log: (message: string) => void): CdnMirror | null => {
  const bucket = siteBucketSettings(env)
  if (!bucket) return null
  return new CdnMirror({ bucket, purgeUrl: env.SITE_PURGE_URL?.trim() || undefined, journalFile: path.join(buildsDir, 'cdn-mirror.json'), log })
}
