import type { CollectionBeforeDeleteHook } from 'payload'

import { globalSlugs } from '@fengcai/shared'

import { publicError } from '@/lib/errors'

/**
 * A 焦点图 slide must have its picture, as a gallery photo must (./keepPhotosInUse): deleting one
 * the home page shows (or its draft) would leave 首页版块 impossible to save until someone found
 * the empty slide.
 */
export const keepSlidesInUse: CollectionBeforeDeleteHook = async ({ id, req }) => {
  // The published arrangement and the newest draft: a draft without its picture could not be published.
  const arrangements = [
    await req.payload.findGlobal({ slug: globalSlugs.homepage, depth: 0, overrideAccess: true, req }),
    await req.payload.findGlobal({ slug: globalSlugs.homepage, depth: 0, draft: true, overrideAccess: true, req }),
  ]
  const used = arrangements.some((homepage) =>
    (homepage.blocks ?? []).some(
      (block) =>
        block.blockType === 'carousel' &&
        (block.slides ?? []).some((slide) => String(typeof slide.image === 'object' && slide.image ? slide.image.id : slide.image) === String(id)),
    ),
  )
  if (used) throw publicError('这张图片正用在首页焦点图中，请先在“首页版块”中替换或移除这张幻灯片，再删除。', 409, { global: globalSlugs.homepage })
}
