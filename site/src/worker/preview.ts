/**
 * A draft's page as it will look once published, for the CMS's 预览: rendered by the site's own
 * pages from the published content with the draft put in its document's place (or, for the
 * 首页版块, the home page with the draft blocks) (and the media it
 * uses, as the CMS sends them). Nothing is written, and the published content is what the next
 * publish sees again. The publisher runs it between publishes, never during one.
 */
import type http from 'node:http'

import type { AstroPrerenderer } from 'astro'

import { globalSlugs, pageOf, sectionOfCollection } from '@fengcai/shared'

import { collectionOf } from '../data/collections'
import { provideSnapshot, snapshotProvider } from '../data/provider'
import type { RawDoc, Snapshot } from '../data/raw'
import { clearRouteCache } from '../upstream/astro'

import { unique } from './paths'
import type { PathWithRoute } from './paths'

/** A preview that cannot be given, with the status the CMS should answer. */
export class PreviewError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message)
  }
}

/** The largest preview request: one document as JSON. */
const MAX_PREVIEW_BYTES = 8 * 1024 * 1024

/** A preview request's body: `{ collection, doc, media }` or `{ global, doc, media }`, each part still to be checked. */
type PreviewRequest = { collection?: unknown; global?: unknown; doc?: unknown; media?: unknown }

export const readPreviewRequest = async (request: http.IncomingMessage): Promise<PreviewRequest> => {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of request) {
    size += (chunk as Buffer).length
    if (size > MAX_PREVIEW_BYTES) throw new PreviewError('预览的内容过大。', 413)
    chunks.push(chunk as Buffer)
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8')) as PreviewRequest
  } catch {
    throw new PreviewError('预览请求的格式不正确。', 400)
  }
}

export type PreviewContext = {
  prerenderer: AstroPrerenderer | null
  snapshot: Snapshot | null
  render: (prerenderer: AstroPrerenderer, entry: PathWithRoute) => Promise<Buffer>
  /** The next generation of the data the pages read (each provided snapshot has its own). */
  nextGeneration: () => number
}

/** What is previewed: a collection's document, or a global shown on a page of its own (the 首页版块 on the home page). */
export type PreviewSubject = { collection: string } | { global: string }

/** The published snapshot with the draft in its document's place, and the address of the page that shows it. */
const overlayOf = (snapshot: Snapshot, subject: PreviewSubject, doc: RawDoc, now: Date): { overlay: Snapshot; target: string } => {
  if ('global' in subject) {
    if (subject.global !== globalSlugs.homepage) throw new PreviewError('这项设置在网站上没有单独的页面。', 400)
    return { overlay: { ...snapshot, homepage: { ...doc, _status: 'published' } }, target: '/' }
  }
  const key = collectionOf(subject.collection)?.key
  const section = sectionOfCollection[subject.collection]
  if (!key || !section || key === 'media') throw new PreviewError('这类内容在网站上没有单独的页面。', 400)
  const slug = typeof doc.slug === 'string' ? doc.slug : ''
  if (!slug) throw new PreviewError('草稿还没有网址别名，无法预览：请先填写标题并保存。', 422)
  const asPublished: RawDoc = { ...doc, _status: 'published', publishedAt: doc.publishedAt ?? now.toISOString() }
  return {
    overlay: { ...snapshot, [key]: [asPublished, ...snapshot[key].filter((other) => String(other.id) !== String(doc.id))] },
    target: pageOf(section, slug),
  }
}

export const renderPreview = async (context: PreviewContext, subject: PreviewSubject, doc: RawDoc, media: RawDoc[]): Promise<string> => {
  const { prerenderer, snapshot } = context
  if (!prerenderer || !snapshot) throw new PreviewError('网站尚未生成完毕，请稍后再试。', 503)
  const now = new Date()
  const { overlay, target } = overlayOf(snapshot, subject, doc, now)
  // The draft's pictures as the CMS has them now (one uploaded a moment ago may not be in the snapshot yet).
  if (media.length) {
    const given = new Set(media.map((item) => String(item.id)))
    overlay.media = [...snapshot.media.filter((item) => !given.has(String(item.id))), ...media]
  }
  const provider = snapshotProvider()
  const generation = context.nextGeneration()
  provideSnapshot(() => ({ generation, snapshot: overlay, now }))
  clearRouteCache(prerenderer)
  try {
    const entry = unique(await prerenderer.getStaticPaths()).find((candidate) => candidate.pathname.replace(/\/?$/, '/') === target)
    if (!entry) throw new PreviewError('草稿缺少在网站上显示所需的内容（如发布日期、栏目或正文），暂时无法预览。', 422)
    return (await context.render(prerenderer, entry)).toString('utf8')
  } finally {
    provideSnapshot(provider)
    context.nextGeneration()
    clearRouteCache(prerenderer)
  }
}
