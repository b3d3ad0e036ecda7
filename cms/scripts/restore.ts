/**
 * `pnpm restore FILE [--force]`: restores a `pnpm backup` archive into this installation's
 * database (DATABASE_URL, else the embedded cluster in the data folder, created if absent) and
 * media folder. Refuses a database that already has tables, or a media folder with files, unless
 * --force (which empties them first). The schema is rebuilt by the committed migrations the
 * archive lists, the rows are loaded, then any newer migrations of this code run on top.
 * Stop `pnpm start` first; start it again afterwards and the site is built from the restored data.
 */
import { existsSync } from 'node:fs'
import { readdir, rm } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'

import { databaseHasTables, dropPublicSchema, loadTables, openArchive, restoreMediaFiles } from './lib/restoreArchive'
import { openDatabase, runningClusterPort } from './lib/database'

const rootDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const dataDir = path.resolve(process.env.FENGCAI_DATA_DIR || path.join(rootDir, '.data'))
const callerDir = process.env.INIT_CWD || process.cwd()

const { values, positionals } = parseArgs({
  args: process.argv.slice(2).filter((arg) => arg !== '--'),
  allowPositionals: true,
  options: { force: { type: 'boolean', default: false } },
})

const fail = (message: string): never => {
  console.error(`恢复失败：${message}`)
  process.exit(1)
}

if (positionals.length !== 1) fail('用法：pnpm restore 备份文件 [--force]')
const file = path.resolve(callerDir, positionals[0]!)
if (!existsSync(file)) fail(`找不到备份文件 ${file}`)

const embedded = !process.env.DATABASE_URL
if (embedded && (await runningClusterPort(path.join(dataDir, 'postgres', 'cluster')))) {
  fail(`数据目录 ${dataDir} 正在被运行中的风采使用，请先停止它（Ctrl-C）再恢复。`)
}
const mediaDir = path.resolve(process.env.MEDIA_DIR || path.join(dataDir, 'media'))

const archive = await openArchive(file).catch((error: Error) => fail(error.message))
const database = await openDatabase(dataDir)
let closePool: () => Promise<unknown> = async () => undefined
const finish = async (code: number): Promise<never> => {
  await archive.dispose()
  // Payload's pool, closed before the database stops under it (bounded: pool.end() can hang).
  await Promise.race([closePool().catch(() => undefined), new Promise((resolve) => setTimeout(resolve, 2_000).unref())])
  await database.stop()
  process.exit(code)
}

try {
  const { manifest } = archive
  console.log(
    `备份时间 ${manifest.snapshotAt}，${manifest.tables.length} 张表，媒体 ${manifest.media.mode === 'local' ? `${manifest.media.files.length} 个文件` : `在存储桶 ${manifest.media.bucket}`}`,
  )

  // The code must know every migration the archive's database had.
  const { migrations } = await import('../src/migrations')
  const known = new Set(migrations.map((migration) => migration.name))
  const unknown = manifest.migrations.filter((name) => !known.has(name))
  if (unknown.length) throw new Error(`备份来自更新版本的风采（有本程序不认识的数据库迁移：${unknown.join('、')}），请先升级代码再恢复。`)

  const mediaHasFiles = manifest.media.mode === 'local' && existsSync(mediaDir) && (await readdir(mediaDir)).length > 0
  if (await databaseHasTables(database.url)) {
    if (!values.force) throw new Error('目标数据库不是空的。如确定要用备份覆盖其中的全部数据，请加 --force。')
    await dropPublicSchema(database.url)
    console.log('已清空目标数据库（--force）')
  }
  if (mediaHasFiles) {
    if (!values.force) throw new Error(`媒体目录 ${mediaDir} 不是空的。如确定要用备份覆盖，请加 --force。`)
    await rm(mediaDir, { recursive: true, force: true })
  }

  // The archive's schema, by its own migrations, through Payload as `pnpm start` migrates.
  process.env.DATABASE_URL = database.url
  process.env.PAYLOAD_SECRET ||= 'restore-script-does-not-sign-tokens'
  process.env.MEDIA_DIR = mediaDir
  process.env.FENGCAI_JOBS = 'off'
  const { getPayload } = await import('payload')
  const { default: config } = await import('../src/payload.config')
  const payload = await getPayload({ config })
  closePool = () => (payload.db as unknown as { pool: { end: () => Promise<void> } }).pool.end()
  type Migrate = NonNullable<Parameters<typeof payload.db.migrate>[0]>['migrations']
  const archived = new Set(manifest.migrations)
  await payload.db.migrate({ migrations: migrations.filter((migration) => archived.has(migration.name)) as unknown as Migrate })
  await loadTables(database.url, archive, (message) => console.log(`  ${message}`))
  const newer = migrations.filter((migration) => !archived.has(migration.name))
  if (newer.length) {
    console.log(`  本程序比备份多 ${newer.length} 个数据库迁移，正在应用…`)
    await payload.db.migrate({ migrations: migrations as unknown as Migrate })
  }
  const copied = await restoreMediaFiles(archive, mediaDir)
  if (manifest.media.mode === 'local') console.log(`  已恢复 ${copied} 个媒体文件到 ${mediaDir}（校验和一致）`)
  else
    console.log(`  媒体在存储桶 ${manifest.media.bucket}：备份记录了 ${manifest.media.objects.length} 个对象，请确认新环境的 S3_* 设置指向同一存储桶或其副本`)
  if (manifest.leftOut?.tables.length) console.log('  备份不含登录会话和有效的重设密码链接：恢复后每位用户用自己的密码重新登录即可')
  console.log(`恢复完成。${embedded ? `运行 pnpm start（数据目录 ${dataDir}）` : '启动 CMS 与网站发布进程'}即可从恢复的数据构建网站。`)
} catch (error) {
  console.error(`恢复失败：${error instanceof Error ? error.message : String(error)}`)
  await finish(1)
}
await finish(0)
