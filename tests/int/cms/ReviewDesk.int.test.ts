/**
 * The desk follows the author: every reviewed document records the user who created it, whoever
 * changes it later; 我的草稿 and 待审核 list by author; a return puts the story back on its author's
 * desk and queues a mail to them. And the review buttons' endpoint, `POST /api/<collection>/:id/review`,
 * for every role and step.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { reviewSteps } from '@fengcai/shared'
import type { ReviewStep } from '@fengcai/shared'

import { richText } from '../../helpers/lexical'
import { bootPayload } from '../../helpers/payload'
import type { TestPayload } from '../../helpers/payload'
import { routeClient } from '../../helpers/routes'
import type { RouteClient } from '../../helpers/routes'
import { queryDatabase } from '../../helpers/sql'

type User = Awaited<ReturnType<TestPayload['createUser']>>
type Story = { id: number; title: string; _status?: string; reviewState?: string; author?: number | null }
type QueuedMail = { input?: { message?: { to?: string; subject?: string; text?: string } } }

describe('the desk follows the author; the review endpoint', () => {
  let ctx: TestPayload
  let client: RouteClient
  let editor: User
  let otherEditor: User
  let reviewer: User

  const jobsBefore = process.env.FENGCAI_JOBS
  const smtpBefore = process.env.SMTP_URL
  beforeAll(async () => {
    process.env.CMS_PUBLIC_URL = 'https://cms.fengcai.test'
    // The queued mails are read here: no job runner in this process may send (and so remove) them meanwhile.
    process.env.FENGCAI_JOBS = 'off'
    // Review mails are queued only where SMTP is configured; with the runner off, nothing connects to it.
    process.env.SMTP_URL = 'smtp://127.0.0.1:9'
    ctx = await bootPayload()
    client = await routeClient()
    editor = await ctx.createUser(['editor'])
    otherEditor = await ctx.createUser(['editor'])
    const created = await ctx.createUser(['reviewer'])
    reviewer = {
      ...(await ctx.payload.update({ collection: 'users', id: created.id, data: { name: '林审核' }, overrideAccess: true })),
      password: created.password,
    }
  })

  afterAll(() => {
    if (jobsBefore === undefined) delete process.env.FENGCAI_JOBS
    else process.env.FENGCAI_JOBS = jobsBefore
    if (smtpBefore === undefined) delete process.env.SMTP_URL
    else process.env.SMTP_URL = smtpBefore
  })

  const as = (user: User) => ({ overrideAccess: false, user }) as const
  const draft = async (title: string, by: User = editor, data: Record<string, unknown> = {}) =>
    (await ctx.payload.create({
      collection: 'stories',
      data: { title, body: richText('作者测试正文。'), ...data } as never,
      draft: true,
      depth: 0,
      ...as(by),
    })) as unknown as Story
  const save = async (user: User, id: number, data: Record<string, unknown>, isDraft = true) =>
    (await ctx.payload.update({ collection: 'stories', id, data: data as never, draft: isDraft, depth: 0, ...as(user) })) as unknown as Story
  const newest = async (id: number) =>
    (await ctx.payload.findByID({ collection: 'stories', id, draft: true, depth: 0, overrideAccess: true })) as unknown as Story
  const desk = async (user: User) => {
    const { loadDesk } = await import('@/admin/desk')
    return loadDesk(ctx.payload, user)
  }
  const titles = (items: { title: string }[]) => items.map((item) => item.title)
  /**
   * The mails queued to a person, about one document when its title is given: other tests of this
   * file return other stories of the same author, and whether the jobs runner has sent (and so
   * removed) those yet depends on timing.
   */
  const mailsTo = async (email: string, about?: string): Promise<QueuedMail[]> =>
    (
      await ctx.payload.find({
        collection: 'payload-jobs',
        where: { and: [{ taskSlug: { equals: 'sendMail' } }, { queue: { equals: 'mail' } }] },
        limit: 100,
        overrideAccess: true,
      })
    ).docs.filter(
      (job) =>
        (job as QueuedMail).input?.message?.to === email && (about === undefined || ((job as QueuedMail).input?.message?.subject ?? '').endsWith(`：${about}`)),
    ) as QueuedMail[]

  it('should record the creating user as author and keep them through every later change, whatever a client sends', async () => {
    const story = await draft('作者不随修改人变化', editor, { author: reviewer.id })
    expect(story.author).toBe(editor.id)
    await save(reviewer, story.id, { title: '作者不随修改人变化（审核员改过）', author: reviewer.id })
    await save(editor, story.id, { reviewState: 'submitted' })
    await save(reviewer, story.id, { reviewState: 'returned', reviewNote: '请补充时间。' })
    await save(reviewer, story.id, { _status: 'published' }, false)
    expect((await newest(story.id)).author).toBe(editor.id)
    const live = (await ctx.payload.findByID({ collection: 'stories', id: story.id, depth: 0, overrideAccess: true })) as unknown as Story
    expect(live.author).toBe(editor.id)
    // Every version names the same author.
    const versions = await ctx.payload.findVersions({
      collection: 'stories',
      where: { parent: { equals: story.id } },
      depth: 0,
      limit: 50,
      overrideAccess: true,
    })
    expect(new Set(versions.docs.map((version) => (version.version as Story).author))).toEqual(new Set([editor.id]))
    // Nor over REST: a PATCH naming another author changes nothing.
    const token = (await ctx.payload.login({ collection: 'users', data: { email: reviewer.email, password: reviewer.password } })).token as string
    const answer = await client.patch(`stories/${story.id}?draft=true&depth=0`, { author: reviewer.id }, token)
    expect(answer.status, answer.text).toBe(200)
    expect((await newest(story.id)).author).toBe(editor.id)
    // The public API does not name staff.
    expect(JSON.parse((await client.get(`stories/${story.id}?depth=0`)).text)).not.toHaveProperty('author')
  })

  it('should give documents saved before authors were recorded the author their history names', async () => {
    const { fillAuthors } = await import('@/migrations/20261205_131103_reviewer_desk_author')
    const byFirstSave = await draft('迁移：首个版本的修改人')
    await save(reviewer, byFirstSave.id, { title: '迁移：首个版本的修改人（审核员改过）' })
    const byHistory = await draft('迁移：审核记录中的送审人')
    await save(editor, byHistory.id, { reviewState: 'submitted' })
    const byNobody = (await ctx.payload.create({
      collection: 'stories',
      data: { title: '迁移：无人可查', body: richText('正文。') } as never,
      draft: true,
      depth: 0,
    })) as unknown as Story
    const ids = [byFirstSave.id, byHistory.id, byNobody.id]
    // As before this change: no author anywhere; the second one's versions name nobody either.
    await queryDatabase(ctx.databaseUrl, 'UPDATE stories SET author_id = NULL WHERE id = ANY($1)', [ids])
    await queryDatabase(ctx.databaseUrl, 'UPDATE _stories_v SET version_author_id = NULL WHERE parent_id = ANY($1)', [ids])
    await queryDatabase(ctx.databaseUrl, 'UPDATE _stories_v SET version_updated_by_name = NULL WHERE parent_id = $1', [byHistory.id])
    expect((await newest(byFirstSave.id)).author).toBeNull()

    await (ctx.payload.db as unknown as { drizzle: { execute: (query: unknown) => Promise<unknown> } }).drizzle.execute(fillAuthors('stories'))
    expect((await newest(byFirstSave.id)).author).toBe(editor.id)
    expect((await newest(byHistory.id)).author).toBe(editor.id)
    expect((await newest(byNobody.id)).author).toBeNull()
    const live = await queryDatabase<{ id: number; author_id: number | null }>(
      ctx.databaseUrl,
      'SELECT id, author_id FROM stories WHERE id = ANY($1) ORDER BY id',
      [ids],
    )
    expect(live.map((row) => row.author_id)).toEqual([editor.id, editor.id, null])
  })

  it('should list 我的草稿 and 待审核 by author, not by whoever saved last', async () => {
    const mine = await draft('编辑甲的草稿，审核员改过')
    await save(reviewer, mine.id, { title: '编辑甲的草稿，审核员改过' })
    const theirs = await draft('编辑乙的草稿', otherEditor)
    expect(titles((await desk(editor)).mine)).toContain(mine.title)
    expect(titles((await desk(editor)).mine)).not.toContain(theirs.title)
    expect(titles((await desk(reviewer)).mine)).not.toContain(mine.title)

    await save(editor, mine.id, { reviewState: 'submitted' })
    await save(otherEditor, theirs.id, { reviewState: 'submitted' })
    // A writer's 待审核 is their own submissions; a reviewer's 待我审核 is everyone's.
    expect(titles((await desk(editor)).waiting)).toContain(mine.title)
    expect(titles((await desk(editor)).waiting)).not.toContain(theirs.title)
    expect(titles((await desk(reviewer)).waiting)).toEqual(expect.arrayContaining([mine.title, theirs.title]))
    expect(titles((await desk(editor)).mine)).not.toContain(mine.title)
  })

  it("should put a returned story back on its author's desk, marked 已退回 with the note, and queue a mail to the author", async () => {
    const story = await draft('退回后回到作者的桌面')
    await save(editor, story.id, { reviewState: 'submitted' })
    // A return refused for want of a note tells nobody.
    await expect(save(reviewer, story.id, { reviewState: 'returned' })).rejects.toMatchObject({ status: 400 })
    expect(await mailsTo(editor.email, story.title)).toEqual([])
    await save(reviewer, story.id, { reviewState: 'returned', reviewNote: '导语请写明活动的时间和地点。' })

    const [item] = (await desk(editor)).mine.filter((entry) => entry.id === story.id)
    expect(item).toMatchObject({ state: 'returned', returned: { note: '导语请写明活动的时间和地点。', by: '林审核' } })
    expect(titles((await desk(reviewer)).mine)).not.toContain(story.title)

    const mails = await mailsTo(editor.email, story.title)
    expect(mails).toHaveLength(1)
    const message = mails[0]?.input?.message
    expect(message?.subject).toBe('稿件被退回修改：退回后回到作者的桌面')
    expect(message?.text).toContain('审核意见：导语请写明活动的时间和地点。')
    expect(message?.text).toContain('林审核')
    expect(message?.text).toContain(`https://cms.fengcai.test/admin/collections/stories/${story.id}`)
    // Saving again while returned is not another return.
    await save(reviewer, story.id, { title: '退回后回到作者的桌面' })
    expect(await mailsTo(editor.email, story.title)).toHaveLength(1)
  })

  describe('POST /api/stories/:id/review', () => {
    const tokens = new Map<string, string>()
    const actors: Record<string, () => User | null> = {
      editor: () => editor,
      reviewer: () => reviewer,
      admin: () => admin,
      'notice-staff': () => noticeStaff,
      anonymous: () => null,
    }
    let admin: User
    let noticeStaff: User

    beforeAll(async () => {
      admin = await ctx.createUser(['admin'])
      noticeStaff = await ctx.createUser(['notice-staff'])
      for (const user of [editor, reviewer, admin, noticeStaff]) {
        tokens.set(user.email, (await ctx.payload.login({ collection: 'users', data: { email: user.email, password: user.password } })).token as string)
      }
    })

    const step = async (id: number | string, body: unknown, user: User | null) => {
      const headers: Record<string, string> = { 'content-type': 'application/json' }
      if (user) headers.authorization = `JWT ${tokens.get(user.email)}`
      const answer = await client.post(`stories/${id}/review`, { headers, body: typeof body === 'string' ? body : JSON.stringify(body) })
      const parsed = JSON.parse(answer.text) as { reviewState?: string; _status?: string; message?: string; errors?: { message: string }[] }
      return { status: answer.status, body: parsed, message: parsed.errors?.[0]?.message ?? parsed.message ?? '' }
    }

    // Each step from the state it is meant for: submit a draft; approve, return and publish a submitted story.
    const expected: Record<string, Record<ReviewStep, number>> = {
      editor: { submit: 200, approve: 403, return: 403, publish: 403 },
      reviewer: { submit: 200, approve: 200, return: 200, publish: 200 },
      admin: { submit: 200, approve: 200, return: 200, publish: 200 },
      // Notice staff may not read story drafts at all.
      'notice-staff': { submit: 404, approve: 404, return: 404, publish: 404 },
      anonymous: { submit: 401, approve: 401, return: 401, publish: 401 },
    }
    const after: Record<ReviewStep, { reviewState: string; _status: string }> = {
      submit: { reviewState: 'submitted', _status: 'draft' },
      approve: { reviewState: 'approved', _status: 'draft' },
      return: { reviewState: 'returned', _status: 'draft' },
      publish: { reviewState: 'approved', _status: 'published' },
    }
    const rows = Object.keys(expected).flatMap((role) => reviewSteps.map((action) => [role, action, expected[role]?.[action] ?? 0] as const))

    it.each(rows)('should answer %s taking the step %s with %i', async (role, action, status) => {
      const story = await draft(`按钮接口 ${role} ${action}`)
      if (action !== 'submit') await save(editor, story.id, { reviewState: 'submitted' })
      const before = await newest(story.id)
      const answer = await step(story.id, { action, note: '请核对人数。' }, actors[role]?.() ?? null)
      expect(answer.status, answer.message).toBe(status)
      if (status === 200) {
        expect(answer.body).toMatchObject(after[action])
        expect(await newest(story.id)).toMatchObject(after[action])
      } else {
        expect(answer.message).toMatch(/\p{Script=Han}/u)
        expect(await newest(story.id)).toMatchObject({ reviewState: before.reviewState, _status: before._status })
      }
    })

    it('should refuse in Chinese what makes no sense: no note to return, a step from the wrong state, a wrong step, a missing story', async () => {
      const story = await draft('按钮接口的拒绝')
      expect(await step(story.id, { action: 'approve' }, reviewer)).toMatchObject({ status: 409, message: '只有待审核的稿件可以通过（这篇现在是“编辑中”）。' })
      await step(story.id, { action: 'submit' }, editor)
      expect(await step(story.id, { action: 'submit' }, editor)).toMatchObject({ status: 409, message: '这篇稿件已经送审，正在等待审核。' })
      expect(await step(story.id, { action: 'return', note: '  ' }, reviewer)).toMatchObject({
        status: 400,
        message: '退回时请填写审核意见，告诉编辑需要修改什么。',
      })
      expect(await step(story.id, { action: 'delete' }, reviewer)).toMatchObject({
        status: 400,
        message: 'action 须为 submit、approve、return、publish 之一。',
      })
      expect(await step(story.id, '{not json', reviewer)).toMatchObject({ status: 400, message: '请求内容不是有效的 JSON。' })
      expect(await step('abc', { action: 'submit' }, reviewer)).toMatchObject({ status: 400, message: '编号格式不正确。' })
      expect(await step(999999, { action: 'submit' }, reviewer)).toMatchObject({ status: 404 })
      expect((await newest(story.id)).reviewState).toBe('submitted')
    })

    it("should return through the endpoint to the author's desk and mail them", async () => {
      const story = await draft('接口退回')
      await step(story.id, { action: 'submit' }, editor)
      const answer = await step(story.id, { action: 'return', note: '标题太长，请精简。' }, reviewer)
      expect(answer).toMatchObject({ status: 200, body: { reviewState: 'returned' } })
      expect((await desk(editor)).mine.find((entry) => entry.id === story.id)?.returned?.note).toBe('标题太长，请精简。')
      expect((await mailsTo(editor.email)).map((mail) => mail.input?.message?.subject)).toContain('稿件被退回修改：接口退回')
    })
  })
})
