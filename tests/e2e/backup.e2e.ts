/**
 * The backup drill: `pnpm backup` while readers keep submitting comments, `pnpm restore` into a
 * fresh data folder, `pnpm start` on it, and the restored installation is the same one — the site
 * built from it byte for byte, every comment answered 201 before the backup began with its
 * receipt, media files checksum-equal.
 */
import { createHash } from 'node:crypto'
import { readFile, rm } from 'node:fs/promises'
import path from 'node:path'

import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { filesBelow } from '@fengcai/cms/scripts/lib/backup'
import { freePort } from '@fengcai/cms/scripts/lib/net'

import { solvedAltchaFrom } from '../helpers/altcha'
import { submission } from '../helpers/comments'
import { clearOfShanghaiMidnight } from '../helpers/shanghaiDay'
import { makeDataDir, runPnpm, siteCaughtUp, startStack } from '../helpers/stack'
import type { Stack } from '../helpers/stack'

const pnpm = runPnpm

const sha256 = async (file: string): Promise<string> =>
  createHash('sha256')
    .update(await readFile(file))
    .digest('hex')

const currentSiteDir = async (dataDir: string): Promise<string> =>
  path.join(dataDir, 'site', (await readFile(path.join(dataDir, 'site', 'current'), 'utf8')).trim())

describe('backup and restore', () => {
  let original: Stack
  let restored: Stack | undefined
  const cleanup: string[] = []

  /** From the original's start to the restored build: the two sites are compared byte for byte (well under this, ~4 min in CI). */
  const DRILL_MS = 8 * 60_000

  beforeAll(async () => {
    // A clean-clone run crossed midnight in Shanghai between the two builds: the home page, the
    // notice list and the open notice said 还剩 one day fewer in the restored site.
    await clearOfShanghaiMidnight(DRILL_MS)
    original = await startStack({ env: { ALTCHA_MAX_COUNTER: '200', TRUST_PROXY: '1' } })
  }, DRILL_MS + 300_000)

  afterAll(async () => {
    await restored?.stop()
    await original?.stop()
    for (const dir of cleanup) await rm(dir, { recursive: true, force: true })
  })

  it('should restore a backup taken under concurrent comments to the same site, comments and media', async () => {
    const notices = (await (await fetch(`${original.cmsUrl}/api/notices?limit=50&depth=0`)).json()) as {
      docs: { id: number; opensAt: string; closesAt: string }[]
    }
    const open = notices.docs.find((notice) => Date.parse(notice.opensAt) < Date.now() && Date.parse(notice.closesAt) > Date.now())
    expect(open, 'the demo content has an open notice').toBeDefined()

    // Readers keep commenting before, during and after the backup.
    const answered: { receipt: string; at: number }[] = []
    let submitting = true
    let reader = 0
    const submitLoop = (async () => {
      while (submitting) {
        reader += 1
        const body = submission(String(open?.id), await solvedAltchaFrom(original.cmsUrl), {
          content: `备份演练期间提交的第 ${reader} 条留言，内容足够长。`,
          name: '演练读者',
        })
        const response = await fetch(`${original.cmsUrl}/api/notice-comments/submit`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-forwarded-for': `198.51.100.${reader % 250}` },
          body: JSON.stringify(body),
        })
        const at = Date.now()
        if (response.status === 201) answered.push({ receipt: ((await response.json()) as { receipt: string }).receipt, at })
      }
    })()
    while (answered.length < 5) await new Promise((resolve) => setTimeout(resolve, 50))

    const backupDir = await makeDataDir()
    cleanup.push(backupDir)
    const archive = path.join(backupDir, 'drill.tar.gz')
    const backupBegan = Date.now()
    const backup = await pnpm(['backup', '--out', archive], { FENGCAI_DATA_DIR: original.dataDir })
    // A few more after the backup, then stop.
    const after = answered.length
    while (answered.length < after + 3) await new Promise((resolve) => setTimeout(resolve, 50))
    submitting = false
    await submitLoop
    expect(backup.code, backup.output).toBe(0)
    expect(backup.output).toMatch(/已写入备份/)

    // The original's site as it stands (pending comments change no page), and its media.
    await siteCaughtUp(original, Date.now())
    const originalSite = await currentSiteDir(original.dataDir)
    const ports = { cms: Number(new URL(original.cmsUrl).port), site: Number(new URL(original.siteUrl).port) }
    await original.stop()

    // Into a fresh data folder on (as it were) another machine.
    const target = await makeDataDir()
    cleanup.push(target)
    const pgPort = String(await freePort())
    const restore = await pnpm(['restore', archive], { FENGCAI_DATA_DIR: target, EMBEDDED_PG_PORT: pgPort })
    expect(restore.code, restore.output).toBe(0)
    expect(restore.output).toMatch(/恢复完成/)
    // A second restore into the now non-empty installation is refused without --force.
    const again = await pnpm(['restore', archive], { FENGCAI_DATA_DIR: target, EMBEDDED_PG_PORT: pgPort })
    expect(again.code).toBe(1)
    expect(again.output).toMatch(/目标数据库不是空的。.*--force/)

    // The review chain came back with the rest of 站点设置.
    restored = await startStack({ dataDir: target, ports, reviewChain: 'kept' })
    const restoredSite = await currentSiteDir(target)
    const [before, now] = [await filesBelow(originalSite), await filesBelow(restoredSite)]
    expect(now).toEqual(before)
    const differing: string[] = []
    for (const file of before) {
      if (!(await readFile(path.join(originalSite, file))).equals(await readFile(path.join(restoredSite, file)))) differing.push(file)
    }
    expect(differing).toEqual([])

    // Every comment answered before the backup began is there, under its receipt.
    const client = new pg.Client({ connectionString: await restored.databaseUrl() })
    await client.connect()
    try {
      const receipts = new Set((await client.query<{ receipt: string }>('SELECT receipt FROM notice_comments')).rows.map((row) => row.receipt))
      const mustHave = answered.filter((entry) => entry.at < backupBegan)
      expect(mustHave.length).toBeGreaterThanOrEqual(5)
      expect(mustHave.filter((entry) => !receipts.has(entry.receipt))).toEqual([])
      // And the restored database goes on numbering after the restored rows.
      const next = await client.query<{ ok: boolean }>(
        `SELECT nextval(pg_get_serial_sequence('notice_comments', 'id')) > (SELECT max(id) FROM notice_comments) AS ok`,
      )
      expect(next.rows[0]?.ok).toBe(true)
    } finally {
      await client.end()
    }

    // Media files: the same names, checksum-equal.
    const [originalMedia, restoredMedia] = [path.join(original.dataDir, 'media'), path.join(target, 'media')]
    const mediaFiles = await filesBelow(originalMedia)
    expect(mediaFiles.length).toBeGreaterThan(0)
    expect(await filesBelow(restoredMedia)).toEqual(mediaFiles)
    for (const file of mediaFiles) expect(await sha256(path.join(restoredMedia, file)), file).toBe(await sha256(path.join(originalMedia, file)))
    // A backup under load, two restores and a second stack's start with its cold build: 43 s beside an
    // integration file, over 120 s beside another stack file (the suite's tail runs two side by side).
  }, 300_000)
})
