/**
 * The site worker's publishing: one full build when it starts (Astro's own build, reusing its
 * incremental cache), then, change by change, only the pages whose cache key changed, rendered by
 * the very prerenderer that build used, the sitemap, and the search shards those pages are in.
 * A page is a function of its props and the navigation (../data/pages), so a page whose key is
 * unchanged is byte for byte what it would be rendered again: the site it keeps is the site a
 * full build makes of the same content.
 */
import { existsSync } from 'node:fs'
import fs from 'node:fs'
import { link, mkdir, readFile, readdir, rename, rm, rmdir, stat } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { Worker } from 'node:worker_threads'

import type { AstroPrerenderer } from 'astro'
import * as pagefind from 'pagefind'

import { pageOf, sectionOfCollection } from '@fengcai/shared'

import { collectionOf } from '../data/collections'
import { provideSnapshot, snapshotProvider } from '../data/provider'
import type { RawDoc, Snapshot } from '../data/raw'
import { shardPath } from '../data/search'
import { MANIFEST, PRESENT, buildShards, byUrl, presentShards, readManifest, searchablePages, shardsOf, urlOf, writeManifest } from '../integrations/pagefind'
import type { Page, Shard, ShardJob } from '../integrations/pagefind'
import { filesBelow } from '../integrations/files-below'
import { sitemapFiles, staleSitemapFiles } from '../integrations/sitemap'
import { awaitHandoff, clearRouteCache, keepingCompiledPages, takeHandoff } from '../upstream/astro'
import type { PathWithRoute } from '../upstream/astro'

import { navFragment, readIfExists, writePage } from './pages-on-disk'
import { writeAtomically } from '../integrations/write-atomically'
import type { SwapItem } from './pages-on-disk'
import type { Change, SnapshotStore } from './snapshot-store'
import type { PageWrite, PublisherMessage, SwapResult, SwapperMessage } from './swapper'

export type PublisherOptions = {
  siteDir: string
  /** Holds `build-N/` (the served site), `stage-N/` (the build's workspace) and `current`. */
  buildsDir: string
  /** Astro's incremental cache for the start-up build. */
  cacheDir: string
  siteUrl: string
  log: (message: string) => void
}

export type PublishResult = {
  changed: string[]
  deleted: string[]
  rendered: number
  failed: { path: string; error: string }[]
  ms: number
  /** Pages brought up to date by swapping in the new navigation rather than rendering. */
  swapped?: number
  /** Milliseconds per phase of an incremental publish. */
  phases?: Record<string, number>
}

const STATUS_PAGES = new Set(['/404', '/500'])

/** A preview that cannot be given, with the status the CMS should answer. */
export class PreviewError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message)
  }
}

/** The file a path is written to in a `format: 'directory'` build with trailing slashes, as Astro names it. */
export const fileOfPath = ({ pathname, route }: PathWithRoute): string => {
  const bare = pathname.replace(/\/+$/, '')
  if (route.type === 'endpoint') return bare.replace(/^\/+/, '')
  if (STATUS_PAGES.has(bare)) return `${bare.slice(1)}.html`
  return bare ? `${bare.slice(1)}/index.html` : 'index.html'
}

/** The page name Astro gives a page (what the sitemap lists). */
const pageNameOf = (pathname: string): string => pathname.replace(/\/?$/, '/').replace(/^\//, '')

/** A page key as src/data/pages.ts makes it: navigation digest and props digest. */
const splitKey = (key: string | undefined): { nav: string; props: string } | null => {
  const dot = key ? key.indexOf('.') : -1
  return key && dot > 0 ? { nav: key.slice(0, dot), props: key.slice(dot + 1) } : null
}

/** Paths in build order with duplicates dropped (the first wins), as Astro's generator does. */
const unique = (paths: PathWithRoute[]): PathWithRoute[] => {
  const seen = new Set<string>()
  return paths.filter(({ pathname }) => {
    const normalized = pathname.replace(/\/+$/, '')
    if (seen.has(normalized)) return false
    seen.add(normalized)
    return true
  })
}

/**
 * A drill for failure handling (tests use it): with SITE_WORKER_FAULT_FILE set, paths matching
 * the regular expression in that file, while it exists, fail to render.
 */
const faultPattern = (): RegExp | null => {
  const file = process.env.SITE_WORKER_FAULT_FILE
  if (!file || !existsSync(file)) return null
  return new RegExp(fs.readFileSync(file, 'utf8').trim())
}

/** One publish's rendering: how a page is rendered and written, and where results are recorded. */
type RenderStage = {
  publicDir: string
  /** Paths that fail to render (the failure drill). */
  fault: RegExp | null
  render: (entry: PathWithRoute) => Promise<Buffer>
  /** Writes a page unless the same bytes are there (`old`: those bytes, when read already), and records it. */
  write: (file: string, body: Buffer, text?: string, old?: Buffer | null) => void
  /** A file written, with what search reads of it. */
  record: (file: string, search: Page | null) => void
  fail: (entry: PathWithRoute, error: unknown) => void
}

/** Renders a page in full and writes it, or hands it to `handOver` to be written; a failure is recorded against its path. */
const renderInFull = async (stage: RenderStage, entry: PathWithRoute, handOver?: (page: PageWrite) => void): Promise<void> => {
  try {
    const file = fileOfPath(entry)
    const body = await stage.render(entry)
    if (handOver) handOver({ file, body })
    else stage.write(file, body)
  } catch (error) {
    stage.fail(entry, error)
  }
}

export class Publisher {
  private prerenderer: AstroPrerenderer | null = null
  private paths: PathWithRoute[] = []
  private keys = new Map<string, string | undefined>()
  private generation = 0
  private now = new Date()
  private searchPages = new Map<string, Page>()
  private shards: Shard[] = []
  /** The served site: `buildsDir/build-N`. */
  publicDir: string | null = null
  private swapper: Worker | null = null

  constructor(
    private readonly options: PublisherOptions,
    private readonly store: SnapshotStore,
  ) {}

  /** The last good site of an earlier run, to serve until the first build is done. */
  currentDir(): string | null {
    const pointer = path.join(this.options.buildsDir, 'current')
    if (!existsSync(pointer)) return null
    const dir = path.join(this.options.buildsDir, fs.readFileSync(pointer, 'utf8').trim())
    return existsSync(path.join(dir, 'index.html')) ? dir : null
  }

  /**
   * Fetches the whole snapshot and builds the site with Astro into a new folder, keeping Astro's
   * prerenderer, and switches the site to it. Returns the files that differ from the last site.
   */
  async start(): Promise<PublishResult> {
    const started = performance.now()
    const { buildsDir, siteDir, cacheDir } = this.options
    await mkdir(buildsDir, { recursive: true })
    await this.store.load()
    this.generation = 1
    this.now = new Date()
    provideSnapshot(() => ({
      generation: this.generation,
      snapshot: this.store.snapshot as NonNullable<SnapshotStore['snapshot']>,
      now: this.now,
    }))
    const handoff = awaitHandoff()

    const stamp = Date.now()
    const stageDir = path.join(buildsDir, `stage-${stamp}`)
    const publicDir = path.join(buildsDir, `build-${stamp}`)
    const previousDir = this.currentDir()
    Object.assign(process.env, {
      SITE_OUT_DIR: stageDir,
      SITE_CACHE_DIR: cacheDir,
      SITE_PREVIOUS_DIR: previousDir ?? '',
      SITE_URL: this.options.siteUrl,
      SITE_WORKER: '1',
    })
    // Astro deletes its compiled pages (`.prerender/`) after a build; the worker renders with
    // them for as long as it runs, so it keeps them in the build's workspace.
    await keepingCompiledPages(stageDir, async () => {
      const { build } = await import('astro')
      await build({ root: siteDir, logLevel: 'warn' })
    })
    const { prerenderer, paths } = takeHandoff(handoff)
    this.prerenderer = prerenderer
    this.paths = unique(paths)
    this.keys = new Map(this.paths.map((entry) => [entry.pathname, entry.cacheKey]))

    // The served copy: the build's pages without its compiled code, as hard links (no copying).
    for (const file of filesBelow(stageDir).filter((relative) => !relative.startsWith('.prerender'))) {
      await mkdir(path.dirname(path.join(publicDir, file)), { recursive: true })
      await link(path.join(stageDir, file), path.join(publicDir, file))
    }
    const missing = this.paths.map(fileOfPath).filter((file) => !existsSync(path.join(publicDir, file)))
    if (missing.length) throw new Error(`构建结果与发布进程的文件命名不一致：${missing.slice(0, 5).join('、')}`)
    for (const page of await searchablePages(publicDir)) this.searchPages.set(page.url, page)
    this.shards = (await readManifest(publicDir))?.shards ?? shardsOf([...this.searchPages.values()])

    const difference = previousDir ? await this.difference(previousDir, publicDir) : { changed: filesBelow(publicDir), deleted: [] }
    this.publicDir = publicDir
    await writeAtomically(path.join(buildsDir, 'current'), `build-${stamp}\n`)
    for (const entry of await readdir(buildsDir)) {
      if (/^(build|stage)-\d+$/.test(entry) && !entry.endsWith(String(stamp))) await rm(path.join(buildsDir, entry), { recursive: true, force: true })
    }
    return { ...difference, rendered: this.paths.length, failed: [], ms: Math.round(performance.now() - started) }
  }

  /** The files of `next` that are new or differ from `previous`, and those it no longer has. */
  private async difference(previous: string, next: string): Promise<{ changed: string[]; deleted: string[] }> {
    const [before, after] = [new Set(filesBelow(previous)), filesBelow(next)]
    const changed: string[] = []
    for (const file of after) {
      if (!before.has(file)) changed.push(file)
      else {
        const [a, b] = [await stat(path.join(previous, file)), await stat(path.join(next, file))]
        if (a.size !== b.size || !(await readFile(path.join(previous, file))).equals(await readFile(path.join(next, file)))) changed.push(file)
      }
      before.delete(file)
    }
    return { changed: changed.sort(), deleted: [...before].sort() }
  }

  /**
   * Publishes changes: fetches the changed documents, asks every route for its paths and keys
   * again, renders the paths whose key changed (or that have none), removes the pages that are
   * gone, and brings the sitemap and the search shards up to date. A page that fails to render
   * keeps its last good version and its old key, so the next publish tries it again.
   */
  async publish(changes: Change[]): Promise<PublishResult> {
    return this.exclusive(() => this.publishNow(changes))
  }

  /** One publish or preview at a time: both set what the site's data layer reads. */
  private queue: Promise<unknown> = Promise.resolve()
  private exclusive<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task, task)
    this.queue = run.catch(() => undefined)
    return run
  }

  private async publishNow(changes: Change[]): Promise<PublishResult> {
    const started = performance.now()
    const { prerenderer, publicDir } = this
    if (!prerenderer || !publicDir) throw new Error('发布进程尚未完成首次构建。')
    const phases: Record<string, number> = {}
    let mark = started
    const phase = (name: string) => {
      const now = performance.now()
      phases[name] = Math.round(now - mark)
      mark = now
    }
    await this.store.apply(changes)
    phase('fetch')
    this.generation += 1
    this.now = new Date()
    clearRouteCache(prerenderer)
    const paths = unique(await prerenderer.getStaticPaths())
    phase('paths')

    const changed = new Set<string>()
    const deleted = new Set<string>()
    const failed: PublishResult['failed'] = []
    const toRender = paths.filter((entry) => entry.cacheKey === undefined || this.keys.get(entry.pathname) !== entry.cacheKey || !this.keys.has(entry.pathname))
    let renderingMs = 0
    // What search reads of each page written, worked out while its text is at hand.
    const searchable = new Map<string, Page | null>()
    const fault = faultPattern()
    const stage: RenderStage = {
      publicDir,
      fault,
      render: async (entry) => {
        if (fault?.test(entry.pathname)) throw new Error(`故障演练：${entry.pathname} 按 SITE_WORKER_FAULT_FILE 的设置渲染失败`)
        const begun = performance.now()
        try {
          return await this.renderEntry(prerenderer, entry)
        } finally {
          renderingMs += performance.now() - begun
        }
      },
      // Pages are written synchronously: each is a few kilobytes on a local disk, and a thread-pool
      // round trip per call cost more than the write itself (renaming a column in the menu, 12,600
      // pages written: 8.4 s of rendering and writing before, 5.5 s after).
      write: (file, body, text, old) => {
        const done = writePage(publicDir, file, body, text, old)
        if (done) stage.record(file, done.search)
      },
      record: (file, search) => {
        changed.add(file)
        if (file.endsWith('.html')) searchable.set(file, search)
      },
      fail: (entry, error) => failed.push({ path: entry.pathname, error: error instanceof Error ? error.message : String(error) }),
    }

    // A navigation change (a renamed column in the menu) changes every page, but only in the menu:
    // those pages get the new menu swapped into their old text (see renderWithSwapper).
    const navOnly = toRender.filter((entry) => {
      const [before, after] = [splitKey(this.keys.get(entry.pathname)), splitKey(entry.cacheKey)]
      return before && after && before.props === after.props && before.nav !== after.nav
    })
    const swappable = new Set(navOnly)
    // Rendered one page at a time: rendering is synchronous work on one thread, so more at once
    // only adds switching (renaming a column of 2,000 stories: 5.5 s of rendering at 4, 4.7 s at 1).
    const inFull = toRender.filter((entry) => !swappable.has(entry))
    let swapped = 0
    if (navOnly.length) {
      const swapper = await this.renderWithSwapper(stage, navOnly, inFull)
      swapped = swapper.swapped
      phases['swapper thread'] = swapper.ms
    } else {
      for (const entry of inFull) await renderInFull(stage, entry)
    }
    const failedPaths = new Set(failed.map((failure) => failure.path))
    phase('render')
    // Of which: inside Astro's renderer (the rest is writing, and waiting for the swapper thread).
    phases['render: Astro'] = Math.round(renderingMs)

    const stillThere = new Set(paths.map(fileOfPath))
    for (const entry of this.paths) {
      const file = fileOfPath(entry)
      if (stillThere.has(file)) continue
      await rm(path.join(publicDir, file), { force: true })
      await this.removeEmptyFolders(path.dirname(path.join(publicDir, file)))
      deleted.add(file)
    }
    const nextKeys = new Map<string, string | undefined>()
    for (const entry of paths) {
      if (failedPaths.has(entry.pathname)) {
        if (this.keys.has(entry.pathname)) nextKeys.set(entry.pathname, this.keys.get(entry.pathname))
      } else nextKeys.set(entry.pathname, entry.cacheKey)
    }
    this.keys = nextKeys
    this.paths = paths

    const sitemap = sitemapFiles(this.options.siteUrl, paths.filter((entry) => entry.route.type === 'page').map((entry) => pageNameOf(entry.pathname)))
    for (const [file, xml] of sitemap) {
      const target = path.join(publicDir, file)
      if (existsSync(target) && (await readFile(target, 'utf8')) === xml) continue
      await writeAtomically(target, xml)
      changed.add(file)
    }
    for (const stale of await staleSitemapFiles(publicDir, sitemap)) {
      await rm(path.join(publicDir, stale), { force: true })
      deleted.add(stale)
    }

    phase('remove+sitemap')
    const search = await this.updateSearch(searchable, [...deleted].filter((file) => file.endsWith('.html')))
    for (const file of search.changed) changed.add(file)
    for (const file of search.deleted) deleted.add(file)
    phase('search')
    return { changed: [...changed].sort(), deleted: [...deleted].sort(), rendered: toRender.length - swapped, swapped, failed, ms: Math.round(performance.now() - started), phases }
  }

  /**
   * Renders `inFull` on this thread while the swapper thread (./swapper) swaps the new menu into
   * the old text of the pages in `navOnly`, and writes every page rendered here: writing is most of
   * the cost, and one thread writing went faster than two (renaming a column at 10,000 stories:
   * 12,600 pages written, 35 % of both cores in the kernel). Each variant of the menu (pages in the
   * menu mark themselves current) is learned from a page of it rendered in full here, and only
   * where swapping the menu gives exactly what rendering gave; the pages the thread cannot swap are
   * rendered here after it is done.
   */
  private async renderWithSwapper(stage: RenderStage, navOnly: PathWithRoute[], inFull: PathWithRoute[]): Promise<{ swapped: number; ms: number }> {
    const swapper = this.swapperThread()
    const samples: { from: string; index: number }[] = []
    let result = null as SwapResult | null
    let swapError = null as string | null
    let wake: (() => void) | null = null
    const onMessage = (message: SwapperMessage) => {
      if ('need' in message) samples.push(message.need)
      else if ('done' in message) result = message.done
      else swapError = message.error
      wake?.()
    }
    const onError = (error: Error) => {
      swapError = error.message
      wake?.()
    }
    const onExit = (code: number) => {
      swapError ??= `线程意外退出（${code}）`
      wake?.()
    }
    // A variant's sample: rendered and written, and the menu swap learned from it, or none.
    const renderSample = async ({ from, index }: { from: string; index: number }): Promise<void> => {
      const entry = navOnly[index] as PathWithRoute
      const file = fileOfPath(entry)
      let to: string | null = null
      try {
        const oldBody = readIfExists(path.join(stage.publicDir, file))
        const body = await stage.render(entry)
        const fresh = body.toString('utf8')
        const freshNav = navFragment(fresh)
        const old = oldBody?.toString('utf8')
        if (old !== undefined && freshNav !== null && old.replace(from, () => freshNav) === fresh) to = freshNav
        stage.write(file, body, fresh, oldBody)
      } catch (error) {
        stage.fail(entry, error)
      } finally {
        swapper.postMessage({ pair: { from, to } } satisfies PublisherMessage)
      }
    }
    const handOver = (page: PageWrite) => swapper.postMessage({ write: page } satisfies PublisherMessage)
    swapper.on('message', onMessage)
    swapper.on('error', onError)
    swapper.on('exit', onExit)
    const items = navOnly.map((entry): SwapItem => {
      const file = fileOfPath(entry)
      return { pathname: entry.pathname, file, searchKnown: this.searchPages.has(urlOf(file)) }
    })
    swapper.postMessage({ job: { publicDir: stage.publicDir, fault: stage.fault?.source ?? null, items } } satisfies PublisherMessage)
    try {
      let next = 0
      let ended = false
      for (;;) {
        const sample = samples.shift()
        if (sample) await renderSample(sample)
        else if (next < inFull.length) {
          await renderInFull(stage, inFull[next++] as PathWithRoute, handOver)
          // The swapper's messages are delivered between turns of the event loop.
          await new Promise((resolve) => setImmediate(resolve))
        } else if (!ended) {
          ended = true
          swapper.postMessage({ end: true } satisfies PublisherMessage)
        } else if (result || swapError) break
        else {
          await new Promise<void>((resolve) => {
            wake = resolve
          })
          wake = null
        }
      }
    } catch (error) {
      // Never leave the swapper writing into the site past this publish.
      await this.stopSwapper()
      throw error
    } finally {
      swapper.off('message', onMessage)
      swapper.off('error', onError)
      swapper.off('exit', onExit)
    }
    const done = result
    if (swapError || !done) {
      await this.stopSwapper()
      throw new Error(`导航替换线程出错：${swapError ?? '没有结果'}`)
    }
    for (const [file, search] of done.written) stage.record(file, search === 'same' ? (this.searchPages.get(urlOf(file)) ?? null) : search)
    // Pages it could not swap (no old page, no single menu, a variant that swapping does not reproduce).
    for (const index of done.unswapped) await renderInFull(stage, navOnly[index] as PathWithRoute)
    return { swapped: done.swapped, ms: done.ms }
  }

  /** One page as a full build renders it. */
  private async renderEntry(prerenderer: AstroPrerenderer, entry: PathWithRoute): Promise<Buffer> {
    const url = entry.route.type === 'endpoint' ? entry.pathname : entry.pathname.replace(/\/?$/, '/')
    const rendered = await prerenderer.render(new Request(new URL(url, new URL(this.options.siteUrl).origin)), { routeData: entry.route, collectMetadata: false })
    const response = rendered instanceof Response ? rendered : rendered.response
    if (response.status >= 300 && response.status < 400) throw new Error(`意外的重定向（HTTP ${response.status}）`)
    return Buffer.from(await response.arrayBuffer())
  }

  /**
   * A draft's page as it will look once published: rendered by the site's own pages from the
   * published content with the draft put in its document's place (and the media it uses, as the
   * CMS sends them). Nothing is written, and the published content is what the next publish sees
   * again.
   */
  async preview(collection: string, doc: RawDoc, media: RawDoc[] = []): Promise<string> {
    return this.exclusive(async () => {
      const { prerenderer } = this
      const snapshot = this.store.snapshot
      if (!prerenderer || !snapshot) throw new PreviewError('网站尚未生成完毕，请稍后再试。', 503)
      const key = collectionOf(collection)?.key
      const section = sectionOfCollection[collection]
      if (!key || !section || key === 'media') throw new PreviewError('这类内容在网站上没有单独的页面。', 400)
      const slug = typeof doc.slug === 'string' ? doc.slug : ''
      if (!slug) throw new PreviewError('草稿还没有网址别名，无法预览：请先填写标题并保存。', 422)
      const now = new Date()
      const asPublished: RawDoc = { ...doc, _status: 'published', publishedAt: doc.publishedAt ?? now.toISOString() }
      const overlay: Snapshot = { ...snapshot, [key]: [asPublished, ...(snapshot[key] as RawDoc[]).filter((other) => String(other.id) !== String(doc.id))] }
      // The draft's pictures as the CMS has them now (one uploaded a moment ago may not be in the snapshot yet).
      if (media.length) {
        const given = new Set(media.map((item) => String(item.id)))
        overlay.media = [...snapshot.media.filter((item) => !given.has(String(item.id))), ...media]
      }
      const provider = snapshotProvider()
      this.generation += 1
      const generation = this.generation
      provideSnapshot(() => ({ generation, snapshot: overlay, now }))
      clearRouteCache(prerenderer)
      try {
        const target = pageOf(section, slug)
        const entry = unique(await prerenderer.getStaticPaths()).find((candidate) => candidate.pathname.replace(/\/?$/, '/') === target)
        if (!entry) throw new PreviewError('草稿缺少在网站上显示所需的内容（如发布日期、栏目或正文），暂时无法预览。', 422)
        return (await this.renderEntry(prerenderer, entry)).toString('utf8')
      } finally {
        provideSnapshot(provider)
        this.generation += 1
        clearRouteCache(prerenderer)
      }
    })
  }

  private async removeEmptyFolders(dir: string): Promise<void> {
    const root = this.publicDir as string
    while (dir.startsWith(root) && dir !== root) {
      if ((await readdir(dir)).length) return
      await rmdir(dir)
      dir = path.dirname(dir)
    }
  }

  /** Re-indexes the shards whose pages changed, each into a new folder that then replaces the old. */
  private async updateSearch(changedHtml: Map<string, Page | null>, deletedHtml: string[]): Promise<{ changed: string[]; deleted: string[] }> {
    const publicDir = this.publicDir as string
    for (const file of deletedHtml) this.searchPages.delete(urlOf(file))
    for (const [file, page] of changedHtml) {
      if (page) this.searchPages.set(page.url, page)
      else this.searchPages.delete(urlOf(file))
    }
    const pages = [...this.searchPages.values()].sort(byUrl)
    const shards = shardsOf(pages)
    const changed: string[] = []
    const deleted: string[] = []
    // The shards whose pages changed are built into new folders (two Pagefind services when
    // there are several), then each replaces its old folder.
    const touched = [...shards.entries()].filter(([number, shard]) => JSON.stringify(shard) !== JSON.stringify(this.shards[number]))
    const jobs: ShardJob[] = []
    for (const [number, shard] of touched) {
      const fresh = `${path.join(publicDir, shardPath(number))}.new`
      await rm(fresh, { recursive: true, force: true })
      // A shard left without pages has no index at all, as in a full build.
      if (shard.pages.length) jobs.push({ shard: number, pages: shard.pages.map(([url]) => this.searchPages.get(url) as Page), target: fresh })
      else await mkdir(fresh, { recursive: true })
    }
    await buildShards(this.options.siteDir, publicDir, jobs)
    for (const [number, shard] of touched) {
      const target = path.join(publicDir, shardPath(number))
      const fresh = `${target}.new`
      const old = `${target}.old`
      const before = new Set(existsSync(target) ? filesBelow(target) : [])
      const after = filesBelow(fresh)
      const relative = (file: string) => path.join(shardPath(number), file)
      for (const file of after) {
        const same = before.has(file) && (await readFile(path.join(target, file))).equals(await readFile(path.join(fresh, file)))
        if (!same) changed.push(relative(file))
        before.delete(file)
      }
      for (const file of before) deleted.push(relative(file))
      if (existsSync(target)) await rename(target, old)
      if (shard.pages.length) await rename(fresh, target)
      else await rm(fresh, { recursive: true, force: true })
      await rm(old, { recursive: true, force: true })
    }
    if (JSON.stringify(shards) !== JSON.stringify(this.shards)) {
      const presentBefore = presentShards(this.shards)
      await writeManifest(publicDir, shards)
      changed.push(MANIFEST)
      if (presentShards(shards) !== presentBefore) changed.push(PRESENT)
      this.shards = shards
    }
    return { changed, deleted }
  }

  /** The menu swapper (./swapper), started at its first use and kept for the next publishes. */
  private swapperThread(): Worker {
    if (!this.swapper) {
      const swapper = new Worker(new URL('./swapper.ts', import.meta.url))
      swapper.unref()
      // A thread that fails between publishes is started again at the next one.
      swapper.on('error', () => undefined)
      swapper.on('exit', () => {
        if (this.swapper === swapper) this.swapper = null
      })
      this.swapper = swapper
    }
    return this.swapper
  }

  private async stopSwapper(): Promise<void> {
    const swapper = this.swapper
    this.swapper = null
    await swapper?.terminate()
  }

  async close(): Promise<void> {
    await this.stopSwapper()
    await pagefind.close()
  }
}

