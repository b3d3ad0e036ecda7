/**
 * The restore side of `pnpm backup` (./backup.ts writes the archives): open an archive and check
 * its checksums, load its tables into an empty database, copy its media back.
 */
import { createReadStream } from 'node:fs'
import { copyFile, mkdir, mkdtemp, readFile, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import readline from 'node:readline'

import pg from 'pg'
import * as tar from 'tar'

import { BACKUP_FORMAT, BACKUP_VERSION, quoteIdent, sha256File } from './backup'
import type { Manifest } from './backup'
export type OpenedArchive = { dir: string; manifest: Manifest; dispose: () => Promise<void> }

/** Unpacks an archive into a temporary folder and checks every checksum in its manifest. */
export const openArchive = async (file: string): Promise<OpenedArchive> => {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'fengcai-restore-'))
  const dispose = () => rm(dir, { recursive: true, force: true })
  try {
    await tar.x({ file, cwd: dir, strict: true })
    const manifest = JSON.parse(await readFile(path.join(dir, 'manifest.json'), 'utf8')) as Manifest
    if (manifest.format !== BACKUP_FORMAT) throw new Error('这不是风采的备份文件（缺少正确的 manifest.json）。')
    if (manifest.version !== BACKUP_VERSION) throw new Error(`备份格式版本 ${manifest.version} 无法识别（本程序支持版本 ${BACKUP_VERSION}）。`)
    for (const table of manifest.tables) {
      if ((await sha256File(path.join(dir, table.file))) !== table.sha256) throw new Error(`备份已损坏：${table.file} 的校验和不符。`)
    }
    if (manifest.media.mode === 'local') {
      for (const media of manifest.media.files) {
        if ((await sha256File(path.join(dir, 'media', media.path))) !== media.sha256) throw new Error(`备份已损坏：媒体文件 ${media.path} 的校验和不符。`)
      }
    }
    return { dir, manifest, dispose }
  } catch (error) {
    await dispose()
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new Error(`备份文件不完整或无法读取：${(error as Error).message}`, { cause: error })
    throw error
  }
}

/** True when the database has any table in its public schema (the target of a restore must not). */
export const databaseHasTables = async (databaseUrl: string): Promise<boolean> => {
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    const found = await client.query(`SELECT 1 FROM pg_tables WHERE schemaname = 'public' LIMIT 1`)
    return (found.rowCount ?? 0) > 0
  } finally {
    await client.end()
  }
}

/** Empties the public schema (restore --force). */
export const dropPublicSchema = async (databaseUrl: string): Promise<void> => {
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    await client.query('DROP SCHEMA public CASCADE')
    await client.query('CREATE SCHEMA public')
  } finally {
    await client.end()
  }
}

const LOAD_BATCH = 500

/**
 * Loads the archive's rows into a database whose schema the archive's migrations just created:
 * in one transaction, tables emptied first (migrations may have written rows), foreign keys and
 * triggers paused while rows arrive in any order (session_replication_role; the rows come from
 * one consistent snapshot), sequences set past the highest id afterwards.
 */
export const loadTables = async (databaseUrl: string, archive: OpenedArchive, log: (message: string) => void = () => undefined): Promise<void> => {
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    await client.query('BEGIN')
    await client.query(`SET LOCAL session_replication_role = replica`)
    const existing = new Set(
      (await client.query<{ tablename: string }>(`SELECT tablename FROM pg_tables WHERE schemaname = 'public'`)).rows.map((row) => row.tablename),
    )
    const absent = archive.manifest.tables.filter((table) => !existing.has(table.name)).map((table) => table.name)
    if (absent.length) throw new Error(`迁移后的数据库缺少备份中的表：${absent.join('、')}`)
    await client.query(`TRUNCATE ${[...existing].map(quoteIdent).join(', ')}`)
    for (const table of archive.manifest.tables) {
      const lines = readline.createInterface({ input: createReadStream(path.join(archive.dir, table.file), 'utf8'), crlfDelay: Infinity })
      let batch: string[] = []
      let loaded = 0
      const flush = async () => {
        if (batch.length === 0) return
        await client.query(`INSERT INTO ${quoteIdent(table.name)} SELECT * FROM json_populate_recordset(NULL::${quoteIdent(table.name)}, $1::json)`, [
          `[${batch.join(',')}]`,
        ])
        loaded += batch.length
        batch = []
      }
      for await (const line of lines) {
        if (!line) continue
        batch.push(line)
        if (batch.length >= LOAD_BATCH) await flush()
      }
      await flush()
      if (loaded !== table.rows) throw new Error(`表 ${table.name} 应有 ${table.rows} 行，实际载入 ${loaded} 行。`)
    }
    // Serial columns continue after the highest restored id.
    const serials = await client.query<{ table_name: string; column_name: string; sequence: string }>(`
      SELECT c.table_name, c.column_name, pg_get_serial_sequence(quote_ident(c.table_schema) || '.' || quote_ident(c.table_name), c.column_name) AS sequence
      FROM information_schema.columns c
      -- Schema-qualified: PostgreSQL may call the function before it filters by schema, and an
      -- unqualified information_schema view name is then "does not exist" (a run failed so).
      WHERE c.table_schema = 'public' AND pg_get_serial_sequence(quote_ident(c.table_schema) || '.' || quote_ident(c.table_name), c.column_name) IS NOT NULL`)
    for (const row of serials.rows) {
      await client.query(`SELECT setval($1, coalesce((SELECT max(${quoteIdent(row.column_name)}) FROM ${quoteIdent(row.table_name)}), 0) + 1, false)`, [
        row.sequence,
      ])
    }
    await client.query('COMMIT')
    log(`已载入 ${archive.manifest.tables.length} 张表，共 ${archive.manifest.tables.reduce((sum, table) => sum + table.rows, 0)} 行`)
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined)
    throw error
  } finally {
    await client.end()
  }
}

/** Copies the archive's media files into the media folder and checks each copy's checksum. */
export const restoreMediaFiles = async (archive: OpenedArchive, mediaDir: string): Promise<number> => {
  if (archive.manifest.media.mode !== 'local') return 0
  for (const media of archive.manifest.media.files) {
    const target = path.join(mediaDir, media.path)
    await mkdir(path.dirname(target), { recursive: true })
    await copyFile(path.join(archive.dir, 'media', media.path), target)
    if ((await sha256File(target)) !== media.sha256) throw new Error(`媒体文件 ${media.path} 复制后校验和不符。`)
  }
  return archive.manifest.media.files.length
}
