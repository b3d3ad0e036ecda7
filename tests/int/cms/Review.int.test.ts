import { beforeAll, describe, expect, it } from 'vitest'

import { richText } from '../../helpers/lexical'
import { bootPayload } from '../../helpers/payload'
import type { TestPayload } from '../../helpers/payload'
import { routeClient } from '../../helpers/routes'
import type { RouteClient } from '../../helpers/routes'

type User = Awaited<ReturnType<TestPayload['createUser']>>
type Story = {
  id: number
  _status?: string
  reviewState?: string
  reviewLog?: { action: string; by: string; note?: string | null }[]
  updatedByName?: string
  changeRequest?: string | null
  changeRequestReason?: string | null
}
type AuditRow = {
  action: string
  collection: string
  docId: string
  title?: string | null
  user?: string | null
  note?: string | null
  clientAddress?: string | null
}

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
    (await ctx.payload.create({
      collection: 'stories',
      data: { title, body: richText('送审测试正文。') } as never,
      draft: true,
      ...as(editor),
    })) as unknown as Story
  const save = async (user: User, id: number, data: Record<string, unknown>, isDraft = true) =>
    (await ctx.payload.update({ collection: 'stories', id, data: data as never, draft: isDraft, ...as(user) })) as unknown as Story
  const refusal = (promise: Promise<unknown>) =>
    promise.then(
      () => null,
      (error: { status?: number; message?: string }) => ({ status: error.status, message: error.message }),
    )
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
    const versions = await ctx.payload.findVersions({
      collection: 'stories',
      where: { parent: { equals: story.id } },
      sort: 'createdAt',
      limit: 50,
      overrideAccess: true,
    })
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
    const reviewFields = ['reviewState', 'reviewNote', 'updatedByName', 'changeRequest', 'changeRequestReason']
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

  const audit = async (id: number, action: string) =>
    (
      await ctx.payload.find({
        collection: 'audit-log',
        where: { and: [{ docId: { equals: String(id) } }, { action: { equals: action } }] },
        overrideAccess: true,
      })
    ).docs as unknown as AuditRow[]
  const publishedStory = async (title: string) => {
    const story = await draft(title)
    await save(reviewer, story.id, { _status: 'published' }, false)
    return story
  }

  it('should let an editor ask for an unpublish with a reason, which a reviewer declines with a note or carries out, each step recorded', async () => {
    const story = await publishedStory('申请撤稿流程')
    const ask = { changeRequest: 'unpublish', changeRequestReason: '活动已取消，报道内容不再准确。' }
    expect(await refusal(save(editor, story.id, { changeRequest: 'unpublish' }))).toMatchObject({ status: 400, message: '申请撤稿或删除时请填写理由。' })
    const asked = await save(editor, story.id, ask)
    expect(asked).toMatchObject({ changeRequest: 'unpublish', reviewState: 'approved' })
    expect(asked.reviewLog?.at(-1)).toMatchObject({ action: 'unpublishRequested', by: editor.email, note: ask.changeRequestReason })
    expect(await isPublished(story.id)).toBe(true)
    // The reviewer finds it on the dashboard's desk, whose list asks for the newest versions with a request.
    const pending = await ctx.payload.find({ collection: 'stories', draft: true, where: { changeRequest: { exists: true } }, overrideAccess: true })
    expect(pending.docs.map((doc) => doc.id)).toContain(story.id)

    expect(await refusal(save(reviewer, story.id, { changeRequest: null }))).toMatchObject({ status: 400 })
    const declined = await save(reviewer, story.id, { changeRequest: null, reviewNote: '报道记录的是当时的情况，保留。' })
    expect(declined).toMatchObject({ changeRequest: null, changeRequestReason: null })
    expect(declined.reviewLog?.at(-1)).toMatchObject({ action: 'requestDeclined', by: reviewer.email, note: '报道记录的是当时的情况，保留。' })
    expect(await isPublished(story.id)).toBe(true)

    await save(editor, story.id, ask)
    const reviewerToken = (await ctx.payload.login({ collection: 'users', data: { email: reviewer.email, password: reviewer.password } })).token as string
    const answer = await client.patch(`stories/${story.id}?depth=0`, { _status: 'draft', reviewNote: '同意撤稿：活动已取消。' }, reviewerToken)
    expect(answer.status, answer.text).toBe(200)
    expect(await isPublished(story.id)).toBe(false)
    const after = (await ctx.payload.findByID({ collection: 'stories', id: story.id, draft: true, overrideAccess: true })) as unknown as Story
    expect(after).toMatchObject({ changeRequest: null, changeRequestReason: null })
    expect(after.reviewLog?.map((step) => step.action).slice(-4)).toEqual(['unpublishRequested', 'requestDeclined', 'unpublishRequested', 'unpublished'])
    expect(after.reviewLog?.at(-1)).toMatchObject({ action: 'unpublished', by: reviewer.email, note: '同意撤稿：活动已取消。' })
    const [row] = await audit(story.id, 'unpublished')
    expect(row).toMatchObject({ collection: 'stories', title: '申请撤稿流程', user: reviewer.email, note: '同意撤稿：活动已取消。' })
    // The client's address, hashed as every address the CMS keeps.
    expect(row?.clientAddress).toMatch(/^[0-9a-f]{32}$/)
  })

  it('should refuse an editor who unpublishes or deletes a published story, and tell them to ask instead', async () => {
    const story = await publishedStory('编辑不能撤稿')
    const unpublish = await client.patch(`stories/${story.id}`, { _status: 'draft' }, editorToken)
    expect(unpublish.status).toBe(403)
    expect(unpublish.text).toContain('编辑不能直接撤稿：请提交撤稿申请，由审核员处理。')
    expect(await refusal(ctx.payload.delete({ collection: 'stories', id: story.id, ...as(editor) }))).toMatchObject({
      status: 403,
      message: '编辑不能删除发布过的稿件：请提交删除申请，由审核员处理。',
    })
    expect(await isPublished(story.id)).toBe(true)
    expect(await audit(story.id, 'unpublished')).toEqual([])
    expect(await audit(story.id, 'deleted')).toEqual([])
  })

  it('should let an editor ask for a delete that a reviewer carries out, written to the 操作日志, and still delete a draft never published', async () => {
    const story = await publishedStory('申请删除流程')
    // Unpublished since, it was still seen by the public: deleting it remains the reviewer's step.
    await save(reviewer, story.id, { _status: 'draft', reviewNote: '先撤下。' }, false)
    expect(await refusal(ctx.payload.delete({ collection: 'stories', id: story.id, ...as(editor) }))).toMatchObject({ status: 403 })
    const asked = await save(editor, story.id, { changeRequest: 'delete', changeRequestReason: '重复稿件。' })
    expect(asked.reviewLog?.at(-1)).toMatchObject({ action: 'deleteRequested', note: '重复稿件。' })
    await ctx.payload.delete({ collection: 'stories', id: story.id, ...as(reviewer) })
    expect(await ctx.payload.count({ collection: 'stories', where: { id: { equals: story.id } } })).toMatchObject({ totalDocs: 0 })
    expect(await audit(story.id, 'deleted')).toEqual([expect.objectContaining({ title: '申请删除流程', user: reviewer.email, note: '按申请删除：重复稿件。' })])

    const scratch = await draft('从未发布的草稿')
    await ctx.payload.delete({ collection: 'stories', id: scratch.id, ...as(editor) })
    expect(await audit(scratch.id, 'deleted')).toEqual([expect.objectContaining({ user: editor.email })])
  })

  it('should not count asking for an unpublish as a change after approval', async () => {
    const story = await publishedStory('申请不算修改')
    const asked = await save(editor, story.id, { changeRequest: 'unpublish', changeRequestReason: '理由' })
    expect(asked.reviewState).toBe('approved')
    const withdrawn = await save(editor, story.id, { changeRequest: null })
    expect(withdrawn).toMatchObject({ reviewState: 'approved', changeRequest: null, changeRequestReason: null })
    expect(withdrawn.reviewLog?.at(-1)).toMatchObject({ action: 'requestWithdrawn', by: editor.email })
  })

  it('should publish on schedule as the reviewer who scheduled it, and refuse the publish an editor scheduled even when approved', async () => {
    const schedule = (id: number, by: User) =>
      ctx.payload.jobs.queue({
        task: 'schedulePublish',
        input: { type: 'publish', doc: { relationTo: 'stories', value: String(id) }, user: { relationTo: 'users', value: by.id } },
        // Already due: the job runs at the next `jobs.run()`, with no clock to wait for.
        waitUntil: new Date(Date.now() - 1_000),
      } as never)
    const approvedDraft = async (title: string) => {
      const story = await draft(title)
      await save(editor, story.id, { reviewState: 'submitted' })
      await save(reviewer, story.id, { reviewState: 'approved' })
      return story
    }
    const byReviewer = await approvedDraft('审核员安排的定时发布')
    const byEditor = await approvedDraft('编辑安排的定时发布')
    await schedule(byReviewer.id, reviewer)
    await schedule(byEditor.id, editor)
    await ctx.payload.jobs.run()
    expect(await isPublished(byReviewer.id)).toBe(true)
    // An editor may not publish directly, so not on schedule either (the job runs as the editor).
    expect(await isPublished(byEditor.id)).toBe(false)
    const log = ((await ctx.payload.findByID({ collection: 'stories', id: byReviewer.id, overrideAccess: true })) as unknown as Story).reviewLog ?? []
    expect(log.at(-1)).toMatchObject({ action: 'published', by: `${reviewer.email}（定时发布）` })
  })
})
