/**
 * Pictures in use: a new upload is queued for the site (see Rebuild.int), a cover's picture may be
 * deleted (the story loses its cover), a gallery photo's picture may not (the gallery could not be
 * saved again with an empty required photo).
 */
import { beforeAll, describe, expect, it } from 'vitest'

import { drawJpeg } from '../../helpers/images'
import { richText } from '../../helpers/lexical'
import { bootPayload } from '../../helpers/payload'
import type { TestPayload } from '../../helpers/payload'

describe('deleting pictures that content uses', () => {
  let ctx: TestPayload
  let editor: Awaited<ReturnType<TestPayload['createUser']>>

  beforeAll(async () => {
    ctx = await bootPayload()
    editor = await ctx.createUser(['editor'])
  })

  const picture = async (alt: string) =>
    ctx.payload.create({ collection: 'media', data: { alt }, file: { data: await drawJpeg(300, 200), mimetype: 'image/jpeg', name: 'in-use.jpg', size: 0 } })

  it('should refuse to delete a gallery photo, in Chinese, naming the gallery, and keep the gallery whole', async () => {
    const photo = await picture('图集里的照片')
    const gallery = await ctx.payload.create({
      collection: 'galleries',
      data: { title: '河道清洁行动图集', date: '2026-11-01T00:00:00.000Z', photos: [{ image: photo.id, caption: '清理河岸' }], _status: 'draft' },
      draft: true,
    })
    const refused = await ctx.payload.delete({ collection: 'media', id: photo.id, overrideAccess: false, user: editor }).then(
      () => null,
      (error: { status?: number; message?: string }) => error,
    )
    expect(refused?.status).toBe(409)
    expect(refused?.message).toContain('《河道清洁行动图集》')
    const kept = await ctx.payload.findByID({ collection: 'galleries', id: gallery.id, draft: true, depth: 0 })
    expect(kept.photos?.[0]?.image).toBe(photo.id)
    expect(await ctx.payload.count({ collection: 'media', where: { id: { equals: photo.id } } })).toEqual({ totalDocs: 1 })
  })

  it('should let an editor delete a cover picture: the story stays and has no cover', async () => {
    const cover = await picture('一张封面')
    const story = await ctx.payload.create({ collection: 'stories', data: { title: '封面将被删除的新闻', body: richText('正文'), cover: cover.id }, draft: true })
    await ctx.payload.delete({ collection: 'media', id: cover.id, overrideAccess: false, user: editor })
    const after = await ctx.payload.findByID({ collection: 'stories', id: story.id, draft: true, depth: 0 })
    expect(after.cover ?? null).toBeNull()
  })
})
