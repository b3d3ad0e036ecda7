/**
 * The site worker's publishing, as a pipeline of small modules: one cold build when it starts
 * (./build: Astro's own build, reusing its incremental cache, and the prerenderer it leaves),
 * then, change by change: the changed documents fetched (./snapshot-store), every route asked
 * for its paths and keys again, the keys turned into work (./render-plan), the pages rendered by
 * the very prerenderer the build used (./render) while a thread swaps the new menu into pages
 * whose only change is the menu (./swap-client), the files of pages gone and the sitemap
 * (./site-files), and the search shards those pages are in (./search-shards). Drafts are
 * rendered for the CMS's preview between publishes (./preview). A publish of many pages is
 * written into a new generation of the site and switched in at once (./generations). A page is a function of its props
 * and the navigation (../data/pages), so a page whose key is unchanged is byte for byte what it
 * would be rendered again: the site it keeps is the site a full build makes of the same content.
 */
import { mkdir } from 'node:fs/promises'
import path from 'node:path'

import type { AstroPrerenderer } from 'astro'

import { provideSnapshot, siteModelMs } from '../data/provider'
import type { RawDoc } from '../data/raw'
import { filesBelow } from '../integrations/files-below'
import { RoutePaths } from '../upstream/astro'

import { coldBuild, switchTo } from './build'
import type { BuildFolders } from './build'
import { difference } from './dir-diff'
import { Generations, wantsGeneration } from './generations'
import { PathBook } from './path-book'
import { fileOfPath, pageNamesOf } from './paths'
import { renderPreview } from './preview'
import type { PreviewSubject } from './preview'
import { createStage, renderEntry, renderInFull } from './render'
import { SearchShards } from './search-shards'
import { removeFiles } from './site-files'
import { SitemapState } from './sitemap-state'
import type { Change, SnapshotStore } from './snapshot-store'
import { SwapClient } from './swap-client'

export { PreviewError } from './preview'

export type PublisherOptions = BuildFolders & { log: (message: string) => void }

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

/** Milliseconds per named phase, each from the end of the last. */
const phaseClock = (started: number) => {
  const phases: Record<string, number> = {}
  let mark = started
  return {
    phases,
    phase: (name: string) => {
      const now = performance.now()
      phases[name] = Math.round(now - mark)
      mark = now
    },
  }
}

export class Publisher {
  private prerenderer: AstroPrerenderer | null = null
  private readonly book = new PathBook()
  private readonly sitemap: SitemapState
  private generation = 0
  private now = new Date()
  private readonly search: SearchShards
  private readonly swapper = new SwapClient()
  private readonly routePaths = new RoutePaths()
  private readonly generations: Generations
  /** The served site: `buildsDir/build-N`. */
  publicDir: string | null = null

  constructor(
    private readonly options: PublisherOptions,
    private readonly store: SnapshotStore,
  ) {
    this.search = new SearchShards(options.siteDir, { scratchDir: path.join(options.buildsDir, 'search-compaction') })
    this.generations = new Generations(options.buildsDir, options.log)
    this.sitemap = new SitemapState(options.siteUrl)
  }

  /**
   * Fetches the whole snapshot and builds the site with Astro into a new folder, keeping Astro's
   * prerenderer, and switches the site to it. Returns the files that differ from the last site.
   */
  async start(): Promise<PublishResult> {
    const started = performance.now()
    await mkdir(this.options.buildsDir, { recursive: true })
    await this.store.load()
    this.generation = 1
    this.now = new Date()
    provideSnapshot(() => ({
      generation: this.generation,
      snapshot: this.store.snapshot as NonNullable<SnapshotStore['snapshot']>,
      now: this.now,
    }))
    const { prerenderer, paths, publicDir, stamp, previousDir } = await coldBuild(this.options)
    this.prerenderer = prerenderer
    this.book.seed(paths)
    this.routePaths.seed(paths)
    this.sitemap.seed(pageNamesOf(paths))
    await this.search.load(publicDir)
    // What the first publish would read otherwise (the search shards' ids, the sitemap's files): 2.2 s at 100,000 stories.
    await this.search.warm(publicDir)
    // The cold build wrote the same files: read, compared, not written (the difference below would count them if not).
    await this.sitemap.write(publicDir)
    const changes = previousDir ? await difference(previousDir, publicDir) : { changed: filesBelow(publicDir), deleted: [] }
    this.publicDir = publicDir
    await switchTo(this.options.buildsDir, stamp)
    return { ...changes, rendered: paths.length, failed: [], ms: Math.round(performance.now() - started) }
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

  /** A draft's page as it will look once published (./preview); nothing is written. */
  async preview(subject: PreviewSubject, doc: RawDoc, media: RawDoc[] = []): Promise<string> {
    return this.exclusive(() =>
      renderPreview(
        {
          prerenderer: this.prerenderer,
          snapshot: this.store.snapshot,
          render: (prerenderer, entry) => renderEntry(prerenderer, this.options.siteUrl, entry),
          nextGeneration: () => ++this.generation,
        },
        subject,
        doc,
        media,
      ),
    )
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
    const { prerenderer, publicDir: servedDir } = this
    if (!prerenderer || !servedDir) throw new Error('发布进程尚未完成首次构建。')
    const { phases, phase } = phaseClock(started)
    await this.store.apply(changes)
    phase('fetch')
    this.generation += 1
    this.now = new Date()
    // Routes whose paths and keys are unchanged keep last publish's paths (../upstream/astro/route-paths),
    // and the work is worked out from the paths that changed (./path-book).
    const all = await this.routePaths.all(prerenderer)
    phase('paths')
    phases['paths: pages asked'] = Math.round(this.routePaths.spent.asked)
    // Of which: the site model (worked out in the first page asked), and the three slowest routes.
    phases['paths: site model'] = Math.round(siteModelMs())
    for (const [route, ms] of [...this.routePaths.askedByRoute].sort((a, b) => b[1] - a[1]).slice(0, 3)) phases[`paths: ${route}`] = Math.round(ms)
    phases['paths: changed routes'] = Math.round(this.routePaths.spent.changed)
    const plan = this.book.plan(all, this.routePaths.delta)
    const { paths, toRender, navOnly, inFull } = plan
    phase(plan.pages ? 'plan' : 'plan (every path)')

    // Everything below writes into `publicDir`: the served site, or a new generation of it whose
    // pages to render are read from the served one and written there fresh (./generations).
    const rewritten = new Set(toRender.map(fileOfPath))
    const intoNew = wantsGeneration(toRender.length, paths.length)
    const publicDir = intoNew ? await this.generations.next(servedDir, rewritten) : servedDir
    if (intoNew) phase('generation')
    const { stage, rendered } = createStage(prerenderer, this.options.siteUrl, { from: servedDir, to: publicDir })
    let swapped = 0
    if (navOnly.length) {
      const swapper = await this.swapper.run(stage, navOnly, inFull, this.search.pages)
      swapped = swapper.swapped
      phases['swapper thread'] = swapper.ms
      // Of which, step by step; and the menus this thread swapped once it had rendered its pages.
      for (const [step, ms] of Object.entries(swapper.spent)) phases[`swapper: ${step}`] = Math.round(ms)
      phases[`swaps here (${swapper.here.swapped})`] = Math.round(swapper.here.ms)
    } else {
      for (const entry of inFull) await renderInFull(stage, entry)
    }
    const { changed, failed } = rendered
    phase('render')
    // Of which: inside Astro's renderer (the rest is writing, and waiting for the swapper thread).
    phases['render: Astro'] = Math.round(rendered.renderingMs())
    if (intoNew) {
      await this.generations.keep(servedDir, publicDir, rewritten, changed)
      // Waiting for the links made meanwhile, then linking the pages left as served.
      phase('generation: links')
    }

    const deleted = new Set(plan.gone)
    await removeFiles(publicDir, [...deleted])
    if (plan.pages) this.sitemap.change(plan.pages.added, plan.pages.removed)
    else this.sitemap.seed(pageNamesOf(paths))
    const sitemap = await this.sitemap.write(publicDir)
    for (const file of sitemap.changed) changed.add(file)
    for (const file of sitemap.deleted) deleted.add(file)
    phase('remove+sitemap')

    const search = await this.search.update(
      publicDir,
      rendered.searchable,
      [...deleted].filter((file) => file.endsWith('.html')),
    )
    for (const file of search.changed) changed.add(file)
    for (const file of search.deleted) deleted.add(file)
    phase('search')
    // Kept only once the pages are served: a generation left unfinished is never switched to.
    if (publicDir !== servedDir) {
      await this.generations.switchTo(publicDir, servedDir)
      this.publicDir = publicDir
      phase('switch')
    }
    plan.commit(new Set(failed.map((failure) => failure.path)))
    return {
      changed: [...changed].sort(),
      deleted: [...deleted].sort(),
      rendered: toRender.length - swapped,
      swapped,
      failed,
      ms: Math.round(performance.now() - started),
      phases,
    }
  }

  /** Pages whose large search shard is still to be built again (./search-shards). */
  get searchBacklog(): number {
    return this.search.backlog
  }

  /** Whether the search index has work for the worker's idle time (./search-shards). */
  get searchIdleWork(): boolean {
    return this.search.idleWork
  }

  /**
   * Builds again, beside the publishes, the large search shard with the most pages superseded, or
   * reads a shard's ids (./search-shards); only its choice and its swap wait for a publish.
   */
  async compactSearch(): Promise<PublishResult> {
    const started = performance.now()
    const served = (): string => {
      if (!this.publicDir) throw new Error('发布进程尚未完成首次构建。')
      return this.publicDir
    }
    const files = await this.search.compact(served, (task) => this.exclusive(task))
    return { ...files, rendered: 0, failed: [], ms: Math.round(performance.now() - started) }
  }

  /** Runs `task` between publishes, with the served site holding still (the CDN mirror's copy). */
  async betweenPublishes<T>(task: () => Promise<T>): Promise<T> {
    return this.exclusive(task)
  }

  async close(): Promise<void> {
    await this.swapper.stop()
    await this.generations.settle()
    await this.search.close()
  }
}
