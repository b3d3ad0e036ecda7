import { beforeAll, describe, expect, it } from 'vitest'

import { richText } from '../../helpers/lexical'
import { bootPayload } from '../../helpers/payload'
import type { TestPayload } from '../../helpers/payload'

describe('scheduled publish and unpublish through the jobs queue', () => {
  let ctx: TestPayload
  let editor: Awaited<ReturnType<TestPayload['createUser']>>

  beforeAll(async () => {
    ctx = await bootPayload()
    // A newsroom user who also publishes (the review step is tested in Review.int.test.ts).
    editor = await ctx.createUser(['editor', 'reviewer'])
  })

  /** What the admin's "schedule publish" does: queue the built-in task for a moment in time. */
  const schedule = (id: number, type: 'publish' | 'unpublish', at: Date) =>
    ctx.payload.jobs.queue({
      task: 'schedulePublish',
      input: {
        type,
        doc: { relationTo: 'stories', value: String(id) },
        user: { relationTo: 'users', value: editor.id },
      },
      waitUntil: at,
    } as never)

  const statusOf = async (id: number) => {
    const { totalDocs } = await ctx.payload.count({
      collection: 'stories',
      where: { and: [{ id: { equals: id } }, { _status: { equals: 'published' } }] },
    })
    return totalDocs === 1 ? 'published' : 'draft'
  }

  it('should publish a draft when its time comes, not before', async () => {
    const story = await ctx.payload.create({
      collection: 'stories',
      data: { title: '定时发布', body: richText('正文'), _status: 'draft' },
      draft: true,
    })
    const job = await schedule(story.id, 'publish', new Date(Date.now() + 3_600_000))
    await ctx.payload.jobs.run()
    expect(await statusOf(story.id)).toBe('draft')
    // Its time comes: the job's moment moved into the past rather than waited for.
    await ctx.payload.update({ collection: 'payload-jobs', id: job.id, data: { waitUntil: new Date(Date.now() - 1_000).toISOString() }, overrideAccess: true })
    await ctx.payload.jobs.run()
    expect(await statusOf(story.id)).toBe('published')
  })

  it('should unpublish a published story when its time comes', async () => {
    const story = await ctx.payload.create({
      collection: 'stories',
      data: { title: '定时下线', body: richText('正文'), _status: 'published' },
    })
    await schedule(story.id, 'unpublish', new Date(Date.now() - 1_000))
    await ctx.payload.jobs.run()
    expect(await statusOf(story.id)).toBe('draft')
    const anonymous = await ctx.payload.find({
      collection: 'stories',
      where: { id: { equals: story.id } },
      overrideAccess: false,
    })
    expect(anonymous.totalDocs).toBe(0)
  })
})
