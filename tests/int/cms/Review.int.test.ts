import { beforeAll, describe, expect, it } from 'vitest'

import { richText } from '../../helpers/lexical'
import { bootPayload } from '../../helpers/payload'
import type { TestPayload } from '../../helpers/payload'
import { routeClient } from '../../helpers/routes'
import type { RouteClient } from '../../helpers/routes'

type User = Awaited<ReturnType<TestPayload['createUser']>>
type Story = { id: number; _status?: string; reviewState?: string; reviewLog?: { action: string; by: string; note?: string | null }[]; updatedByName?: string }

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

describe('review: 送审 → 审核 → 发布', () => {
  let ctx: TestPayload
  let client: RouteClient
  let editor: User
  let reviewer: User
  let editorToken: string

  beforeAll(async () => {
    ctx = await bootPayload()
    client = await routeClient()
    editor = await ctx.createUser(['editor'])
    reviewer = await ctx.createUser(['reviewer'])
    editorToken = (await ctx.payload.login({ collection: 'users', data: { email: editor.email, password: editor.password } })).token as string
  })

  const as = (user: User) => ({ overrideAccess: false, user }) as const
  const draft = async (title: string) =>
    (await ctx.payload.create({ collection: 'stories', data: { title, body: richText('送审测试正文。') } as never, draft: true, ...as(editor) })) as unknown as Story
  const save = async (user: User, id: number, data: Record<string, unknown>, isDraft = true) =>
    (await ctx.payload.update({ collection: 'stories', id, data: data as never, draft: isDraft, ...as(user) })) as unknown as Story
  const refusal = (promise: Promise<unknown>) => promise.then(() => null, (error: { status?: number; message?: string }) => ({ status: error.status, message: error.message }))
  const isPublished = async (id: number) =>
    (await ctx.payload.count({ collection: 'stories', where: { and: [{ id: { equals: id } }, { _status: { equals: 'published' } }] } })).totalDocs === 1

  it('should refuse an editor who publishes, through the REST API and the Local API alike', async () => {
    const story = await draft('编辑不能直接发布')
    const rest = await client.patch(`stories/${story.id}`, { _status: 'published' }, editorToken)
    expect(rest.status).toBe(403)
    expect(rest.text).toContain('编辑不能直接发布')
    expect(await refusal(save(editor, story.id, { _status: 'published' }, false))).toMatchObject({ status: 403 })
    expect(await isPublished(story.id)).toBe(false)
  })

  it('should take a story from 送审 through 退回 to 发布, recording who did each step', async () => {
    const story = await draft('送审流程')
    expect((await save(editor, story.id, { reviewState: 'submitted' })).reviewState).toBe('submitted')
    expect(await refusal(save(editor, story.id, { reviewState: 'approved' }))).toMatchObject({ status: 403, message: '只有审核员可以通过或退回稿件。' })
    expect(await refusal(save(reviewer, story.id, { reviewState: 'returned' }))).toMatchObject({ status: 400 })
    const returned = await save(reviewer, story.id, { reviewState: 'returned', reviewNote: '导语请补充时间和地点。' })
    expect(returned.reviewState).toBe('returned')
    await save(editor, story.id, { title: '送审流程（已修改）', reviewState: 'submitted' })
    const published = await save(reviewer, story.id, { _status: 'published' }, false)
    expect(published).toMatchObject({ _status: 'published', reviewState: 'approved' })
    const steps = (published.reviewLog ?? []).map((step) => [step.action, step.by])
    expect(steps).toEqual([
      ['submitted', editor.email],
      ['returned', reviewer.email],
      ['submitted', editor.email],
      ['approved', reviewer.email],
      ['published', reviewer.email],
    ])
    expect(published.reviewLog?.[1]?.note).toBe('导语请补充时间和地点。')

    // The version history names both: each saved version records who saved it.
    const versions = await ctx.payload.findVersions({ collection: 'stories', where: { parent: { equals: story.id } }, sort: 'createdAt', limit: 50, overrideAccess: true })
    const authors = versions.docs.map((version) => (version.version as Story).updatedByName)
    expect(authors).toContain(editor.email)
    expect(authors[authors.length - 1]).toBe(reviewer.email)
    expect((versions.docs[versions.docs.length - 1]?.version as Story)._status).toBe('published')
  })

  it('should show the review fields to staff only: the public API names no staff and shows no notes', async () => {
    const story = await draft('审核信息不对外')
    await save(editor, story.id, { reviewState: 'submitted' })
    await save(reviewer, story.id, { reviewState: 'returned', reviewNote: '内部意见：请核实人数。' })
    await save(editor, story.id, { reviewState: 'submitted' })
    await save(reviewer, story.id, { _status: 'published' }, false)
    const reviewFields = ['reviewState', 'reviewNote', 'updatedByName']
    const anonymous = await client.get(`stories/${story.id}?depth=0`)
    expect(anonymous.status).toBe(200)
    const publicDoc = JSON.parse(anonymous.text) as Record<string, unknown>
    expect(publicDoc.title).toBe('审核信息不对外')
    for (const field of reviewFields) expect(publicDoc).not.toHaveProperty(field)
    // Payload gives an array field it leaves out as empty.
    expect(publicDoc.reviewLog ?? []).toEqual([])
    for (const secret of [editor.email, reviewer.email, '内部意见']) expect(anonymous.text).not.toContain(secret)
    const listed = await client.get(`stories?depth=0&where[id][equals]=${story.id}`)
    for (const secret of [editor.email, reviewer.email, '内部意见']) expect(listed.text).not.toContain(secret)
    const graphql = await client.graphql(`{ Story(id: ${story.id}) { title reviewNote updatedByName reviewLog { by note } } }`)
    expect(graphql.text).toContain('审核信息不对外')
    for (const secret of [editor.email, reviewer.email, '内部意见']) expect(graphql.text).not.toContain(secret)
    const staff = JSON.parse((await client.get(`stories/${story.id}?depth=0`, editorToken)).text) as Story
    expect(staff).toMatchObject({ reviewState: 'approved', updatedByName: reviewer.email })
    expect(staff.reviewLog?.map((step) => step.action)).toEqual(['submitted', 'returned', 'submitted', 'approved', 'published'])
  })

  it('should not let a client write the history itself', async () => {
    const story = await draft('伪造记录')
    const saved = await save(editor, story.id, { reviewLog: [{ action: 'approved', by: '冒名审核员', at: new Date().toISOString() }] })
    expect(saved.reviewLog).toEqual([])
  })

  it('should let an editor change a published story only as a draft, until a reviewer publishes it', async () => {
    const story = await draft('已发布后修改')
    await save(reviewer, story.id, { _status: 'published' }, false)
    await save(editor, story.id, { title: '已发布后修改（草稿）' })
    expect(await refusal(save(editor, story.id, { title: '绕过审核', _status: 'published' }, false))).toMatchObject({ status: 403 })
    const live = (await ctx.payload.findByID({ collection: 'stories', id: story.id, overrideAccess: true })) as unknown as { title: string }
    expect(live.title).toBe('已发布后修改')
  })

  it('should reopen an approved story that an editor changes afterwards', async () => {
    const story = await draft('通过后再改')
    await save(editor, story.id, { reviewState: 'submitted' })
    await save(reviewer, story.id, { reviewState: 'approved' })
    const changed = await save(editor, story.id, { title: '通过后再改（加了一句）' })
    expect(changed.reviewState).toBe('draft')
    expect(changed.reviewLog?.at(-1)?.action).toBe('reopened')
  })

  it('should publish on schedule what a reviewer approved, and not what no one approved', async () => {
    const schedule = (id: number) =>
      ctx.payload.jobs.queue({
        task: 'schedulePublish',
        input: { type: 'publish', doc: { relationTo: 'stories', value: String(id) }, user: { relationTo: 'users', value: editor.id } },
        waitUntil: new Date(Date.now() + 300),
      } as never)
    const approved = await draft('审核通过后定时发布')
    await save(editor, approved.id, { reviewState: 'submitted' })
    await save(reviewer, approved.id, { reviewState: 'approved' })
    const unapproved = await draft('未经审核的定时发布')
    await schedule(approved.id)
    await schedule(unapproved.id)
    await wait(400)
    await ctx.payload.jobs.run()
    expect(await isPublished(approved.id)).toBe(true)
    expect(await isPublished(unapproved.id)).toBe(false)
    const log = ((await ctx.payload.findByID({ collection: 'stories', id: approved.id, overrideAccess: true })) as unknown as Story).reviewLog ?? []
    expect(log.at(-1)).toMatchObject({ action: 'published', by: `${editor.email}（定时发布）` })
  })
})
