/**
 * A draft's page as it will look once published, for the CMS's 预览: rendered by the site's own
 * pages from the published content with the draft put in its document's place (and the media it
 * uses, as the CMS sends them). Nothing is written, and the published content is what the next
 * publish sees again. The publisher runs it between publishes, never during one.
 */
import type { AstroPrerenderer } from 'astro'

import { pageOf, sectionOfCollection } from '@fengcai/shared'

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

export type PreviewContext = {
  prerenderer: AstroPrerenderer | null
  snapshot: Snapshot | null
  render: (prerenderer: AstroPrerenderer, entry: PathWithRoute) => Promise<Buffer>
  /** The next generation of the data the pages read (each provided snapshot has its own). */
  nextGeneration: () => number
}

export const renderPreview = async (context: PreviewContext, collection: string, doc: RawDoc, media: RawDoc[]): Promise<string> => {
  const { prerenderer, snapshot } = context
  if (!prerenderer || !snapshot) throw new PreviewError('网站尚未生成完毕，请稍后再试。', 503)
  const key = collectionOf(collection)?.key
  const section = sectionOfCollection[collection]
  if (!key || !section || key === 'media') throw new PreviewError('这类内容在网站上没有单独的页面。', 400)
  const slug = typeof doc.slug === 'string' ? doc.slug : ''
  if (!slug) throw new PreviewError('草稿还没有网址别名，无法预览：请先填写标题并保存。', 422)
  const now = new Date()
  const asPublished: RawDoc = { ...doc, _status: 'published', publishedAt: doc.publishedAt ?? now.toISOString() }
  const overlay: Snapshot = { ...snapshot, [key]: [asPublished, ...snapshot[key].filter((other) => String(other.id) !== String(doc.id))] }
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
    const target = pageOf(section, slug)
    const entry = unique(await prerenderer.getStaticPaths()).find((candidate) => candidate.pathname.replace(/\/?$/, '/') === target)
    if (!entry) throw new PreviewError('草稿缺少在网站上显示所需的内容（如发布日期、栏目或正文），暂时无法预览。', 422)
    return (await context.render(prerenderer, entry)).toString('utf8')
  } finally {
    provideSnapshot(provider)
    context.nextGeneration()
    clearRouteCache(prerenderer)
  }
}
