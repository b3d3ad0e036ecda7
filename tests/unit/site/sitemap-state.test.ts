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
    const oneFile = (written: { changed: string[]; deleted: string[] }) => {
      expect(written.deleted).toEqual([])
      expect(written.changed).toHaveLength(1)
      expect(written.changed[0]).toMatch(/^sitemap-[0-5]\.xml$/)
    }
    // Spread over six files by address: a story added, wherever it sorts, changes its own file alone.
    expect([...fullBuild(pages).keys()]).toHaveLength(7)
    oneFile(await publish(['stories/zz/'], []))
    oneFile(await publish(['stories/a/'], []))
    // Re-keyed (removed and added under the same name): nothing; a status page is never listed.
    expect(await publish(['stories/zz/', '500'], ['stories/zz/'])).toEqual({ changed: [], deleted: [] })
    // What the state wrote is not read again: a file changed behind its back stays as it is.
    const [file] = (await publish([], ['stories/zz/'])).changed
    await writeFile(path.join(dir, file as string), 'changed behind its back')
    expect(await state.write(dir)).toEqual({ changed: [], deleted: [] })
    await writeFile(path.join(dir, file as string), fullBuild(pages).get(file as string) as string)
    // Fewer pages: spread over four files, laid out anew; the index follows.
    const many = [...pages].filter((name) => name.startsWith('stories/s')).slice(0, 600)
    expect(await publish([], many)).toEqual({
      changed: ['sitemap-0.xml', 'sitemap-1.xml', 'sitemap-2.xml', 'sitemap-3.xml', 'sitemap-index.xml'],
      deleted: ['sitemap-4.xml', 'sitemap-5.xml'],
    })
    // Few enough for one file: sitemap-0.xml, sorted, as a small site has it.
    const most = [...pages].filter((name) => name.startsWith('stories/s')).slice(0, 1_500)
    expect((await publish([], most)).deleted).toEqual(['sitemap-1.xml', 'sitemap-2.xml', 'sitemap-3.xml'])
    oneFile(await publish(['stories/b/'], []))
  })
})
