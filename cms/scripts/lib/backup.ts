/**
 * Backup and restore of a Fengcai installation: the database as a logical export taken inside
 * one REPEATABLE READ snapshot, the media files (or, on S3, a manifest of the bucket's objects),
 * and a manifest with versions, row counts and checksums — one .tar.gz.
 *
 * Why a logical export and not pg_dump: the embedded PostgreSQL ships only initdb, pg_ctl and
 * postgres, and Debian's pg_dump (15) refuses a newer server. The schema is not exported: it is
 * recreated on restore by the committed migrations the archive lists, so only rows travel (as
 * JSON lines from row_to_json, loaded back with json_populate_recordset: every type round-trips
 * through its own text form). One snapshot makes the export consistent while the CMS keeps
 * writing: a row committed before the snapshot is in it, a later one is not.
 *
 * An archive lets no one act as anyone (backupSecrets.ts): sessions and live password-reset
 * tokens stay behind, and the file is its owner's alone (0600, in a 0700 folder).
 */
import { createHash, randomUUID } from 'node:crypto'
import { createReadStream, createWriteStream, existsSync } from 'node:fs'
import { chmod, copyFile, mkdir, mkdtemp, readdir, rename, rm, stat, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { finished } from 'node:stream/promises'

import pg from 'pg'
import * as tar from 'tar'

import { exportQuery, leaveOutSecrets, scrubTokens } from './backupSecrets'
import type { LeftOut } from './backupSecrets'

export const BACKUP_FORMAT = 'fengcai-backup'
export const BACKUP_VERSION = 1
/** Archives `pnpm backup` names by itself (and `--keep` prunes): fengcai-20261123-093000.tar.gz. */
export const ARCHIVE_NAME = /^fengcai-\d{8}-\d{6}\.tar\.gz$/

/** The archive: its owner's alone, in a folder no one else can list. */
export const ARCHIVE_MODE = 0o600
export const FOLDER_MODE = 0o700

export type TableEntry = { name: string; file: string; rows: number; sha256: string }
export type MediaFile = { path: string; size: number; sha256: string }
export type MediaObject = { key: string; size: number; etag: string; lastModified: string | null }

export type Manifest = {
  format: typeof BACKUP_FORMAT
  version: typeof BACKUP_VERSION
  createdAt: string
  /** The database's clock at the snapshot: everything committed before it is in the archive. */
  snapshotAt: string
  postgres: string
  app: { version: string }
  /** Applied migrations, oldest first: restore recreates exactly this schema before loading rows. */
  migrations: string[]
  tables: TableEntry[]
  media: { mode: 'local'; files: MediaFile[] } | { mode: 's3'; bucket: string; objects: MediaObject[] }
  /** What was left out so that the archive lets no one act as anyone (absent in older archives). */
  leftOut?: LeftOut
}

/**
 * Creates the archive's folder for its owner only (0700); an existing folder is tightened only
 * when asked (the default backups folder: a folder the operator named is theirs to set).
 */
export const preparePrivateFolder = async (dir: string, { tighten }: { tighten: boolean }): Promise<void> => {
  if (!existsSync(dir)) {
    await mkdir(dir, { recursive: true, mode: FOLDER_MODE })
    await chmod(dir, FOLDER_MODE)
  } else if (tighten) {
    await chmod(dir, FOLDER_MODE)
  }
}

/**
 * Packs the staging folder's entries into `out`, readable by its owner only from the first
 * byte, through a temporary name so a half-written archive never has the final one.
 */
export const packArchive = async (staging: string, entries: string[], out: string, { tightenFolder = false } = {}): Promise<void> => {
  await preparePrivateFolder(path.dirname(out), { tighten: tightenFolder })
  const partial = `${out}.partial-${process.pid}-${randomUUID()}`
  await rm(partial, { force: true })
  await tar.c({ gzip: true, file: partial, cwd: staging, portable: true, mode: ARCHIVE_MODE }, entries)
  // The umask can only narrow the mode; this makes sure it is exactly owner read and write.
  await chmod(partial, ARCHIVE_MODE)
  await rename(partial, out)
}

export const quoteIdent = (name: string): string => `"${name.replaceAll('"', '""')}"`

export const sha256File = async (file: string): Promise<string> => {
  const hash = createHash('sha256')
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer)
  return hash.digest('hex')
}

/** Files below a folder, as paths relative to it with forward slashes, sorted. */
export const filesBelow = async (root: string): Promise<string[]> => {
  if (!existsSync(root)) return []
  const found: string[] = []
  const visit = async (dir: string): Promise<void> => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name)
      if (entry.isDirectory()) await visit(full)
      else if (entry.isFile()) found.push(path.relative(root, full).split(path.sep).join('/'))
    }
  }
  await visit(root)
  return found.sort()
}

export type BackupOptions = {
  databaseUrl: string
  /** Local media folder; ignored when `s3` lists the bucket instead. */
  mediaDir: string
  out: string
  appVersion: string
  /** Lists the bucket's objects when media are on S3. */
  s3?: { bucket: string; list: () => Promise<MediaObject[]> }
  log?: (message: string) => void
  /** Tighten the archive's folder to 0700 if it exists (the default backups folder). */
  tightenFolder?: boolean
}

/** Writes the archive to `out` (through a temporary name, so a half-written archive never has the final name). */
export const createBackup = async (options: BackupOptions): Promise<Manifest> => {
  const log = options.log ?? (() => undefined)
  const staging = await mkdtemp(path.join(os.tmpdir(), 'fengcai-backup-'))
  const client = new pg.Client({ connectionString: options.databaseUrl })
  client.on('error', () => undefined)
  await client.connect()
  try {
    // The snapshot is taken by the first query; everything below reads that one moment.
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY')
    const head = await client.query<{ now: Date; version: string }>('SELECT now() AS now, current_setting($1) AS version', ['server_version'])
    const snapshotAt = head.rows[0]!.now.toISOString()
    const migrations = (await client.query<{ name: string }>('SELECT name FROM payload_migrations WHERE batch > 0 ORDER BY name')).rows.map((row) => row.name)
    const tableNames = (await client.query<{ tablename: string }>(`SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`)).rows.map(
      (row) => row.tablename,
    )

    await mkdir(path.join(staging, 'database'))
    const plan = await leaveOutSecrets(client, tableNames)
    const tables: TableEntry[] = []
    for (const name of tableNames.filter((table) => !plan.leftOut.tables.includes(table))) {
      const file = `database/${name}.jsonl`
      const output = createWriteStream(path.join(staging, file))
      const hash = createHash('sha256')
      let rows = 0
      // A cursor: a large table is read a batch at a time, never whole into memory.
      await client.query(`DECLARE rows_cursor NO SCROLL CURSOR FOR ${exportQuery(name, plan)}`)
      for (;;) {
        const batch = await client.query<{ line: string }>('FETCH 2000 FROM rows_cursor')
        if (batch.rows.length === 0) break
        const text = `${batch.rows.map((row) => scrubTokens(row.line, plan.tokens)).join('\n')}\n`
        hash.update(text)
        rows += batch.rows.length
        if (!output.write(text)) await new Promise<void>((resolve) => output.once('drain', () => resolve()))
      }
      await client.query('CLOSE rows_cursor')
      output.end()
      await finished(output)
      tables.push({ name, file, rows, sha256: hash.digest('hex') })
    }
    log(`数据库：${tables.length} 张表，共 ${tables.reduce((sum, table) => sum + table.rows, 0)} 行（快照时间 ${snapshotAt}）`)
    log(
      `未备份可冒用身份的数据：${plan.leftOut.tables.join('、') || '无'} 的行，${plan.leftOut.columns.join('、') || '无'} 列的值` +
        (plan.leftOut.jobs ? `，${plan.leftOut.jobs} 封待发送的重设密码邮件` : ''),
    )

    let media: Manifest['media']
    if (options.s3) {
      const objects = await options.s3.list()
      media = { mode: 's3', bucket: options.s3.bucket, objects }
      log(`媒体文件在对象存储 ${options.s3.bucket}：已记录 ${objects.length} 个对象的清单（文件本身请用存储桶的版本控制或复制功能备份）`)
    } else {
      // Copied while the snapshot is held, then checked against the media rows of that snapshot.
      const files: MediaFile[] = []
      for (const relative of await filesBelow(options.mediaDir)) {
        const target = path.join(staging, 'media', relative)
        await mkdir(path.dirname(target), { recursive: true })
        try {
          await copyFile(path.join(options.mediaDir, relative), target)
        } catch (error) {
          // Deleted between listing and copying: not part of this backup.
          if ((error as NodeJS.ErrnoException).code === 'ENOENT') continue
          throw error
        }
        files.push({ path: relative, size: (await stat(target)).size, sha256: await sha256File(target) })
      }
      media = { mode: 'local', files }
      const referenced = await client
        .query<{ filename: string }>('SELECT filename FROM media WHERE filename IS NOT NULL')
        .catch(() => ({ rows: [] as { filename: string }[] }))
      const present = new Set(files.map((file) => path.posix.basename(file.path)))
      const missing = referenced.rows.map((row) => row.filename).filter((name) => !present.has(name))
      if (missing.length)
        log(`注意：数据库引用的 ${missing.length} 个媒体文件不在媒体目录中：${missing.slice(0, 5).join('、')}${missing.length > 5 ? ' 等' : ''}`)
      log(`媒体文件：${files.length} 个，共 ${(files.reduce((sum, file) => sum + file.size, 0) / 1048576).toFixed(1)} MB`)
    }
    await client.query('COMMIT')

    const manifest: Manifest = {
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      createdAt: new Date().toISOString(),
      snapshotAt,
      postgres: head.rows[0]!.version,
      app: { version: options.appVersion },
      migrations,
      tables,
      media,
      leftOut: plan.leftOut,
    }
    await writeFile(path.join(staging, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`)

    const entries = ['manifest.json', 'database', ...(existsSync(path.join(staging, 'media')) ? ['media'] : [])]
    await packArchive(staging, entries, options.out, { tightenFolder: options.tightenFolder })
    return manifest
  } finally {
    await client.end().catch(() => undefined)
    await rm(staging, { recursive: true, force: true })
  }
}

/** Deletes all but the newest `keep` archives named by `pnpm backup` in the folder; returns the deleted. */
export const pruneBackups = async (dir: string, keep: number): Promise<string[]> => {
  const archives = (await readdir(dir)).filter((name) => ARCHIVE_NAME.test(name)).sort()
  const doomed = archives.slice(0, Math.max(0, archives.length - keep))
  for (const name of doomed) await rm(path.join(dir, name), { force: true })
  return doomed
}
