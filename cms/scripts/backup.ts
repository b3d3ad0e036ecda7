/**
 * `pnpm backup [--out FILE] [--keep N]`: one archive of the database (a consistent snapshot,
 * taken while the stack keeps serving), the media files (or the S3 bucket's object list) and a
 * manifest with versions and checksums. Uses the project's database as `pnpm start` does
 * (DATABASE_URL, else the embedded cluster in the data folder; a running stack is reused).
 * Without --out the archive goes to <data>/backups/fengcai-YYYYMMDD-HHMMSS.tar.gz; --keep N then
 * deletes all but the newest N there (for a daily cron job). The archive is written 0600 in a
 * 0700 folder (the default folder is tightened to that if it exists) and holds no sessions or live
 * password-reset tokens. See lib/backup.ts for the method.
 */
import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'

import { shanghaiWallClock } from '@fengcai/shared'

import { s3ClientConfig, s3Settings } from '../src/lib/s3-settings'
import { createBackup, pruneBackups } from './lib/backup'
import type { MediaObject } from './lib/backup'
import { openDatabase } from './lib/database'

const rootDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const dataDir = path.resolve(process.env.FENGCAI_DATA_DIR || path.join(rootDir, '.data'))
const callerDir = process.env.INIT_CWD || process.cwd()

const { values } = parseArgs({
  args: process.argv.slice(2).filter((arg) => arg !== '--'),
  options: { out: { type: 'string' }, keep: { type: 'string' } },
})

const fail = (message: string): never => {
  console.error(`备份失败：${message}`)
  process.exit(1)
}

const keep = values.keep === undefined ? null : Number(values.keep)
if (keep !== null && !(Number.isInteger(keep) && keep >= 1)) fail('--keep 须为正整数（保留最近几份备份）。')

const stamp = (date: Date): string => {
  // Beijing time in the name: what staff read on the calendar.
  const clock = shanghaiWallClock(date)
  return `${clock.slice(0, 10).replaceAll('-', '')}-${clock.slice(11, 19).replaceAll(':', '')}`
}
const out = values.out ? path.resolve(callerDir, values.out) : path.join(dataDir, 'backups', `fengcai-${stamp(new Date())}.tar.gz`)
// The default folder is ours to keep private; a folder named with --out is the operator's.
const tightenFolder = !values.out

if (!process.env.DATABASE_URL && !existsSync(path.join(dataDir, 'postgres', 'cluster', 'PG_VERSION'))) {
  fail(`没有找到数据：${dataDir} 中没有内置数据库，也没有设置 DATABASE_URL。`)
}

const s3 = s3Settings()
const listBucket = async (): Promise<MediaObject[]> => {
  const { S3Client, ListObjectsV2Command } = await import('@aws-sdk/client-s3')
  const client = new S3Client(s3ClientConfig(s3!))
  const objects: MediaObject[] = []
  let token: string | undefined
  do {
    const page = await client.send(new ListObjectsV2Command({ Bucket: s3!.bucket, ContinuationToken: token }))
    for (const item of page.Contents ?? []) {
      objects.push({
        key: item.Key ?? '',
        size: item.Size ?? 0,
        etag: (item.ETag ?? '').replaceAll('"', ''),
        lastModified: item.LastModified?.toISOString() ?? null,
      })
    }
    token = page.IsTruncated ? page.NextContinuationToken : undefined
  } while (token)
  return objects
}

const database = await openDatabase(dataDir)
try {
  const appVersion = (JSON.parse(await readFile(path.join(rootDir, 'cms', 'package.json'), 'utf8')) as { version?: string }).version ?? '0.0.0'
  const started = Date.now()
  const manifest = await createBackup({
    databaseUrl: database.url,
    mediaDir: path.resolve(process.env.MEDIA_DIR || path.join(dataDir, 'media')),
    out,
    appVersion,
    s3: s3 ? { bucket: s3.bucket, list: listBucket } : undefined,
    log: (message) => console.log(`  ${message}`),
    tightenFolder,
  })
  console.log(`已写入备份 ${out}（${((Date.now() - started) / 1000).toFixed(1)} 秒，数据库迁移版本 ${manifest.migrations.at(-1) ?? '无'}）`)
  if (keep !== null) {
    const pruned = await pruneBackups(path.dirname(out), keep)
    if (pruned.length) console.log(`已删除较早的 ${pruned.length} 份备份（保留最近 ${keep} 份）：${pruned.join('、')}`)
  }
} catch (error) {
  await database.stop()
  fail(error instanceof Error ? error.message : String(error))
}
await database.stop()
process.exit(0)
