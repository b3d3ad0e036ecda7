import { beforeAll, describe, expect, it } from 'vitest'

import { richText } from '../../helpers/lexical'
import { bootPayload } from '../../helpers/payload'
import type { TestPayload } from '../../helpers/payload'
import { routeClient } from '../../helpers/routes'
import type { RouteClient } from '../../helpers/routes'

const reader = (ip: string) => ({ 'user-agent': 'Mozilla/5.0 (iPhone) MicroMessenger/8.0', 'x-forwarded-for': ip })

describe('view count beacon', () => {
  let ctx: TestPayload
  let client: RouteClient
  let storyId: number

  beforeAll(async () => {
    ctx = await bootPayload()
    client = await routeClient()
    const story = await ctx.payload.create({
      collection: 'stories',
      data: { title: '阅读量', body: richText('正文'), _status: 'published' },
    })
    storyId = story.id
  })

  const view = async (headers: Record<string, string>, id: number | string = storyId) => {
    const answer = await client.post(`stories/${id}/view`, { headers })
    return { status: answer.status, body: JSON.parse(answer.text) }
  }

  it('should count a reader once per window', async () => {
    expect((await view(reader('203.0.113.1'))).body).toEqual({ views: 1, counted: true })
    expect((await view(reader('203.0.113.1'))).body).toEqual({ views: 1, counted: false })
    expect((await view(reader('203.0.113.2'))).body).toEqual({ views: 2, counted: true })
  })

  it('should not count obvious bots or clients without a user agent', async () => {
    expect((await view({ 'user-agent': 'Mozilla/5.0 (compatible; Googlebot/2.1)', 'x-forwarded-for': '198.51.100.9' })).body.counted).toBe(false)
    expect((await view({ 'x-forwarded-for': '198.51.100.10' })).body.counted).toBe(false)
  })

  it('should count exactly under concurrent beacons from different readers', async () => {
    const before = (await view(reader('203.0.113.1'))).body.views as number
    await Promise.all(Array.from({ length: 40 }, (_, index) => view(reader(`192.0.2.${index + 1}`))))
    expect((await view(reader('203.0.113.1'))).body.views).toBe(before + 40)
  })

  it('should keep the live count when an editor saves the story', async () => {
    const editor = await ctx.createUser(['editor'])
    const live = (await view(reader('203.0.113.1'))).body.views as number
    await ctx.payload.update({ collection: 'stories', id: storyId, data: { title: '阅读量（改）' }, draft: true, overrideAccess: false, user: editor })
    const published = await ctx.payload.update({ collection: 'stories', id: storyId, data: { _status: 'published' }, overrideAccess: false, user: editor })
    expect(published.viewCount).toBe(live)
  })

  it('should answer 400 for a malformed id and 404 for a draft or missing story', async () => {
    const draft = await ctx.payload.create({ collection: 'stories', data: { title: '草稿', body: richText('正文') }, draft: true })
    expect((await view(reader('203.0.113.1'), 'abc')).status).toBe(400)
    expect((await view(reader('203.0.113.1'), draft.id)).status).toBe(404)
    expect((await view(reader('203.0.113.1'), 999999)).status).toBe(404)
    expect((await view(reader('203.0.113.1'), 'abc')).body.errors[0].message).toBe('新闻编号格式不正确。')
  })
})
