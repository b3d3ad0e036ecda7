import { mkdtemp, mkdir, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import { Generations, wantsGeneration } from '../../../site/src/worker/generations'
import { writePage } from '../../../site/src/worker/pages-on-disk'

let builds = ''
const served = () => path.join(builds, 'build-1')
beforeEach(async () => {
  builds = await mkdtemp(path.join(os.tmpdir(), 'fengcai-generations-'))
  await mkdir(path.join(served(), 'stories', 'a'), { recursive: true })
  await writeFile(path.join(served(), 'index.html'), '旧名')
  await writeFile(path.join(served(), 'stories', 'a', 'index.html'), '旧名')
  await writeFile(path.join(builds, 'current'), 'build-1\n')
})
afterEach(async () => {
  await rm(builds, { recursive: true, force: true })
})

describe('wantsGeneration', () => {
  it('should publish a tenth of the pages or more into a new generation, and fewer in place', () => {
    expect(wantsGeneration(1_000, 10_000)).toBe(true)
    expect(wantsGeneration(999, 10_000)).toBe(false)
    expect(wantsGeneration(0, 0)).toBe(false)
  })
})

describe('Generations', () => {
  it('should make the next generation of hard links, leave the served files untouched while it is written, and switch at once', async () => {
    const generations = new Generations(builds, () => undefined)
    const next = await generations.next(served())
    const [before, linked] = [await stat(path.join(served(), 'stories', 'a', 'index.html')), await stat(path.join(next, 'stories', 'a', 'index.html'))]
    expect(linked.ino).toBe(before.ino)
    writePage(next, 'stories/a/index.html', Buffer.from('新名'))
    writePage(next, 'index.html', Buffer.from('新名'))
    expect(await readFile(path.join(served(), 'stories', 'a', 'index.html'), 'utf8')).toBe('旧名')
    expect(await readFile(path.join(builds, 'current'), 'utf8')).toBe('build-1\n')

    await generations.switchTo(next, served())
    expect(await readFile(path.join(builds, 'current'), 'utf8')).toBe(`${path.basename(next)}\n`)
    expect(await readFile(path.join(next, 'index.html'), 'utf8')).toBe('新名')
  })

  it('should keep the generation just left for readers still on it, and remove the ones before', async () => {
    const generations = new Generations(builds, () => undefined)
    const second = await generations.next(served())
    await generations.switchTo(second, served())
    const third = await generations.next(second)
    await generations.switchTo(third, second)
    await generations.settle()
    expect((await readdir(builds)).filter((entry) => entry.startsWith('build-')).sort()).toEqual([path.basename(second), path.basename(third)].sort())
  })
})
