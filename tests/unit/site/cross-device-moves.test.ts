import { existsSync } from 'node:fs'
import fs from 'node:fs'
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { renameAcrossDevices } from '../../../site/src/upstream/astro/cross-device-moves'
import { otherFilesystemDir } from '../../helpers/stack'

describe('renameAcrossDevices', () => {
  let here = ''
  let there = ''
  const rename = renameAcrossDevices(fs.promises.rename)

  beforeAll(async () => {
    here = await mkdtemp(path.join(os.tmpdir(), 'fengcai-move-'))
    there = await otherFilesystemDir()
  })
  afterAll(async () => {
    await rm(here, { recursive: true, force: true })
    await rm(there, { recursive: true, force: true })
  })

  it('should move a file to another file system, where a plain rename fails', async () => {
    await writeFile(path.join(here, 'a.css'), 'body{color:red}')
    await expect(fs.promises.rename(path.join(here, 'a.css'), path.join(there, 'a.css'))).rejects.toMatchObject({ code: 'EXDEV' })
    await rename(new URL(`file://${path.join(here, 'a.css')}`), path.join(there, 'a.css'))
    expect(await readFile(path.join(there, 'a.css'), 'utf8')).toBe('body{color:red}')
    expect(existsSync(path.join(here, 'a.css'))).toBe(false)
  })

  it('should replace a file that is there already, as a rename does', async () => {
    await writeFile(path.join(here, 'b.css'), 'new')
    await writeFile(path.join(there, 'b.css'), 'old')
    await rename(path.join(here, 'b.css'), path.join(there, 'b.css'))
    expect(await readFile(path.join(there, 'b.css'), 'utf8')).toBe('new')
  })

  it('should move a folder with what it holds', async () => {
    await mkdir(path.join(here, 'folder/inner'), { recursive: true })
    await writeFile(path.join(here, 'folder/inner/c.js'), 'export {}')
    await rename(path.join(here, 'folder'), path.join(there, 'folder'))
    expect(await readFile(path.join(there, 'folder/inner/c.js'), 'utf8')).toBe('export {}')
    expect(existsSync(path.join(here, 'folder'))).toBe(false)
  })

  it('should pass on any other failure', async () => {
    await expect(rename(path.join(here, 'missing'), path.join(there, 'missing'))).rejects.toMatchObject({ code: 'ENOENT' })
  })
})
