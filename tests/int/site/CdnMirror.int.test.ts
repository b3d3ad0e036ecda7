/**
 * The site worker's CDN mirror (site/src/worker/cdn-mirror) against a real S3 server (s3rver,
 * behind a relay the test cuts): the bucket follows the folder publish by publish, with each
 * file's type and cache header, fingerprinted files before the pages that name them and deletions
 * last; a bucket that stops answering mid-upload leaves no page newer than its files and converges
 * once it is back; a new mirror (a restarted worker) puts right what the bucket's listing shows
 * differs; and the purge address receives exactly the paths whose objects changed.
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { DeleteObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { siteBucketSettings } from '@fengcai/shared/s3-settings'

import { CdnMirror } from '../../../site/src/worker/cdn-mirror'
import { recordPurges } from '../../helpers/purgeRecorder'
import type { PurgeRecorder } from '../../helpers/purgeRecorder'
import { startBucket } from '../../helpers/s3'
import type { TestBucket } from '../../helpers/s3'

describe('the site mirrored into a CDN bucket', () => {
  let bucket: TestBucket
  let purges: PurgeRecorder
  let work: string
  let site: string
  const logged: string[] = []
  const puts: string[] = []

  const mirrorFor = () =>
    new CdnMirror({
      bucket: siteBucketSettings(bucket.env('SITE_S3_')) as NonNullable<ReturnType<typeof siteBucketSettings>>,
      purgeUrl: purges.url,
      journalFile: path.join(work, 'cdn-mirror.json'),
      log: (message) => logged.push(message),
    })
  let mirror: CdnMirror

  const write = async (file: string, text: string) => {
    await mkdir(path.dirname(path.join(site, file)), { recursive: true })
    await writeFile(path.join(site, file), text)
  }
  /** A page naming its stylesheet, as Astro's pages name their fingerprinted files. */
  const page = (title: string, css: string) => `<!doctype html><title>${title}</title><link rel="stylesheet" href="/${css}">`

  /** The bucket holds the folder's files, byte for byte, each with its type and cache header. */
  const expectBucketIsFolder = async () => expect(await bucket.differencesFrom(site)).toEqual([])

  beforeAll(async () => {
    bucket = await startBucket('fengcai-site')
    bucket.onPut((key) => puts.push(key))
    purges = await recordPurges()
    work = await mkdtemp(path.join(os.tmpdir(), 'fengcai-mirror-'))
    site = path.join(work, 'build-1')
    await write('index.html', page('首页', '_astro/base.a1.css'))
    await write('stories/a/index.html', page('新闻甲', '_astro/base.a1.css'))
    await write('stories/b/index.html', page('新闻乙', '_astro/base.a1.css'))
    await write('_astro/base.a1.css', 'body{color:#333}')
    await write('rss.xml', '<rss/>')
    await write('pagefind/shard-0/pagefind.zh-cn_2b4d5e6f8a.pf_meta', 'meta')
    await write('pagefind/shards.json', '{"shards":[]}')
    mirror = mirrorFor()
    await mirror.load()
  })

  afterAll(async () => {
    await bucket?.close()
    await purges?.close()
    if (work) await rm(work, { recursive: true, force: true })
  })

  it('should upload the whole folder into an empty bucket at start, with no purge (the CDN has nothing of it)', async () => {
    expect(mirror.due()).toBe(true)
    await mirror.sync(site)
    await expectBucketIsFolder()
    expect(purges.requests).toEqual([])
    expect(mirror.status).toMatchObject({ pending: 0, purging: 0, lastError: undefined })
  })

  it('should upload what a publish changed, files before the pages naming them, delete what it removed, and purge exactly those paths', async () => {
    const since = Date.now()
    puts.length = 0
    await write('_astro/base.b2.css', 'body{color:#000}')
    await write('stories/a/index.html', page('新闻甲（修订）', '_astro/base.b2.css'))
    await write('index.html', page('首页', '_astro/base.b2.css'))
    await rm(path.join(site, 'stories/b'), { recursive: true })
    mirror.add(['_astro/base.b2.css', 'index.html', 'stories/a/index.html', 'stories/b/index.html'])
    await mirror.sync(site)
    await expectBucketIsFolder()
    expect(puts[0]).toBe('_astro/base.b2.css')
    expect(puts.slice(1).sort()).toEqual(['index.html', 'stories/a/index.html'])
    expect(purges.pathsSince(since)).toEqual(['/', '/_astro/base.b2.css', '/stories/a/', '/stories/b/'])
  })

  it('should leave no page newer than its files when the bucket stops answering mid-upload, and converge with later publishes once it is back', async () => {
    const since = Date.now()
    puts.length = 0
    const styles = Array.from({ length: 24 }, (_, index) => `_astro/part${index}.c3.css`)
    for (const file of styles) await write(file, `/* ${file} */`)
    const pages = Array.from({ length: 6 }, (_, index) => `stories/n${index}/index.html`)
    for (const file of pages) await write(file, page(file, styles[0] as string))
    await rm(path.join(site, 'rss.xml'))
    // The bucket goes away after the fifth object of this publish is stored.
    let cutting: Promise<void> | null = null
    bucket.onPut(() => {
      if (puts.length === 5) cutting ??= bucket.cut()
    })
    mirror.add([...styles, ...pages, 'rss.xml'])
    await mirror.sync(site)
    await cutting
    expect(mirror.status.lastError).toBeTruthy()
    expect(mirror.status.pending).toBeGreaterThan(0)
    expect(logged.at(-1)).toContain('同步到 CDN 存储桶失败')
    expect(mirror.due()).toBe(false)
    expect(puts.filter((key) => key.endsWith('.html'))).toEqual([])

    // Another publish while it is down: the unfinished set goes along with it.
    await write('stories/a/index.html', page('新闻甲（再次修订）', styles[1] as string))
    mirror.add(['stories/a/index.html'])
    await mirror.sync(site)
    expect(mirror.status.pending).toBeGreaterThan(0)

    await bucket.restore()
    // What a bucket that came back shows: the pages of before, the feed not yet deleted.
    const meanwhile = await bucket.objects()
    expect(meanwhile.get('stories/a/index.html')?.body.toString()).toContain('新闻甲（修订）')
    expect(meanwhile.has('rss.xml')).toBe(true)
    for (const file of pages) expect(meanwhile.has(file)).toBe(false)

    await mirror.sync(site)
    await expectBucketIsFolder()
    expect(mirror.status).toMatchObject({ pending: 0, purging: 0, lastError: undefined })
    expect(purges.pathsSince(since)).toEqual(
      [...styles.map((file) => `/${file}`), ...pages.map((file) => `/${path.dirname(file)}/`), '/rss.xml', '/stories/a/'].sort(),
    )
  })

  it('should put right, on start, whatever the bucket’s listing shows differs from the folder, and carry over an unsent purge', async () => {
    // Changed behind the mirror's back: an object deleted, one overwritten, one added.
    await bucket.client.send(new DeleteObjectCommand({ Bucket: bucket.bucket, Key: 'stories/n0/index.html' }))
    await bucket.client.send(new PutObjectCommand({ Bucket: bucket.bucket, Key: 'index.html', Body: 'tampered' }))
    await bucket.client.send(new PutObjectCommand({ Bucket: bucket.bucket, Key: 'stale/index.html', Body: 'stale' }))
    // And a purge the last run could not send (the purge address was down), in its journal.
    const journal = path.join(work, 'cdn-mirror.json')
    await writeFile(journal, JSON.stringify({ pending: [], quiet: [], purge: ['stories/n1/index.html'] }))
    const since = Date.now()
    puts.length = 0
    const restarted = mirrorFor()
    await restarted.load()
    await restarted.sync(site)
    await expectBucketIsFolder()
    expect(puts.sort()).toEqual(['index.html', 'stories/n0/index.html'])
    // The object new to the bucket had nothing at the CDN to purge.
    expect(purges.pathsSince(since)).toEqual(['/', '/stale/', '/stories/n1/'])
    expect(JSON.parse(await readFile(journal, 'utf8'))).toEqual({ pending: [], quiet: [], purge: [] })
  })
})
