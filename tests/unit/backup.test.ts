/** The archive side of `pnpm backup` / `pnpm restore` that needs no database: checksums, retention, file modes. */
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { chmod, mkdir, mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { afterEach, describe, expect, it } from 'vitest'

import { packArchive, pruneBackups } from '@fengcai/cms/scripts/lib/backup'
import { openArchive } from '@fengcai/cms/scripts/lib/restoreArchive'

const temps: string[] = []
const tempDir = async (): Promise<string> => {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'fengcai-backup-test-'))
  temps.push(dir)
  return dir
}

afterEach(async () => {
  for (const dir of temps.splice(0)) await rm(dir, { recursive: true, force: true })
})

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex')

/** An archive as `pnpm backup` lays it out, with one table and one media file; `tamper` edits a file after the manifest was written. */
const makeArchive = async (tamper?: { file: string; text: string }, manifestOverrides: Record<string, unknown> = {}): Promise<string> => {
  const staging = await tempDir()
  const rows = '{"id":1,"title":"备份测试"}\n'
  const image = 'not really a jpeg'
  await mkdir(path.join(staging, 'database'))
  await mkdir(path.join(staging, 'media'))
  await writeFile(path.join(staging, 'database', 'stories.jsonl'), rows)
  await writeFile(path.join(staging, 'media', 'a.jpg'), image)
  const manifest = {
    format: 'fengcai-backup',
    version: 1,
    createdAt: '2026-11-23T01:00:00.000Z',
    snapshotAt: '2026-11-23T01:00:00.000Z',
    postgres: '18.0',
    app: { version: '0.0.0' },
    migrations: ['20261122_111137_initial'],
    tables: [{ name: 'stories', file: 'database/stories.jsonl', rows: 1, sha256: sha256(rows) }],
    media: { mode: 'local', files: [{ path: 'a.jpg', size: image.length, sha256: sha256(image) }] },
    ...manifestOverrides,
  }
  await writeFile(path.join(staging, 'manifest.json'), JSON.stringify(manifest))
  if (tamper) await writeFile(path.join(staging, tamper.file), tamper.text)
  const file = path.join(await tempDir(), 'archive.tar.gz')
  execFileSync('tar', ['-czf', file, '-C', staging, 'manifest.json', 'database', 'media'])
  return file
}

describe('backup archives', () => {
  it('should open an intact archive with its manifest', async () => {
    const archive = await openArchive(await makeArchive())
    try {
      expect(archive.manifest.tables.map((table) => table.name)).toEqual(['stories'])
    } finally {
      await archive.dispose()
    }
  })

  it('should refuse an archive whose rows or media do not match their checksums', async () => {
    await expect(openArchive(await makeArchive({ file: 'database/stories.jsonl', text: '{"id":2}\n' }))).rejects.toThrow(
      '备份已损坏：database/stories.jsonl 的校验和不符。',
    )
    await expect(openArchive(await makeArchive({ file: 'media/a.jpg', text: 'changed' }))).rejects.toThrow('备份已损坏：媒体文件 a.jpg 的校验和不符。')
  })

  it('should refuse what is not a Fengcai backup, or a format it does not know', async () => {
    await expect(openArchive(await makeArchive(undefined, { format: 'something-else' }))).rejects.toThrow('这不是风采的备份文件')
    await expect(openArchive(await makeArchive(undefined, { version: 2 }))).rejects.toThrow('备份格式版本 2 无法识别')
  })

  it('should keep the newest N archives of its own naming and nothing else', async () => {
    const dir = await tempDir()
    const names = [
      'fengcai-20261120-020000.tar.gz',
      'fengcai-20261121-020000.tar.gz',
      'fengcai-20261122-020000.tar.gz',
      'fengcai-20261123-020000.tar.gz',
      'notes.txt',
      'fengcai-manual.tar.gz',
    ]
    for (const name of names) await writeFile(path.join(dir, name), 'x')
    expect(await pruneBackups(dir, 2)).toEqual(['fengcai-20261120-020000.tar.gz', 'fengcai-20261121-020000.tar.gz'])
    expect((await readdir(dir)).sort()).toEqual(['fengcai-20261122-020000.tar.gz', 'fengcai-20261123-020000.tar.gz', 'fengcai-manual.tar.gz', 'notes.txt'])
  })
})

describe('backup file modes', () => {
  const modeOf = async (file: string): Promise<number> => (await stat(file)).mode & 0o777

  /** A staging folder as createBackup leaves it, ready to pack. */
  const staging = async (): Promise<string> => {
    const dir = await tempDir()
    await writeFile(path.join(dir, 'manifest.json'), '{}')
    return dir
  }

  it('should write the archive for its owner only, in a folder it creates for its owner only', async () => {
    const out = path.join(await tempDir(), 'backups', 'nightly', 'fengcai-20261123-020000.tar.gz')
    await packArchive(await staging(), ['manifest.json'], out)
    expect((await modeOf(out)).toString(8)).toBe('600')
    expect((await modeOf(path.dirname(out))).toString(8)).toBe('700')
    expect((await readdir(path.dirname(out))).length).toBe(1)
  })

  it('should tighten an existing default folder, and leave a folder the operator named as it is', async () => {
    const defaultFolder = path.join(await tempDir(), 'backups')
    await mkdir(defaultFolder)
    await chmod(defaultFolder, 0o755)
    await packArchive(await staging(), ['manifest.json'], path.join(defaultFolder, 'a.tar.gz'), { tightenFolder: true })
    expect((await modeOf(defaultFolder)).toString(8)).toBe('700')
    expect((await modeOf(path.join(defaultFolder, 'a.tar.gz'))).toString(8)).toBe('600')

    const named = await tempDir()
    await chmod(named, 0o750)
    await packArchive(await staging(), ['manifest.json'], path.join(named, 'b.tar.gz'))
    expect((await modeOf(named)).toString(8)).toBe('750')
    expect((await modeOf(path.join(named, 'b.tar.gz'))).toString(8)).toBe('600')
  })
})
