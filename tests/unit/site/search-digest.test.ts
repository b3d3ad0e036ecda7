import { link, mkdtemp, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { afterAll, describe, expect, it } from 'vitest'

import { searchDigest, searchExtract } from '../../../site/src/data/search-digest'
import { RECENT_PATH } from '../../../site/src/data/search'
import { MANIFEST, PRESENT, UNUSED_BUNDLE_FILES, buildShard, readManifest, writeManifest } from '../../../site/src/integrations/pagefind'
import type { Shard } from '../../../site/src/integrations/pagefind'
import { PAGEFIND_WORKER, WORKER_WATCH, watchWorkerFetches } from '../../../site/src/integrations/pagefind-worker-watch'
import { searchableHtml } from '../../../site/src/integrations/searchable-html'
import { IndexIds } from '../../../site/src/integrations/search-fragments'

/** A page shaped as the site's layout makes them (compressed HTML, one searchable main). */
const page = ({ nav = '首页 新闻', related = '相关稿件甲', body = '正文第一段。', hidden = '', title = '志愿服务队成立' } = {}) =>
  '<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>' +
  title +
  ' · 风采</title></head><body><header class="site-header"><nav class="site-nav"><a href="/">' +
  nav +
  '</a></nav></header><main id="main" tabindex="-1" data-pagefind-body><article class="article"><header><a class="card__kicker" href="/columns/a/" data-pagefind-ignore>栏目</a><h1 data-pagefind-meta="title">' +
  title +
  '</h1></header><div class="prose"><p>' +
  body +
  '</p><figure><img src="/a.webp" alt="示意图"><figcaption>图片说明</figcaption></figure><br></div></article><section class="related" data-pagefind-ignore><h2>相关报道</h2><ul><li><a href="/stories/x/">' +
  related +
  '</a></li></ul>' +
  hidden +
  '</section></main><footer class="site-footer">演示站点</footer></body></html>'

/** A term's own page: its name in the title element and an ignored heading, its title metadata empty. */
const termPage = (name: string) =>
  page({ title: name, body: '区内志愿服务概况。' }).replace(
    `<h1 data-pagefind-meta="title">${name}</h1>`,
    `<span hidden data-pagefind-meta="title:"></span><h1 data-pagefind-ignore>${name}</h1>`,
  )

/** A page that names no title in its body: Pagefind falls back to its title element. */
const untitledPage = (title: string) => page({ title }).replace(`<h1 data-pagefind-meta="title">${title}</h1>`, '<p>无标题</p>')

describe('search digest', () => {
  const base = searchDigest(page())

  it('should not change when only what search ignores changes: navigation, footer, ignored cards and kickers', () => {
    expect(searchDigest(page({ nav: '首页 栏目改名' }))).toBe(base)
    expect(searchDigest(page({ related: '相关稿件乙（改了标题）' }))).toBe(base)
    expect(searchDigest(page().replace('>栏目<', '>栏目改名<'))).toBe(base)
    expect(searchDigest(page().replace('演示站点', '页脚改了'))).toBe(base)
  })

  it('should change when what search indexes changes: the body, the title, an attribute in the body', () => {
    expect(searchDigest(page({ body: '正文第一段，改了一个字。' }))).not.toBe(base)
    expect(searchDigest(page({ title: '志愿服务队成立十周年' }))).not.toBe(base)
    expect(searchDigest(page().replace('alt="示意图"', 'alt="现场照片"'))).not.toBe(base)
    expect(searchDigest(page().replace('<figcaption>图片说明', '<figcaption>图片说明改'))).not.toBe(base)
  })

  it('should keep metadata and filters that sit inside an ignored part', () => {
    const withMeta = (related: string) => page({ related, hidden: '<span data-pagefind-filter="类型">新闻</span>' })
    expect(searchDigest(withMeta('甲'))).not.toBe(searchDigest(withMeta('乙')))
  })

  it('should count the images of an ignored part (the first image of a page is its metadata), not its text', () => {
    const withImage = (alt: string, related = '甲') => page({ related, hidden: `<img src="/cover.webp" alt="${alt}">` })
    expect(searchDigest(withImage('封面一'))).not.toBe(searchDigest(withImage('封面二')))
    expect(searchDigest(withImage('封面一', '甲'))).toBe(searchDigest(withImage('封面一', '乙')))
  })

  it('should not change for a renamed term whose page names no title in its body, and change where the title element is the title', () => {
    expect(termPage('徐汇区')).toContain('<title>徐汇区 · 风采</title>')
    expect(searchDigest(termPage('徐汇区'))).toBe(searchDigest(termPage('新徐汇区')))
    expect(searchDigest(untitledPage('甲'))).not.toBe(searchDigest(untitledPage('乙')))
  })

  it('should give every page without a searchable body the same digest', () => {
    const plain = (text: string) => `<html><head><title>列表</title></head><body><main>${text}</main></body></html>`
    expect(searchExtract(plain('一'))).toBeNull()
    expect(searchDigest(plain('一'))).toBe(searchDigest(plain('二')))
  })
})

describe('search extract', () => {
  const folders: string[] = []
  afterAll(async () => {
    const pagefind = await import('pagefind')
    await pagefind.close()
    for (const folder of folders) await rm(folder, { recursive: true, force: true })
  })

  it('should leave out what search ignores and keep what it reads', () => {
    const extract = searchExtract(page({ hidden: '<img src="/cover.webp" alt="封面"><span data-pagefind-filter="类型">新闻</span>' })) ?? ''
    expect(extract).toContain('<title>志愿服务队成立 · 风采</title>')
    expect(extract).toContain('正文第一段。')
    expect(extract).toContain('data-pagefind-filter="类型"')
    expect(extract).not.toContain('首页 新闻')
    expect(extract).not.toContain('演示站点')
    expect(searchExtract(page()) ?? '').not.toContain('相关稿件甲')
    expect(searchExtract(page()) ?? '').toContain('<div data-pagefind-ignore></div>')
    expect(searchExtract(page({ hidden: '<img src="/c.webp" alt="封面">' })) ?? '').toContain('<div data-pagefind-ignore><img src="/c.webp" alt="封面"></div>')
  })

  it('should give a page whose pagefind attributes sit outside its body whole', () => {
    const html = page().replace('<footer class="site-footer">', '<footer class="site-footer" data-pagefind-meta="footer:页脚">')
    expect(searchExtract(html)).toBe(html)
  })

  it('should make Pagefind write the very index files the whole pages make', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'fengcai-extract-'))
    folders.push(dir)
    const pages = [
      { url: '/stories/a/', html: page() },
      {
        url: '/stories/b/',
        html: page({ title: '银龄志愿者走进社区', body: '浦东新区的志愿者为独居老人检查燃气。', hidden: '<img src="/cover.webp" alt="封面照片">' }),
      },
      // The only image of this page is in an ignored part: still its `image` metadata.
      {
        url: '/stories/bb/',
        html: page({ hidden: '<img src="/only.webp" alt="唯一的图">' }).replace(
          '<figure><img src="/a.webp" alt="示意图"><figcaption>图片说明</figcaption></figure>',
          '',
        ),
      },
      {
        url: '/stories/c/',
        html: page({
          title: '河道清理（第3次）',
          body: 'Volunteers cleaned the river, 2024年5月。',
          hidden: '<span data-pagefind-meta="date:2024年5月1日"></span>',
        }),
      },
      { url: '/districts/x/', html: termPage('徐汇区') },
      { url: '/stories/d/', html: untitledPage('没有标题元数据的页面') },
    ]
    for (const { url, html } of pages) {
      await mkdir(path.join(dir, url), { recursive: true })
      await writeFile(path.join(dir, url, 'index.html'), html)
    }
    const files = pages.map(({ url }) => ({ url, file: path.join(url.slice(1), 'index.html') }))
    const indexed = await buildShard(dir, 0, files, path.join(dir, 'from-extract'))
    expect(indexed.map((entry) => entry.url)).toEqual(pages.map(({ url }) => url))

    const pagefind = await import('pagefind')
    const { index } = await pagefind.createIndex({ forceLanguage: 'zxx' })
    for (const { url, html } of pages) expect((await index?.addHTMLFile({ url, content: searchableHtml(html) }))?.errors).toEqual([])
    await index?.writeFiles({ outputPath: path.join(dir, 'from-whole') })

    const listing = async (folder: string) =>
      (await readdir(folder, { recursive: true, withFileTypes: true }))
        .filter((entry) => entry.isFile())
        .map((entry) => path.relative(folder, path.join(entry.parentPath, entry.name)))
        .sort()
    const [wholeListing, fromExtract] = [await listing(path.join(dir, 'from-whole')), await listing(path.join(dir, 'from-extract'))]
    // Pagefind's ready-made interfaces are left out of a shard; everything the search script loads stays.
    expect(wholeListing).toEqual(expect.arrayContaining(UNUSED_BUNDLE_FILES))
    for (const file of UNUSED_BUNDLE_FILES) expect(fromExtract).not.toContain(file)
    expect(fromExtract).toEqual(expect.arrayContaining(['pagefind.js', 'pagefind-worker.js', 'pagefind-entry.json']))
    const whole = wholeListing.filter((file) => !UNUSED_BUNDLE_FILES.includes(file))
    expect(fromExtract).toEqual(whole)
    expect(whole.some((file) => file.endsWith('.pf_fragment'))).toBe(true)
    // The same files, but for the watch on the worker's fetches at the start of its script (once).
    for (const file of whole) {
      const written = await readFile(path.join(dir, 'from-whole', file))
      const expected = file === PAGEFIND_WORKER ? Buffer.concat([Buffer.from(WORKER_WATCH), written]) : written
      expect((await readFile(path.join(dir, 'from-extract', file))).equals(expected), file).toBe(true)
    }
    await watchWorkerFetches(path.join(dir, 'from-extract'))
    expect(await readFile(path.join(dir, 'from-extract', PAGEFIND_WORKER), 'utf8')).toBe(
      WORKER_WATCH + (await readFile(path.join(dir, 'from-whole', PAGEFIND_WORKER), 'utf8')),
    )
  })
})

describe('the list of search shards', () => {
  it('should be replaced, never written over, so a reader has the old list or the new one whole', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'fengcai-manifest-'))
    try {
      const before = [{ pages: [['/stories/a/', 'x'] as [string, string]] }, { pages: [] }]
      await writeManifest(dir, before)
      // A reader's hold on the file as it was: a second name for the same file.
      await link(path.join(dir, MANIFEST), path.join(dir, 'held.json'))
      const after = [{ pages: [] }, { pages: [['/stories/b/', 'y'] as [string, string]] }]
      await writeManifest(dir, after)
      expect(await readManifest(dir)).toEqual({ shards: after })
      expect(JSON.parse(await readFile(path.join(dir, 'held.json'), 'utf8'))).toEqual({ shards: before })
      expect(JSON.parse(await readFile(path.join(dir, PRESENT), 'utf8'))).toEqual({ shards: [1], recent: false, tombstones: [], shared: [] })
      expect((await readdir(path.join(dir, 'pagefind'))).sort()).toEqual(['present.json', 'shards.json'])
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })

  /** Shard folders holding fragment files named by the ids given (Pagefind names a page's file by its id, unique only within its shard). */
  const withFragments = async (dir: string, shardIds: string[][]) => {
    for (const [shard, ids] of shardIds.entries()) {
      await rm(path.join(dir, 'pagefind', `shard-${shard}`), { recursive: true, force: true })
      await mkdir(path.join(dir, 'pagefind', `shard-${shard}`, 'fragment'), { recursive: true })
      for (const id of ids) await writeFile(path.join(dir, 'pagefind', `shard-${shard}`, 'fragment', `${id}.pf_fragment`), '')
    }
    return shardIds.map((ids, shard) => ({ pages: ids.map((_, page) => [`/stories/${shard}-${page}/`, 'x'] as [string, string]) }))
  }

  it('should list the ids that two shards hold in the present indexes', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'fengcai-manifest-'))
    try {
      const shards = await withFragments(dir, [['zxx_09e5720', 'zxx_1061558'], [], ['zxx_09e5720', 'zxx_10c5a74', 'zxx_1061558'], ['zxx_2222222']])
      await writeManifest(dir, shards)
      expect(JSON.parse(await readFile(path.join(dir, PRESENT), 'utf8'))).toEqual({
        shards: [0, 2, 3],
        recent: false,
        tombstones: [],
        shared: ['zxx_09e5720', 'zxx_1061558'],
      })
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })

  it("should keep the worker's list of shared ids as shards are built again", async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'fengcai-manifest-'))
    try {
      const ids = new IndexIds()
      let shards = await withFragments(dir, [['zxx_aaaaaaa', 'zxx_bbbbbbb'], ['zxx_aaaaaaa', 'zxx_ccccccc'], ['zxx_ddddddd']])
      await mkdir(path.join(dir, RECENT_PATH, 'fragment'), { recursive: true })
      await writeFile(path.join(dir, RECENT_PATH, 'fragment', 'zxx_ddddddd.pf_fragment'), '')
      expect(await ids.shared(dir, shards, 1)).toEqual(['zxx_aaaaaaa', 'zxx_ddddddd'])
      expect(await ids.shared(dir, shards, 0)).toEqual(['zxx_aaaaaaa'])
      // Shard 1 built again: its id that shard 0 held is gone, and one of shard 2's is new there.
      shards = await withFragments(dir, [['zxx_aaaaaaa', 'zxx_bbbbbbb'], ['zxx_ccccccc', 'zxx_ddddddd'], ['zxx_ddddddd']])
      expect(await ids.shared(dir, shards, 0)).toEqual(['zxx_aaaaaaa'])
      ids.forget(1)
      expect(await ids.shared(dir, shards, 0)).toEqual(['zxx_ddddddd'])
      ids.forget(1)
      expect(await ids.shared(dir, [shards[0] as Shard, { pages: [] }, shards[2] as Shard], 0)).toEqual([])
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })
})
