/**
 * Who is told of a review step, through a real SMTP server: 送审 and a stage passed mail the
 * reviewers of the stage now awaited (not whoever signed this submission already, not the actor,
 * not administrators while a reviewer carries the stage), a return and the last stage's publish mail
 * the author. And the 待办 endpoint, `GET /api/desk/todo`, counting for each person what the 审核
 * endpoint would let them do at each step.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Role } from '@fengcai/shared'

import { QUERY_LIMITS } from '@/lib/queryLimits'

import { richText } from '../../helpers/lexical'
import { bootPayload } from '../../helpers/payload'
import type { TestPayload } from '../../helpers/payload'
import { routeClient } from '../../helpers/routes'
import type { RouteClient } from '../../helpers/routes'
import { mailThroughTestSmtp } from '../../helpers/smtp'
import { copyStory, deleteStoryCopies } from '../../helpers/storyCopies'
import type { MailingSmtp, ReceivedMail } from '../../helpers/smtp'

type User = Awaited<ReturnType<TestPayload['createUser']>>
type Todo = {
  more: boolean
  counts: { review: number; returned: number }
  review: { id: number; stageName?: string }[]
  returned: { id: number; returned?: { note: string } }[]
}

describe('review notifications and the 待办 list', () => {
  let ctx: TestPayload
  let client: RouteClient
  let smtp: MailingSmtp
  /** The author, a reviewer for each stage, one for all three, and an administrator. */
  let cast: Record<'author' | 'first' | 'second' | 'third' | 'allStages' | 'admin', User>
  const tokens = new Map<number, string>()

  const person = async (roles: Role[], name: string, reviewStages?: number[]) => {
    const user = await ctx.createUser(roles)
    await ctx.payload.update({ collection: 'users', id: user.id, data: { name, ...(reviewStages ? { reviewStages } : {}) }, overrideAccess: true })
    tokens.set(user.id, (await ctx.payload.login({ collection: 'users', data: { email: user.email, password: user.password } })).token as string)
    return user
  }

  beforeAll(async () => {
    // The mail queue runs when the test says so: after it ran, every mail queued so far has arrived.
    smtp = await mailThroughTestSmtp({ CMS_PUBLIC_URL: 'https://cms.fengcai.test', FENGCAI_JOBS: 'off' })
    ctx = await bootPayload({ reviewChain: 'default' })
    client = await routeClient()
    cast = {
      author: await person(['editor'], '周作者'),
      first: await person(['reviewer'], '初审员', [1]),
      second: await person(['reviewer'], '复审员', [2]),
      third: await person(['reviewer'], '终审员', [3]),
      allStages: await person(['reviewer'], '全能审核', [1, 2, 3]),
      admin: await person(['admin'], '管理员'),
    }
  })

  afterAll(async () => {
    await smtp.restore()
  })

  const draft = async (title: string) =>
    (await ctx.payload.create({
      collection: 'stories',
      data: { title, body: richText('通知测试正文。') } as never,
      draft: true,
      overrideAccess: false,
      user: cast.author,
    })) as unknown as { id: number }

  const step = async (id: number, body: Record<string, unknown>, user: User) => {
    const answer = await client.post(`stories/${id}/review`, {
      headers: { 'content-type': 'application/json', authorization: `JWT ${tokens.get(user.id)}` },
      body: JSON.stringify(body),
    })
    expect(answer.status, answer.text).toBe(200)
  }

  /** Sends what the step queued and answers the mails that arrived for it, one per recipient. */
  const mailsOf = async (take: () => Promise<void>, title: string): Promise<ReceivedMail[]> => {
    const before = smtp.received.length
    await take()
    await ctx.payload.jobs.run({ queue: 'mail', limit: 50 })
    return smtp.received.slice(before).filter((mail) => mail.subject.includes(title))
  }
  const recipients = (mails: ReceivedMail[]) => mails.flatMap((mail) => mail.to).sort()
  const emails = (...users: User[]) => users.map((user) => user.email).sort()

  const todo = async (user: User | null) => {
    const answer = await client.get('desk/todo', user ? tokens.get(user.id) : undefined)
    return { status: answer.status, body: JSON.parse(answer.text) as Todo }
  }
  const countsOf = async (id: number) => {
    const result: Record<string, [number, number]> = {}
    for (const name of ['author', 'first', 'second', 'third', 'allStages'] as const) {
      const user = cast[name]
      const { body } = await todo(user)
      result[name] = [body.review.filter((item) => item.id === id).length, body.returned.filter((item) => item.id === id).length]
      expect(body.counts).toEqual({ review: body.review.length, returned: body.returned.length })
    }
    return result
  }

  it('should mail the next stage at each step and the author on publish, and count the 待办 of each person', async () => {
    const title = '社区志愿服务队获表彰'
    const story = await draft(title)
    expect(await countsOf(story.id)).toEqual({ author: [0, 0], first: [0, 0], second: [0, 0], third: [0, 0], allStages: [0, 0] })

    const submitted = await mailsOf(() => step(story.id, { action: 'submit' }, cast.author), title)
    expect(recipients(submitted)).toEqual(emails(cast.first, cast.allStages))
    expect(submitted[0]?.subject).toBe(`待初审：${title}`)
    expect(submitted[0]?.text).toContain(`新闻稿“${title}”已送审，现在等待“初审”`)
    expect(submitted[0]?.text).toContain(`https://cms.fengcai.test/admin/collections/stories/${story.id}`)
    expect(await countsOf(story.id)).toEqual({ author: [0, 0], first: [1, 0], second: [0, 0], third: [0, 0], allStages: [1, 0] })

    // 全能审核 signs 初审: 复审 goes to 复审员 only, since one person signs one stage.
    const passedFirst = await mailsOf(() => step(story.id, { action: 'approve' }, cast.allStages), title)
    expect(recipients(passedFirst)).toEqual(emails(cast.second))
    expect(passedFirst[0]?.subject).toBe(`待复审：${title}`)
    expect(passedFirst[0]?.text).toContain('已通过“初审”，现在等待“复审”')
    expect(await countsOf(story.id)).toEqual({ author: [0, 0], first: [0, 0], second: [1, 0], third: [0, 0], allStages: [0, 0] })

    const passedSecond = await mailsOf(() => step(story.id, { action: 'approve' }, cast.second), title)
    expect(recipients(passedSecond)).toEqual(emails(cast.third))
    expect(passedSecond[0]?.subject).toBe(`待终审：${title}`)
    expect(await countsOf(story.id)).toEqual({ author: [0, 0], first: [0, 0], second: [0, 0], third: [1, 0], allStages: [0, 0] })

    const published = await mailsOf(() => step(story.id, { action: 'approve' }, cast.third), title)
    expect(recipients(published)).toEqual(emails(cast.author))
    expect(published[0]?.subject).toBe(`稿件已发布：${title}`)
    expect(published[0]?.text).toContain('终审员')
    expect(await countsOf(story.id)).toEqual({ author: [0, 0], first: [0, 0], second: [0, 0], third: [0, 0], allStages: [0, 0] })
  })

  it('should mail the author the note of a return, and list it as returned to them until resubmitted', async () => {
    const title = '老年食堂开张'
    const story = await draft(title)
    await mailsOf(() => step(story.id, { action: 'submit' }, cast.author), title)
    const returned = await mailsOf(() => step(story.id, { action: 'return', note: '请补充开张日期。' }, cast.first), title)
    expect(recipients(returned)).toEqual(emails(cast.author))
    expect(returned[0]?.subject).toBe(`稿件被退回修改：${title}`)
    expect(returned[0]?.text).toContain('审核意见：请补充开张日期。')
    expect(await countsOf(story.id)).toEqual({ author: [0, 1], first: [0, 0], second: [0, 0], third: [0, 0], allStages: [0, 0] })
    expect((await todo(cast.author)).body.returned.find((item) => item.id === story.id)?.returned?.note).toBe('请补充开张日期。')
    await mailsOf(() => step(story.id, { action: 'submit' }, cast.author), title)
    expect(await countsOf(story.id)).toEqual({ author: [0, 0], first: [1, 0], second: [0, 0], third: [0, 0], allStages: [1, 0] })
  })

  it('should mail administrators only when no reviewer may take the stage', async () => {
    const title = '无人复审的稿件'
    const story = await draft(title)
    await ctx.payload.update({ collection: 'users', id: cast.second.id, data: { reviewStages: [1] }, overrideAccess: true })
    try {
      await mailsOf(() => step(story.id, { action: 'submit' }, cast.author), title)
      // 全能审核 signs 初审; the only other reviewer of 复审 is gone: the administrator is told.
      const passed = await mailsOf(() => step(story.id, { action: 'approve' }, cast.allStages), title)
      expect(recipients(passed)).toEqual(emails(cast.admin))
      const adminTodo = await todo(cast.admin)
      expect(adminTodo.body.review.find((item) => item.id === story.id)?.stageName).toBe('复审')
    } finally {
      await ctx.payload.update({ collection: 'users', id: cast.second.id, data: { reviewStages: [2] }, overrideAccess: true })
    }
  })

  it('should send nothing when SMTP is not configured, and refuse the 待办 to the public', async () => {
    const title = '没有邮件服务器时'
    const story = await draft(title)
    delete process.env.SMTP_URL
    try {
      expect(await mailsOf(() => step(story.id, { action: 'submit' }, cast.author), title)).toEqual([])
    } finally {
      process.env.SMTP_URL = smtp.url
    }
    expect((await countsOf(story.id)).first).toEqual([1, 0])
    expect((await todo(null)).status).toBe(401)
  })

  it('should read at most its budget of submissions per collection, the newest, and say that there are more', async () => {
    // One saved submission and, written with SQL, enough copies of it (each newer than the last) to pass the budget.
    const first = Number(
      (
        await ctx.payload.create({
          collection: 'stories',
          data: { title: '待办上限', body: richText('待审正文。'), reviewState: 'submitted', reviewStage: 1 } as never,
          draft: true,
          overrideAccess: true,
          context: { skipRebuild: true },
        })
      ).id,
    )
    const ids = [first]
    try {
      ids.push(...(await copyStory(ctx.databaseUrl, first, QUERY_LIMITS.deskRows)))
      const { body } = await todo(cast.first)
      const listed = body.review.filter((item) => ids.includes(item.id)).map((item) => item.id)
      // The newest rows the list reads are all of these (made last), every one awaiting the 初审 this reviewer signs.
      expect(listed).toHaveLength(QUERY_LIMITS.deskRows)
      expect(listed).toContain(Math.max(...ids))
      expect(body.more).toBe(true)
      expect(body.counts.review).toBe(body.review.length)
    } finally {
      try {
        await deleteStoryCopies(ctx.databaseUrl, ids.slice(1))
      } finally {
        await ctx.payload.delete({ collection: 'stories', id: first, overrideAccess: true, context: { skipRebuild: true } })
      }
    }
    expect((await todo(cast.first)).body.more).toBe(false)
  })
})
