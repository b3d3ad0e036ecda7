/**
 * What `pnpm backup` keeps of the accounts: password hashes (restored users log in with their
 * passwords), but no session, no live password-reset token (nor the queued reset mail that quotes
 * one), in an archive only its owner can read. Backup and restore themselves:
 * tests/int/cms/Backup.int.test.ts and tests/e2e/backup.e2e.ts.
 */
import { execFileSync } from 'node:child_process'
import { chmod, mkdir, mkdtemp, readFile, readdir, rm, stat } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { ARCHIVE_NAME, filesBelow } from '@fengcai/cms/scripts/lib/backup'
import { MAIL_QUEUE } from '@/jobs/staffMail'

import { bootPayload } from '../../helpers/payload'
import type { TestPayload } from '../../helpers/payload'
import { queryDatabase } from '../../helpers/sql'
import { runCmsScript, runPnpm } from '../../helpers/stack'

describe('backups and accounts', () => {
  let ctx: TestPayload
  let dir: string

  beforeAll(async () => {
    ctx = await bootPayload()
    dir = await mkdtemp(path.join(os.tmpdir(), 'fengcai-users-backup-'))
  })

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true })
  })

  const modeOf = async (file: string): Promise<string> => ((await stat(file)).mode & 0o777).toString(8)

  it('should write an archive only its owner can read, holding no session or reset token, from which users log in again with their passwords', async () => {
    const editor = await ctx.createUser(['editor'])
    const session = await ctx.payload.login({ collection: 'users', data: { email: editor.email, password: editor.password } })
    const [sid] = (await queryDatabase<{ id: string }>(ctx.databaseUrl, 'SELECT id FROM users_sessions WHERE _parent_id = $1', [editor.id])).map(
      (row) => row.id,
    )
    expect(sid).toBeTruthy()
    const resetToken = String(await ctx.payload.forgotPassword({ collection: 'users', data: { email: editor.email }, disableEmail: true }))
    // The reset mail waiting for the mail server to come back, as a failed send leaves it (src/lib/mail.ts).
    await ctx.payload.jobs.queue({
      task: 'sendMail',
      queue: MAIL_QUEUE,
      input: { message: { to: editor.email, subject: '重设密码', html: `<a href="http://cms.test/admin/reset/${resetToken}">重设密码</a>` } },
      waitUntil: new Date(Date.now() + 3600_000),
    } as never)
    const [hash] = (await queryDatabase<{ hash: string }>(ctx.databaseUrl, 'SELECT hash FROM users WHERE id = $1', [editor.id])).map((row) => row.hash)

    // The default folder, as an older version left it: readable by everyone on the machine.
    const backups = path.join(dir, 'backups')
    await mkdir(backups)
    await chmod(backups, 0o755)
    const env = { DATABASE_URL: ctx.databaseUrl, MEDIA_DIR: ctx.mediaDir, FENGCAI_DATA_DIR: dir }
    const backup = await runPnpm(['backup'], env)
    expect(backup.code, backup.output).toBe(0)
    const names = (await readdir(backups)).filter((name) => ARCHIVE_NAME.test(name))
    expect(names).toHaveLength(1)
    const archive = path.join(backups, names[0]!)
    expect(await modeOf(archive)).toBe('600')
    expect(await modeOf(backups)).toBe('700')

    // Every file in the archive, as text.
    const unpacked = path.join(dir, 'unpacked')
    await mkdir(unpacked)
    execFileSync('tar', ['-xzf', archive, '-C', unpacked])
    const text = (await Promise.all((await filesBelow(unpacked)).map((file) => readFile(path.join(unpacked, file), 'utf8')))).join('\n')
    expect(text).not.toContain(resetToken)
    expect(text).not.toContain(sid)
    // What must travel does: the account and its password hash.
    expect(text).toContain(editor.email)
    expect(text).toContain(String(hash))
    const manifest = JSON.parse(await readFile(path.join(unpacked, 'manifest.json'), 'utf8')) as { leftOut?: { tables: string[]; jobs: number } }
    expect(manifest.leftOut?.tables).toContain('users_sessions')
    expect(manifest.leftOut?.jobs).toBe(1)

    // `pnpm restore` as typed is Backup.int.test.ts's; the script itself here.
    const restore = await runCmsScript('restore', [archive, '--force'], { ...env, MEDIA_DIR: path.join(dir, 'restored-media') })
    expect(restore.code, restore.output).toBe(0)
    expect(await queryDatabase(ctx.databaseUrl, 'SELECT 1 FROM users_sessions')).toEqual([])
    // The session from before the backup is gone; the password works.
    expect((await ctx.payload.auth({ headers: new Headers({ authorization: `JWT ${session.token}` }) })).user).toBeNull()
    expect((await ctx.payload.login({ collection: 'users', data: { email: editor.email, password: editor.password } })).user?.id).toBe(editor.id)
    await expect(
      ctx.payload.resetPassword({ collection: 'users', data: { token: resetToken, password: 'from-the-archive-1' }, overrideAccess: true }),
    ).rejects.toMatchObject({ status: 403 })
  }, 180_000)
})
