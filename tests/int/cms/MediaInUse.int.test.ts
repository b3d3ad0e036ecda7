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
import { routeClient } from '../../helpers/routes'
import type { RouteClient } from '../../helpers/routes'

describe('deleting pictures that content uses', () => {
  let ctx: TestPayload
  let editor: Awaited<ReturnType<TestPayload['createUser']>>
  let editorToken: string
  let routes: RouteClient

  beforeAll(async () => {
    ctx = await bootPayload()
    editor = await ctx.createUser(['editor'])
    editorToken = (await ctx.payload.login({ collection: 'users', data: { email: editor.email, password: editor.password } })).token as string
    routes = await routeClient()
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
    const story = await ctx.payload.create({
      collection: 'stories',
      data: { title: '封面将被删除的新闻', body: richText('正文'), cover: cover.id },
      draft: true,
    })
    await ctx.payload.delete({ collection: 'media', id: cover.id, overrideAccess: false, user: editor })
    const after = await ctx.payload.findByID({ collection: 'stories', id: story.id, draft: true, depth: 0 })
    expect(after.cover ?? null).toBeNull()
  })

  it('should refuse while the published version shows the photo, though the newest draft no longer does', async () => {
    const shown = await picture('已发布图集里的照片')
    const replacement = await picture('草稿里换上的照片')
    const gallery = await ctx.payload.create({
      collection: 'galleries',
      data: { title: '已发布的敬老图集', date: '2026-11-02T00:00:00.000Z', photos: [{ image: shown.id, caption: '为老人理发' }], _status: 'published' },
    })
    await ctx.payload.update({ collection: 'galleries', id: gallery.id, data: { photos: [{ image: replacement.id, caption: '换一张' }] }, draft: true })
    const refused = await ctx.payload.delete({ collection: 'media', id: shown.id, overrideAccess: false, user: editor }).then(
      () => null,
      (error: { status?: number; message?: string }) => error,
    )
    expect(refused?.status).toBe(409)
    expect(refused?.message).toContain('《已发布的敬老图集》')
    const published = await ctx.payload.findByID({ collection: 'galleries', id: gallery.id, depth: 0 })
    expect(published.photos?.[0]?.image).toBe(shown.id)
  })

  // Every path that deletes a picture runs the same beforeDelete hook: REST one by id, REST by a
  // query (bulk), and GraphQL. Each must refuse and leave the picture.
  const paths: Array<{ name: string; remove: (id: number) => Promise<{ status: number; text: string }> }> = [
    { name: 'REST', remove: (id) => routes.delete(`media/${id}`, editorToken) },
    { name: 'REST bulk', remove: (id) => routes.delete(`media?where[id][in][0]=${id}`, editorToken) },
    { name: 'GraphQL', remove: (id) => routes.graphql(`mutation { deleteMedia(id: ${id}) { id } }`, editorToken) },
  ]
  for (const path of paths) {
    it(`should refuse a gallery photo's deletion over ${path.name}, in Chinese, and keep the picture`, async () => {
      const photo = await picture(`${path.name} 删除的照片`)
      await ctx.payload.create({
        collection: 'galleries',
        data: { title: `${path.name}路径图集`, date: '2026-11-03T00:00:00.000Z', photos: [{ image: photo.id }], _status: 'draft' },
        draft: true,
      })
      const answer = await path.remove(photo.id)
      expect(answer.text).toContain(`《${path.name}路径图集》`)
      if (path.name !== 'GraphQL') expect(answer.status).toBeGreaterThanOrEqual(400)
      expect(await ctx.payload.count({ collection: 'media', where: { id: { equals: photo.id } } })).toEqual({ totalDocs: 1 })
    })
  }
})
