import { mkdtemp, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { pageFromHtml } from '../../../site/src/integrations/pagefind'
import { inPlace, menuPair, navFragment, navSpan, swapMenu, writePage, writingDirOf } from '../../../site/src/worker/pages-on-disk'
import type { MenuPair } from '../../../site/src/worker/pages-on-disk'

/** A page shaped as the site's layout makes them: the menu before the searchable main. */
const page = (menu: string, body = '<p>志愿者在社区开展义诊。</p>') =>
  `<!DOCTYPE html><html lang="zh-CN"><head><title>义诊 · 风采</title></head><body><nav class="site-nav" aria-label="主菜单"><a href="/">首页</a>${menu}</nav>` +
  `<main id="main" data-pagefind-body>${body}</main></body></html>`
const oldMenu = '<a href="/columns/a/">志愿动态</a>'
const newMenu = '<a href="/columns/a/">志愿者风采</a>'
const pairOf = (menu: string, from = oldMenu): MenuPair => menuPair(navFragment(page(from)) as string, navFragment(page(menu)) as string)

// A served site as the worker keeps one: `build-N/` in its builds folder.
let builds = ''
let dir = ''
beforeAll(async () => {
  builds = await mkdtemp(path.join(os.tmpdir(), 'fengcai-pages-'))
  dir = path.join(builds, 'build-1')
  await mkdir(dir)
})
afterAll(async () => {
  await rm(builds, { recursive: true, force: true })
})

const put = async (file: string, text: string) => {
  await mkdir(path.dirname(path.join(dir, file)), { recursive: true })
  await writeFile(path.join(dir, file), text)
}

describe('menu swaps on the bytes of a page', () => {
  it('should find the same menu in the bytes as in the text, Chinese before it included', () => {
    const html = page(oldMenu)
    const span = navSpan(Buffer.from(html)) as [number, number]
    expect(Buffer.from(html).toString('utf8', span[0], span[1])).toBe(navFragment(html))
    expect(navSpan(Buffer.from(html + '<nav class="site-nav"></nav>'))).toBeNull()
    expect(navSpan(Buffer.from('<p>没有菜单</p>'))).toBeNull()
  })

  it('should give exactly what replacing the menu in the text gives, and keep what search reads', async () => {
    const html = page(oldMenu)
    await put('stories/a/index.html', html)
    const from = navFragment(html) as string
    const pairs = new Map<string, MenuPair>([[from, pairOf(newMenu)]])
    const outcome = swapMenu(inPlace(dir), { pathname: '/stories/a/', file: 'stories/a/index.html', searchKnown: true }, pairs, null)
    expect(outcome).toEqual({ kind: 'swapped', written: ['stories/a/index.html', 'same'] })
    expect(await readFile(path.join(dir, 'stories/a/index.html'), 'utf8')).toBe(html.replace(from, navFragment(page(newMenu)) as string))
    // Swapped again with the same pair: nothing left to change, nothing written.
    const newPairs = new Map<string, MenuPair>([[navFragment(page(newMenu)) as string, pairOf(newMenu)]])
    expect(swapMenu(inPlace(dir), { pathname: '/stories/a/', file: 'stories/a/index.html', searchKnown: true }, newPairs, null)).toEqual({
      kind: 'swapped',
      written: null,
    })
  })

  it('should work out what search reads again when the menu carries search attributes', async () => {
    const html = page(oldMenu)
    await put('stories/b/index.html', html)
    const tagged = '<a href="/columns/a/" data-pagefind-meta="x">志愿动态</a>'
    const pairs = new Map<string, MenuPair>([[navFragment(html) as string, pairOf(tagged)]])
    const outcome = swapMenu(inPlace(dir), { pathname: '/stories/b/', file: 'stories/b/index.html', searchKnown: true }, pairs, null)
    expect(outcome).toEqual({ kind: 'swapped', written: ['stories/b/index.html', pageFromHtml('stories/b/index.html', page(tagged))] })
  })

  it('should work out what search reads again when the searchable body begins before the menu', async () => {
    const html = `<!DOCTYPE html><html><body><main data-pagefind-body><nav class="site-nav">${oldMenu}</nav><p>正文</p></main></body></html>`
    await put('stories/g/index.html', html)
    const from = navFragment(html) as string
    const to = `<nav class="site-nav">${newMenu}</nav>`
    const outcome = swapMenu(
      inPlace(dir),
      { pathname: '/stories/g/', file: 'stories/g/index.html', searchKnown: true },
      new Map([[from, menuPair(from, to)]]),
      null,
    )
    expect(outcome).toEqual({ kind: 'swapped', written: ['stories/g/index.html', pageFromHtml('stories/g/index.html', html.replace(from, to))] })
  })

  it('should swap a page larger than its read buffer, byte for byte, and the small one after it', async () => {
    const large = page(oldMenu, `<p>${'志愿服务'.repeat(40_000)}</p>`)
    await put('stories/h/index.html', large)
    await put('stories/i/index.html', page(oldMenu))
    const pairs = new Map<string, MenuPair>([[navFragment(large) as string, pairOf(newMenu)]])
    for (const slug of ['h', 'i']) {
      const item = { pathname: `/stories/${slug}/`, file: `stories/${slug}/index.html`, searchKnown: true }
      expect(swapMenu(inPlace(dir), item, pairs, null)).toEqual({ kind: 'swapped', written: [item.file, 'same'] })
    }
    expect(await readFile(path.join(dir, 'stories/h/index.html'), 'utf8')).toBe(page(newMenu, `<p>${'志愿服务'.repeat(40_000)}</p>`))
    expect(await readFile(path.join(dir, 'stories/i/index.html'), 'utf8')).toBe(page(newMenu))
  })

  it('should ask for an unknown variant, and leave to rendering what it cannot swap', async () => {
    await put('stories/c/index.html', page(oldMenu))
    const item = { pathname: '/stories/c/', file: 'stories/c/index.html', searchKnown: true }
    expect(swapMenu(inPlace(dir), item, new Map(), null)).toEqual({ kind: 'unknown', from: navFragment(page(oldMenu)) })
    expect(swapMenu(inPlace(dir), item, new Map([[navFragment(page(oldMenu)) as string, null]]), null)).toEqual({ kind: 'render' })
    expect(swapMenu(inPlace(dir), item, new Map(), /\/stories\/c\//)).toEqual({ kind: 'render' })
    expect(swapMenu(inPlace(dir), { ...item, file: 'stories/none/index.html' }, new Map(), null)).toEqual({ kind: 'render' })
    expect(await readFile(path.join(dir, 'stories/c/index.html'), 'utf8')).toBe(page(oldMenu))
  })
  it('should read the served page and write the swapped one into a new generation, leaving the served one as it was', async () => {
    const html = page(oldMenu)
    await put('stories/f/index.html', html)
    const next = path.join(builds, 'build-2')
    await mkdir(next)
    const dirs = { from: dir, to: next }
    const item = { pathname: '/stories/f/', file: 'stories/f/index.html', searchKnown: true }
    const pairs = new Map<string, MenuPair>([[navFragment(html) as string, pairOf(newMenu)]])
    expect(swapMenu(dirs, item, pairs, null)).toEqual({ kind: 'swapped', written: ['stories/f/index.html', 'same'] })
    expect(await readFile(path.join(next, 'stories/f/index.html'), 'utf8')).toBe(page(newMenu))
    expect(await readFile(path.join(dir, 'stories/f/index.html'), 'utf8')).toBe(html)
    // Nothing to change: nothing written there (the generation links the served page instead).
    const same = new Map<string, MenuPair>([[navFragment(html) as string, pairOf(oldMenu)]])
    expect(swapMenu(dirs, item, same, null)).toEqual({ kind: 'swapped', written: null })
    await rm(next, { recursive: true })
  })
})

describe('writing a rendered page', () => {
  it('should write a changed or new page and say what search reads of it, and leave an unchanged one alone', async () => {
    const html = page(oldMenu)
    expect(writePage(inPlace(dir), 'stories/d/index.html', Buffer.from(html))).toEqual({ search: pageFromHtml('stories/d/index.html', html) })
    expect(await readFile(path.join(dir, 'stories/d/index.html'), 'utf8')).toBe(html)
    expect(writePage(inPlace(dir), 'stories/d/index.html', Buffer.from(html))).toBeNull()
    expect(writePage(inPlace(dir), 'rss.xml', Buffer.from('<rss></rss>'))).toEqual({ search: null })
  })

  it('should write pages through a folder beside the site, and leave no temporary file anywhere', async () => {
    expect(writingDirOf(dir)).toBe(path.join(builds, '.writing'))
    expect(writePage(inPlace(dir), 'stories/e/index.html', Buffer.from(page(oldMenu)))).not.toBeNull()
    expect(
      swapMenu(
        inPlace(dir),
        { pathname: '/stories/e/', file: 'stories/e/index.html', searchKnown: true },
        new Map([[navFragment(page(oldMenu)) as string, pairOf(newMenu)]]),
        null,
      ).kind,
    ).toBe('swapped')
    expect(await readFile(path.join(dir, 'stories/e/index.html'), 'utf8')).toBe(page(newMenu))
    expect(await readdir(path.join(builds, '.writing'))).toEqual([])
    expect((await readdir(dir, { recursive: true })).filter((name) => String(name).endsWith('.tmp'))).toEqual([])
    // Also when the folder went away since it was first made.
    await rm(path.join(builds, '.writing'), { recursive: true })
    expect(writePage(inPlace(dir), 'stories/e/index.html', Buffer.from(page('<a href="/x/">又一版</a>')))).not.toBeNull()
    expect(await readFile(path.join(dir, 'stories/e/index.html'), 'utf8')).toBe(page('<a href="/x/">又一版</a>'))
  })
})
