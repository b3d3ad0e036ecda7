/**
 * `pnpm backup` and `pnpm restore` against DATABASE_URL (a managed database, as it were): every
 * table's rows come back, a non-empty target is refused unless --force, and --force replaces it.
 * The drill with the whole stack and the embedded database is tests/e2e/backup.e2e.ts.
 */
import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { richText } from '../../helpers/lexical'
import { bootPayload, createDatabase } from '../../helpers/payload'
import type { TestPayload } from '../../helpers/payload'
import { queryDatabase } from '../../helpers/sql'
import { runCmsScript, runPnpm } from '../../helpers/stack'

/** Rows per table of the public schema, in one statement (a connection per table cost seconds). */
const counts = async (databaseUrl: string): Promise<Record<string, number>> => {
  const tables = await queryDatabase<{ tablename: string }>(databaseUrl, `SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`)
  const rows = tables.length
    ? await queryDatabase<{ name: string; n: number }>(
        databaseUrl,
        tables
          .map((_, index) => `SELECT $${index + 1}::text AS name, count(*)::int AS n FROM ${pg.escapeIdentifier(tables[index]!.tablename)}`)
          .join(' UNION ALL '),
        tables.map((table) => table.tablename),
      )
    : []
  return Object.fromEntries(rows.map((row) => [row.name, row.n]))
}

describe('backup and restore with DATABASE_URL', () => {
  let ctx: TestPayload
  let dir: string

  beforeAll(async () => {
    ctx = await bootPayload()
    dir = await mkdtemp(path.join(os.tmpdir(), 'fengcai-backup-int-'))
    const editor = await ctx.createUser(['editor', 'reviewer'])
    await ctx.payload.create({
      collection: 'stories',
      data: { title: '备份与恢复：“引号”、换行\n和 emoji 🌱', body: richText('第一段。', '第二段。'), _status: 'published' },
      user: editor,
      overrideAccess: false,
    })
    await ctx.payload.create({ collection: 'stories', data: { title: '只是一篇草稿', body: richText('草稿正文。'), _status: 'draft' }, draft: true })
  })

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true })
  })

  it('should bring every row back into an empty database, and refuse a non-empty one unless --force', async () => {
    const archive = path.join(dir, 'managed.tar.gz')
    const env = { DATABASE_URL: ctx.databaseUrl, MEDIA_DIR: ctx.mediaDir, FENGCAI_DATA_DIR: dir }
    // `pnpm backup` as typed is UsersBackup.int.test.ts's; the script itself here.
    const backup = await runCmsScript('backup', ['--out', archive], env)
    expect(backup.code, backup.output).toBe(0)

    const target = await createDatabase()
    const restoreEnv = { DATABASE_URL: target, MEDIA_DIR: path.join(dir, 'restored-media'), FENGCAI_DATA_DIR: dir }
    const restore = await runPnpm(['restore', archive], restoreEnv)
    expect(restore.code, restore.output).toBe(0)
    const [before, after] = [await counts(ctx.databaseUrl), await counts(target)]
    expect(after).toEqual(before)
    expect(before.stories).toBe(2)
    // Text with quotes, a line break and an emoji comes back as it was.
    const titles = await queryDatabase<{ title: string }>(target, 'SELECT title FROM stories ORDER BY id')
    expect(titles.map((row) => row.title)).toEqual(['备份与恢复：“引号”、换行\n和 emoji 🌱', '只是一篇草稿'])

    // `pnpm restore` ran as typed above; the script itself from here on.
    const refused = await runCmsScript('restore', [archive], restoreEnv)
    expect(refused.code).toBe(1)
    expect(refused.output).toContain('目标数据库不是空的。如确定要用备份覆盖其中的全部数据，请加 --force。')

    await queryDatabase(target, `UPDATE stories SET title = '恢复后被改动的标题'`)
    const forced = await runCmsScript('restore', [archive, '--force'], restoreEnv)
    expect(forced.code, forced.output).toBe(0)
    expect((await queryDatabase<{ title: string }>(target, 'SELECT title FROM stories ORDER BY id')).map((row) => row.title)).toEqual(
      titles.map((row) => row.title),
    )
  }, 180_000)
})
