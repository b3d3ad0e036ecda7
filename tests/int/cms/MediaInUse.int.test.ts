/**
 * Pictures in use: a new upload is queued for the site (see Rebuild.int), a cover's picture may be
 * deleted (the story loses its cover), a gallery photo's picture may not (the gallery could not be
 * saved again with an empty required photo), nor a footer QR code's (站点设置).
 */
import { beforeAll, describe, expect, it } from 'vitest'

import { roles } from '@fengcai/shared'

import { drawJpeg } from '../../helpers/images'
import { richText } from '../../helpers/lexical'
import { bootPayload } from '../../helpers/payload'
import type { TestPayload } from '../../helpers/payload'
import { routeClient } from '../../helpers/routes'
import type { RouteClient } from '../../helpers/routes'

describe('deleting pictures that content uses', () => {
  let ctx: TestPayload
  let editor: Awaited<ReturnType<TestPayload['createUser']>>
  let routes: RouteClient

  beforeAll(async () => {
    ctx = await bootPayload()
    editor = await ctx.createUser(['editor'])
    routes = await routeClient()
  })

  const picture = async (alt: string) =>
    ctx.payload.create({ collection: 'media', data: { alt }, file: { data: await drawJpeg(300, 200), mimetype: 'image/jpeg', name: 'in-use.jpg', size: 0 } })

  it('should refuse to delete the picture of a footer QR code, in Chinese, and free it once the code is gone', async () => {
    const code = await picture('二维码图片')
    await ctx.payload.updateGlobal({ slug: 'site-settings', data: { qrCodes: [{ label: '微信公众号', alt: '公众号二维码', image: code.id }] } })
    const refused = await ctx.payload.delete({ collection: 'media', id: code.id, overrideAccess: false, user: editor }).then(
      () => null,
      (error: { status?: number; message?: string }) => error,
    )
    expect(refused?.status).toBe(409)
    expect(refused?.message).toContain('新媒体二维码')
    await ctx.payload.updateGlobal({ slug: 'site-settings', data: { qrCodes: [] } })
    await ctx.payload.delete({ collection: 'media', id: code.id, overrideAccess: false, user: editor })
    expect((await ctx.payload.count({ collection: 'media', where: { id: { equals: code.id } } })).totalDocs).toBe(0)
  })

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

  // Every path that deletes a picture × every role: REST one by id, REST by a query (bulk), and
  // GraphQL run the same beforeDelete hook. Those who may delete pictures (editors, administrators)
  // are refused in Chinese, naming the gallery; the others by the collection's access. The picture
  // stays in every cell.
  const actors = ['anonymous', ...roles] as const
  const tokenOf = async (actor: (typeof actors)[number]): Promise<string | undefined> => {
    if (actor === 'anonymous') return undefined
    const user = await ctx.createUser([actor])
    return (await ctx.payload.login({ collection: 'users', data: { email: user.email, password: user.password } })).token as string
  }
  const paths: Array<{ name: string; remove: (id: number, token?: string) => Promise<{ status: number; text: string }> }> = [
    { name: 'REST', remove: (id, token) => routes.delete(`media/${id}`, token) },
    { name: 'REST bulk', remove: (id, token) => routes.delete(`media?where[id][in][0]=${id}`, token) },
    { name: 'GraphQL', remove: (id, token) => routes.graphql(`mutation { deleteMedia(id: ${id}) { id } }`, token) },
  ]
  for (const path of paths) {
    for (const actor of actors) {
      const mayDelete = actor === 'editor' || actor === 'admin'
      it(`should keep a gallery photo's picture that ${actor} deletes over ${path.name}${mayDelete ? ', saying in Chinese which gallery uses it' : ', refused by access'}`, async () => {
        const photo = await picture(`${path.name} ${actor} 删除的照片`)
        const title = `${path.name}路径${actor}图集`
        await ctx.payload.create({
          collection: 'galleries',
          data: { title, date: '2026-11-03T00:00:00.000Z', photos: [{ image: photo.id }], _status: 'draft' },
          draft: true,
        })
        const answer = await path.remove(photo.id, await tokenOf(actor))
        if (mayDelete) expect(answer.text).toContain(`《${title}》`)
        else expect(answer.text).not.toContain(`《${title}》`)
        // GraphQL answers 200 with errors; a bulk delete answers per document.
        if (path.name === 'GraphQL') expect(JSON.parse(answer.text)).toMatchObject({ errors: [expect.anything()] })
        else expect(answer.status).toBeGreaterThanOrEqual(400)
        expect(await ctx.payload.count({ collection: 'media', where: { id: { equals: photo.id } } })).toEqual({ totalDocs: 1 })
      })
    }
  }
})
