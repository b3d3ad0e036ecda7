import { beforeAll, describe, expect, it } from 'vitest'

import { BEACON_LIMIT } from '@/collections/Stories/endpoints/countView'
import { hitRateLimit } from '@/lib/rateLimit'

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

  it('should count a reader once per story per day, whatever browser it claims to be', async () => {
    const first = await view({ 'user-agent': 'Mozilla/5.0 (Android 14) Chrome/130', 'x-forwarded-for': '203.0.113.201' })
    const again = await view({ 'user-agent': 'Mozilla/5.0 (Windows NT 10.0) Firefox/132', 'x-forwarded-for': '203.0.113.201' })
    expect(first.body.counted).toBe(true)
    expect(again.body).toEqual({ views: first.body.views, counted: false })
  })

  it('should answer a flood from one address with 429 and count nothing more', async () => {
    const statuses: number[] = []
    for (let index = 0; index <= BEACON_LIMIT.max; index += 1) statuses.push((await view(reader('203.0.113.202'))).status)
    expect(statuses.slice(0, BEACON_LIMIT.max).every((status) => status === 200)).toBe(true)
    expect(statuses[BEACON_LIMIT.max]).toBe(429)
  })

  it('should sweep counters whose window is over, through the hourly job', async () => {
    await hitRateLimit(ctx.payload, 'sweep-test', 60_000)
    await hitRateLimit(ctx.payload, 'sweep-keep', 60_000)
    // The first window is over: its end moved into the past rather than waited out.
    await ctx.payload.update({
      collection: 'rate-limits',
      where: { key: { equals: 'sweep-test' } },
      data: { resetAt: new Date(Date.now() - 1_000).toISOString() },
      overrideAccess: true,
    })
    await ctx.payload.jobs.queue({ task: 'sweepRateLimits', input: {} } as never)
    await ctx.payload.jobs.run()
    const left = await ctx.payload.count({ collection: 'rate-limits', where: { key: { equals: 'sweep-test' } }, overrideAccess: true })
    expect(left.totalDocs).toBe(0)
    // A counter still in its window is kept.
    const kept = await ctx.payload.count({ collection: 'rate-limits', where: { key: { equals: 'sweep-keep' } }, overrideAccess: true })
    expect(kept.totalDocs).toBe(1)
  })

  it('should count each reader once, and another reader again', async () => {
    const first = (await view(reader('203.0.113.1'))).body
    expect(first.counted).toBe(true)
    expect((await view(reader('203.0.113.1'))).body).toEqual({ views: first.views, counted: false })
    expect((await view(reader('203.0.113.2'))).body).toEqual({ views: first.views + 1, counted: true })
  })

  it('should not count obvious bots or clients without a user agent', async () => {
    expect((await view({ 'user-agent': 'Mozilla/5.0 (compatible; Googlebot/2.1)', 'x-forwarded-for': '198.51.100.9' })).body.counted).toBe(false)
    expect(
      (await view({ 'user-agent': 'Mozilla/5.0 (compatible; Baiduspider/2.0; +http://www.baidu.com/search/spider.html)', 'x-forwarded-for': '198.51.100.11' }))
        .body.counted,
    ).toBe(false)
    expect((await view({ 'user-agent': 'curl/8.5.0', 'x-forwarded-for': '198.51.100.12' })).body.counted).toBe(false)
    expect((await view({ 'x-forwarded-for': '198.51.100.10' })).body.counted).toBe(false)
  })

  it('should count exactly under concurrent beacons from different readers', async () => {
    const before = (await view(reader('203.0.113.1'))).body.views as number
    await Promise.all(Array.from({ length: 40 }, (_, index) => view(reader(`192.0.2.${index + 1}`))))
    expect((await view(reader('203.0.113.1'))).body.views).toBe(before + 40)
  })

  it('should keep the live count when an editor saves the story', async () => {
    const editor = await ctx.createUser(['editor', 'reviewer'])
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
