/**
 * Rendering a publish's pages with the prerenderer Astro's build left behind, exactly as a full
 * build renders them, and writing them: the stage records each file written, what search reads
 * of each page, and each failure (a page that fails keeps its last good version). Also the
 * failure drill tests use.
 */
import { existsSync, readFileSync } from 'node:fs'

import type { AstroPrerenderer } from 'astro'

import type { Page } from '../integrations/pagefind'

import { writePage } from './pages-on-disk'
import type { PageDirs } from './pages-on-disk'
import { fileOfPath } from './paths'
import type { PathWithRoute } from './paths'
import type { PageWrite } from './swapper'

/** One publish's rendering: how a page is rendered and written, and where results are recorded. */
export type RenderStage = {
  /** Where the old pages are read and the new ones written. */
  dirs: PageDirs
  /** Paths that fail to render (the failure drill). */
  fault: RegExp | null
  render: (entry: PathWithRoute) => Promise<Buffer>
  /** Writes a page unless the same bytes are served (`old`: those bytes, when read already), and records it. */
  write: (file: string, body: Buffer, text?: string, old?: Buffer | null) => void
  /** A file written, with what search reads of it. */
  record: (file: string, search: Page | null) => void
  fail: (entry: PathWithRoute, error: unknown) => void
}

/** What a stage recorded. */
export type Rendered = {
  changed: Set<string>
  /** What search reads of each page written, worked out while its text was at hand. */
  searchable: Map<string, Page | null>
  failed: { path: string; error: string }[]
  /** Milliseconds inside Astro's renderer. */
  renderingMs: () => number
}

/**
 * A drill for failure handling (tests use it): with SITE_WORKER_FAULT_FILE set, paths matching
 * the regular expression in that file, while it exists, fail to render.
 */
export const faultPattern = (): RegExp | null => {
  const file = process.env.SITE_WORKER_FAULT_FILE
  if (!file || !existsSync(file)) return null
  return new RegExp(readFileSync(file, 'utf8').trim())
}

/** One page as a full build renders it. */
export const renderEntry = async (prerenderer: AstroPrerenderer, siteUrl: string, entry: PathWithRoute): Promise<Buffer> => {
  const url = entry.route.type === 'endpoint' ? entry.pathname : entry.pathname.replace(/\/?$/, '/')
  const rendered = await prerenderer.render(new Request(new URL(url, new URL(siteUrl).origin)), { routeData: entry.route, collectMetadata: false })
  const response = rendered instanceof Response ? rendered : rendered.response
  if (response.status >= 300 && response.status < 400) throw new Error(`意外的重定向（HTTP ${response.status}）`)
  return Buffer.from(await response.arrayBuffer())
}

/** A stage that renders with `prerenderer` into `dirs.to`, and what it records. */
export const createStage = (prerenderer: AstroPrerenderer, siteUrl: string, dirs: PageDirs): { stage: RenderStage; rendered: Rendered } => {
  let renderingMs = 0
  const rendered: Rendered = { changed: new Set(), searchable: new Map(), failed: [], renderingMs: () => renderingMs }
  const fault = faultPattern()
  const stage: RenderStage = {
    dirs,
    fault,
    render: async (entry) => {
      if (fault?.test(entry.pathname)) throw new Error(`故障演练：${entry.pathname} 按 SITE_WORKER_FAULT_FILE 的设置渲染失败`)
      const begun = performance.now()
      try {
        return await renderEntry(prerenderer, siteUrl, entry)
      } finally {
        renderingMs += performance.now() - begun
      }
    },
    // Pages are written synchronously: each is a few kilobytes on a local disk, and a thread-pool
    // round trip per call cost more than the write itself (renaming a column in the menu, 12,600
    // pages written: 8.4 s of rendering and writing before, 5.5 s after).
    write: (file, body, text, old) => {
      const done = writePage(dirs, file, body, text, old)
      if (done) stage.record(file, done.search)
    },
    record: (file, search) => {
      rendered.changed.add(file)
      if (file.endsWith('.html')) rendered.searchable.set(file, search)
    },
    fail: (entry, error) => rendered.failed.push({ path: entry.pathname, error: error instanceof Error ? error.message : String(error) }),
  }
  return { stage, rendered }
}

/** Renders a page in full and writes it, or hands it to `handOver` to be written; a failure is recorded against its path. */
export const renderInFull = async (stage: RenderStage, entry: PathWithRoute, handOver?: (page: PageWrite) => void): Promise<void> => {
  try {
    const file = fileOfPath(entry)
    const body = await stage.render(entry)
    if (handOver) handOver({ file, body })
    else stage.write(file, body)
  } catch (error) {
    stage.fail(entry, error)
  }
}
