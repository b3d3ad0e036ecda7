import type { CollectionBeforeDeleteHook } from 'payload'

import { collectionSlugs, globalSlugs } from '@fengcai/shared'

import { publicError } from '@/lib/errors'

/**
 * A gallery photo must have its picture (a required field): deleting a picture a gallery shows
 * would leave that gallery impossible to save again until someone found the empty row. Optional
 * uses (covers, share images, nominee photos, pictures in a body) simply lose the picture.
 * Both the newest draft and the published version count: a draft that swapped the photo out does
 * not make it free while the site still shows it. A footer QR code (站点设置) requires its picture too.
 */
export const keepPhotosInUse: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const settings = await req.payload.findGlobal({ slug: globalSlugs.siteSettings, depth: 0, overrideAccess: true, req })
  if (settings.qrCodes?.some((row) => String(row.image) === String(id))) {
    throw publicError('这张图片是站点设置中的新媒体二维码，请先在站点设置中替换或移除它，再删除。', 409)
  }
  const usedBy = (draft: boolean) =>
    req.payload.find({
      collection: collectionSlugs.galleries,
      where: { 'photos.image': { equals: id } },
      draft,
      depth: 0,
      limit: 3,
      select: { title: true },
      overrideAccess: true,
      req,
    })
  const found = [...(await usedBy(true)).docs, ...(await usedBy(false)).docs]
  const docs = found.filter((gallery, index) => found.findIndex((other) => other.id === gallery.id) === index)
  if (!docs.length) return
  const titles = docs.map((gallery) => `《${String((gallery as { title?: unknown }).title ?? gallery.id)}》`).join('、')
  throw publicError(`这张图片是图集${titles}中的照片，请先在图集中替换或移除它，再删除。`, 409, { galleries: docs.map((gallery) => gallery.id) })
}
