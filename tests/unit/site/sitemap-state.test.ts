import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { afterAll, describe, expect, it } from 'vitest'

import { sitemapFiles } from '../../../site/src/integrations/sitemap'
import { SitemapState } from '../../../site/src/worker/sitemap-state'

const SITE = 'https://fengcai.example.cn/'
// Files of 1,000 addresses instead of 45,000: the same code, at a size a unit test makes quickly.
const LIMIT = 1_000
const fullBuild = (pages: Iterable<string>) => sitemapFiles(SITE, pages, LIMIT)
const dirs: string[] = []
afterAll(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true })
})

/** The sitemap files in `dir`, by name. */
const onDisk = async (dir: string): Promise<Map<string, string>> => {
  const files = (await readdir(dir)).filter((file) => file.startsWith('sitemap-')).sort()
  return new Map(await Promise.all(files.map(async (file) => [file, await readFile(path.join(dir, file), 'utf8')] as const)))
}

describe('the sitemap kept between publishes', () => {
  it('should write byte for byte what the full build writes, and only the files whose text changed', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'fengcai-sitemap-'))
    dirs.push(dir)
    // Two full files and a third: a change near the end leaves the first two as they are.
    const pages = new Set(['', '404', 'stories/', ...Array.from({ length: 2 * LIMIT + 500 }, (_, n) => `stories/s${String(n).padStart(6, '0')}/`)])
    // As a full build left it.
    for (const [file, text] of fullBuild(pages)) await writeFile(path.join(dir, file), text)
    const state = new SitemapState(SITE, LIMIT)
    state.seed(pages)
    expect(await state.write(dir)).toEqual({ changed: [], deleted: [] })

    const publish = async (added: string[], removed: string[]) => {
      for (const name of removed) pages.delete(name)
      for (const name of added) pages.add(name)
      state.change(added, removed)
      const written = await state.write(dir)
      expect(await onDisk(dir)).toEqual(new Map([...fullBuild(pages)].sort()))
      return written
    }
    // A story at the end, renamed, re-keyed (removed and added under the same name), gone.
    expect(await publish(['stories/zz/'], [])).toEqual({ changed: ['sitemap-2.xml'], deleted: [] })
    expect(await publish(['stories/zz/'], ['stories/zz/'])).toEqual({ changed: [], deleted: [] })
    // What the state wrote is not read again: a file changed behind its back stays as it is.
    await writeFile(path.join(dir, 'sitemap-0.xml'), 'changed behind its back')
    expect(await state.write(dir)).toEqual({ changed: [], deleted: [] })
    await writeFile(path.join(dir, 'sitemap-0.xml'), fullBuild(pages).get('sitemap-0.xml') as string)
    // A story at the front shifts every file; a status page is never listed.
    expect((await publish(['stories/a/', '500'], ['stories/zz/'])).changed).toEqual(['sitemap-0.xml', 'sitemap-1.xml', 'sitemap-2.xml'])
    // Fewer pages: the third file goes, the index follows.
    const many = [...pages].filter((name) => name.startsWith('stories/s')).slice(0, 600)
    expect(await publish([], many)).toEqual({ changed: ['sitemap-0.xml', 'sitemap-1.xml', 'sitemap-index.xml'], deleted: ['sitemap-2.xml'] })
  })
})
