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
// Each with its linker thread, ended after the test.
const made: Generations[] = []
const generationsOf = (dir: string): Generations => {
  const generations = new Generations(dir, () => undefined)
  made.push(generations)
  return generations
}
afterEach(async () => {
  await Promise.all(made.splice(0).map((generations) => generations.settle()))
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
    const generations = generationsOf(builds)
    const next = await generations.next(served())
    await generations.keep(served(), next, [], new Set())
    const [before, linked] = [await stat(path.join(served(), 'stories', 'a', 'index.html')), await stat(path.join(next, 'stories', 'a', 'index.html'))]
    expect(linked.ino).toBe(before.ino)
    const dirs = { from: served(), to: next }
    writePage(dirs, 'stories/a/index.html', Buffer.from('新名'))
    writePage(dirs, 'index.html', Buffer.from('新名'))
    expect(await readFile(path.join(served(), 'stories', 'a', 'index.html'), 'utf8')).toBe('旧名')
    expect(await readFile(path.join(builds, 'current'), 'utf8')).toBe('build-1\n')

    await generations.switchTo(next, served())
    expect(await readFile(path.join(builds, 'current'), 'utf8')).toBe(`${path.basename(next)}\n`)
    expect(await readFile(path.join(next, 'index.html'), 'utf8')).toBe('新名')
  })

  it('should link only what the publish does not rewrite, while it writes, and keep by link the rewritten files that came out unchanged or failed', async () => {
    for (const name of ['b', 'c', 'd']) {
      await mkdir(path.join(served(), 'stories', name), { recursive: true })
      await writeFile(path.join(served(), 'stories', name, 'index.html'), `旧名 ${name}`)
    }
    await writeFile(path.join(served(), 'stories', 'd', 'photo.txt'), '图')
    await mkdir(path.join(served(), 'pagefind'))
    await writeFile(path.join(served(), 'pagefind', 'pagefind.js'), '// 索引')
    const rewritten = new Set(['index.html', ...['a', 'b', 'c', 'd', 'new', 'failed-new'].map((name) => `stories/${name}/index.html`)])
    const generations = generationsOf(builds)
    const next = await generations.next(served(), rewritten)

    // Written while the links are made: read from the served site, written into the new one.
    const dirs = { from: served(), to: next }
    const written = new Set<string>()
    for (const [file, body] of [
      ['stories/a/index.html', '新名'],
      ['stories/b/index.html', '旧名 b'],
      ['stories/d/index.html', '新名 d'],
      ['stories/new/index.html', '新稿'],
    ] as const)
      if (writePage(dirs, file, Buffer.from(body))) written.add(file)
    expect([...written].sort()).toEqual(['stories/a/index.html', 'stories/d/index.html', 'stories/new/index.html'])
    // index.html unchanged too, stories/c failed: both kept as served; a new page that failed has nothing to keep.
    await generations.keep(served(), next, rewritten, written)

    const files = (await readdir(next, { recursive: true })).map(String).sort()
    expect(files).toEqual(
      [
        'index.html',
        'pagefind',
        'pagefind/pagefind.js',
        'stories',
        ...['a', 'b', 'c', 'd', 'new'].flatMap((name) => [`stories/${name}`, `stories/${name}/index.html`]),
        'stories/d/photo.txt',
      ].sort(),
    )
    const sameFile = async (file: string) => (await stat(path.join(next, file))).ino === (await stat(path.join(served(), file))).ino
    for (const file of ['index.html', 'stories/b/index.html', 'stories/c/index.html', 'stories/d/photo.txt', 'pagefind/pagefind.js'])
      expect(await sameFile(file), file).toBe(true)
    for (const file of ['stories/a/index.html', 'stories/d/index.html']) expect(await sameFile(file), file).toBe(false)
    expect(await readFile(path.join(next, 'stories', 'd', 'index.html'), 'utf8')).toBe('新名 d')
    expect(await readFile(path.join(served(), 'stories', 'd', 'index.html'), 'utf8')).toBe('旧名 d')
    expect(await readFile(path.join(next, 'stories', 'new', 'index.html'), 'utf8')).toBe('新稿')
    expect(await readdir(builds)).not.toContain('.writing')
  })

  it('should fail the publish when the served site cannot be linked', async () => {
    const generations = generationsOf(builds)
    const next = await generations.next(path.join(builds, 'build-0'))
    await expect(generations.keep(served(), next, [], new Set())).rejects.toThrow(/链接线程出错/)
  })

  it('should keep the generation just left for readers still on it, and remove the ones before', async () => {
    const generations = generationsOf(builds)
    const second = await generations.next(served())
    await generations.switchTo(second, served())
    const third = await generations.next(second)
    await generations.switchTo(third, second)
    await generations.settle()
    expect((await readdir(builds)).filter((entry) => entry.startsWith('build-')).sort()).toEqual([path.basename(second), path.basename(third)].sort())
  })
})
