/**
 * Notices (公示) go through their review chain (站点设置 → 审核流程: 初审 → 终审 by default, or one
 * stage) as stories do: notice staff write and submit, reviewers sign one stage each, the last
 * stage publishes, a return needs a note; on the 审核 endpoint, REST, GraphQL, the Local API with a
 * user and the scheduled publish. Notice staff no longer publish on their own.
 */
import { createLocalReq } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { defaultReviewChain } from '@fengcai/shared'
import type { ReviewChainConfig, Role } from '@fengcai/shared'

import { guardSchedulePublish } from '@/access/guardSchedulePublish'
import { reviewComparison } from '@/lib/reviewCompare'

import { richText } from '../../helpers/lexical'
import { bootPayload } from '../../helpers/payload'
import type { TestPayload } from '../../helpers/payload'
import { reviewStepOver } from '../../helpers/reviewChain'
import type { StepAnswer } from '../../helpers/reviewChain'
import { routeClient } from '../../helpers/routes'
import type { RouteClient } from '../../helpers/routes'

type User = Awaited<ReturnType<TestPayload['createUser']>>
type LogEntry = { action: string; by: string; stage?: number | null; stageName?: string | null; note?: string | null; overrideReason?: string | null }
type Notice = {
  id: number
  _status?: string
  reviewState?: string
  reviewStage?: number | null
  author?: number | { id: number } | null
  signatures?: { stage: number; userId: number }[]
  reviewLog?: LogEntry[]
}
const STAFF_REFUSAL = '公示工作人员不能直接发布：请“送审”，由审核员审核通过后发布。'

describe('review chain for notices: 初审 → 终审', () => {
  let ctx: TestPayload
  let client: RouteClient
  let staff: User
  let first: User
  let second: User
  let both: User
  let third: User
  let editor: User
  const tokens = new Map<number, string>()
  let serial = 0

  const withStages = async (roles: Role[], reviewStages?: number[]) => {
    const user = await ctx.createUser(roles)
    if (reviewStages) await ctx.payload.update({ collection: 'users', id: user.id, data: { reviewStages }, overrideAccess: true })
    tokens.set(user.id, (await ctx.payload.login({ collection: 'users', data: { email: user.email, password: user.password } })).token as string)
    return { ...user, reviewStages }
  }
  const setNoticeChain = (stages: string[]) =>
    ctx.payload.updateGlobal({
      slug: 'site-settings',
      data: { reviewChain: { ...defaultReviewChain, notices: { stages } } satisfies ReviewChainConfig } as never,
      overrideAccess: true,
      context: { skipRebuild: true },
    })

  beforeAll(async () => {
    ctx = await bootPayload({ reviewChain: 'default' })
    client = await routeClient()
    staff = await withStages(['notice-staff'])
    first = await withStages(['reviewer'], [1])
    second = await withStages(['reviewer'], [2])
    both = await withStages(['reviewer'], [1, 2])
    third = await withStages(['reviewer'], [3])
    editor = await withStages(['editor'])
  })

  const draft = async (title: string, nominee = '郑晓岚') =>
    (await ctx.payload.create({
      collection: 'notices',
      data: {
        title: `${title} ${(serial += 1)}`,
        opensAt: new Date().toISOString(),
        nominees: [{ name: nominee, type: 'individual', category: '优秀志愿者' }],
      } as never,
      draft: true,
      overrideAccess: false,
      user: staff,
    })) as unknown as Notice
  const step = (id: number, body: Record<string, unknown>, user: User): Promise<StepAnswer> => reviewStepOver(client, 'notices', id, body, tokens.get(user.id))
  const newest = async (id: number) =>
    (await ctx.payload.findByID({ collection: 'notices', id, draft: true, depth: 0, overrideAccess: true })) as unknown as Notice
  const newestStory = async (id: number) => (await ctx.payload.findByID({ collection: 'stories', id, draft: true, overrideAccess: true })) as unknown as Notice
  const publicRead = async (id: number) => (await client.get(`notices/${id}?depth=0`)).status
  const graphql = async (query: string, user: User) =>
    JSON.parse((await client.graphql(query, tokens.get(user.id))).text) as {
      data?: Record<string, Record<string, unknown> | null>
      errors?: { message: string }[]
    }

  it('should publish a notice only when 终审 signs, each stage by its own reviewer, and keep every signature in the history', async () => {
    const notice = await draft('两级审核公示')
    expect(await step(notice.id, { action: 'submit' }, staff)).toMatchObject({ status: 200, body: { reviewState: 'submitted', reviewStage: 1 } })
    // Notice staff write and submit; they do not sign.
    expect(await step(notice.id, { action: 'approve' }, staff)).toMatchObject({ status: 403, message: '只有审核员可以通过或退回稿件。' })
    const signed = await step(notice.id, { action: 'approve', note: '名单核对无误。' }, first)
    expect(signed).toMatchObject({ status: 200, message: '已通过“初审”，等待“终审”。', body: { reviewState: 'submitted', reviewStage: 2, _status: 'draft' } })
    expect(await publicRead(notice.id)).toBe(404)
    const published = await step(notice.id, { action: 'approve', note: '同意公示。' }, second)
    expect(published).toMatchObject({ status: 200, body: { reviewState: 'approved', reviewStage: null, _status: 'published' } })
    expect(await publicRead(notice.id)).toBe(200)

    const stored = await newest(notice.id)
    expect(stored.author).toBe(staff.id)
    expect(stored.signatures?.map((signature) => [signature.stage, signature.userId])).toEqual([
      [1, first.id],
      [2, second.id],
    ])
    expect(stored.reviewLog?.map((entry) => [entry.action, entry.stageName ?? null, entry.by, entry.note ?? null])).toEqual([
      ['submitted', null, staff.email, null],
      ['approved', '初审', first.email, '名单核对无误。'],
      ['approved', '终审', second.email, '同意公示。'],
      ['published', null, second.email, null],
    ])
    const audit = await ctx.payload.find({
      collection: 'audit-log',
      where: { and: [{ collection: { equals: 'notices' } }, { docId: { equals: String(notice.id) } }] },
      overrideAccess: true,
    })
    expect(audit.docs.map((row) => row.action)).toEqual(['published'])
    // The public read leaves the chain out: it names staff.
    const anonymous = JSON.parse((await client.get(`notices/${notice.id}?depth=0`)).text) as Record<string, unknown>
    expect(anonymous).not.toHaveProperty('reviewState')
    expect(anonymous).not.toHaveProperty('author')
    expect(anonymous.reviewLog ?? []).toEqual([])
    expect(anonymous.signatures ?? []).toEqual([])
  })

  it('should refuse one person signing both stages (403, in Chinese), and a reviewer without the stage', async () => {
    const notice = await draft('同一人不能签两级')
    await step(notice.id, { action: 'submit' }, staff)
    expect((await step(notice.id, { action: 'approve' }, second)).message).toContain('您不能签发“初审”：您负责的是“终审”')
    expect((await step(notice.id, { action: 'approve' }, both)).status).toBe(200)
    const twice = await step(notice.id, { action: 'approve' }, both)
    expect(twice).toMatchObject({ status: 403, message: '您已签发本次送审的“初审”，同一人不能签发同一次送审的两级审核。请由其他审核员签发“终审”。' })
    // The same refusal on a direct REST publish, which would be the 终审 signature.
    const rest = await client.patch(`notices/${notice.id}`, { _status: 'published' }, tokens.get(both.id))
    expect(rest.status).toBe(403)
    expect(rest.text).toContain('同一人不能签发同一次送审的两级审核')
    expect(await newest(notice.id)).toMatchObject({ reviewState: 'submitted', reviewStage: 2, _status: 'draft' })
    expect(await publicRead(notice.id)).toBe(404)
  })

  it('should return a notice at 终审 to notice staff only with a note, and start over at the next submission', async () => {
    const notice = await draft('终审退回')
    await step(notice.id, { action: 'submit' }, staff)
    await step(notice.id, { action: 'approve' }, first)
    expect(await step(notice.id, { action: 'return' }, second)).toMatchObject({ status: 400, message: '退回时请填写审核意见，告诉编辑需要修改什么。' })
    expect(await step(notice.id, { action: 'return', note: '请补充推荐单位。' }, second)).toMatchObject({ status: 200, body: { reviewState: 'returned' } })
    const returned = await newest(notice.id)
    expect(returned.signatures).toEqual([])
    expect(returned.reviewLog?.at(-1)).toMatchObject({ action: 'returned', stage: 2, stageName: '终审', by: second.email, note: '请补充推荐单位。' })
    // The author's 待办 lists it with the note.
    const todo = JSON.parse((await client.get('desk/todo', tokens.get(staff.id))).text) as { returned?: { id: number; returned?: { note: string } }[] }
    expect(todo.returned?.find((item) => item.id === notice.id)?.returned?.note).toBe('请补充推荐单位。')

    await ctx.payload.update({ collection: 'notices', id: notice.id, data: { title: '终审退回（已补充）' }, draft: true, overrideAccess: false, user: staff })
    expect(await step(notice.id, { action: 'submit' }, staff)).toMatchObject({ status: 200, body: { reviewStage: 1 } })
  })

  it('should refuse notice staff a direct publish on REST, bulk REST, GraphQL and the Local API, and a reviewer mid-chain', async () => {
    const notice = await draft('公示人员直接发布')
    const rest = await client.patch(`notices/${notice.id}`, { _status: 'published' }, tokens.get(staff.id))
    expect(rest.status).toBe(403)
    expect(rest.text).toContain(STAFF_REFUSAL)
    const bulk = JSON.parse((await client.patch(`notices?where[id][in][0]=${notice.id}`, { _status: 'published' }, tokens.get(staff.id))).text) as {
      docs: unknown[]
      errors: { message: string }[]
    }
    expect(bulk.docs).toEqual([])
    expect(bulk.errors[0]?.message).toBe(STAFF_REFUSAL)
    const viaGraphql = await graphql(`mutation { updateNotice(id: ${notice.id}, data: { _status: published }) { id } }`, staff)
    expect(viaGraphql.errors?.[0]?.message).toBe(STAFF_REFUSAL)
    await expect(
      ctx.payload.update({ collection: 'notices', id: notice.id, data: { _status: 'published' }, overrideAccess: false, user: staff }),
    ).rejects.toMatchObject({ status: 403 })
    await expect(
      ctx.payload.create({
        collection: 'notices',
        data: { title: '新建即发布', opensAt: new Date().toISOString(), _status: 'published' },
        overrideAccess: false,
        user: staff,
      }),
    ).rejects.toMatchObject({ status: 403 })

    await step(notice.id, { action: 'submit' }, staff)
    const midChain = await client.patch(`notices/${notice.id}`, { _status: 'published' }, tokens.get(second.id))
    expect(midChain.status).toBe(409)
    expect(midChain.text).toContain('这篇稿件正在等待“初审”，“终审”通过后才能发布。')
    expect(await publicRead(notice.id)).toBe(404)
  })

  it('should take a notice through the chain by GraphQL and by the Local API with a user', async () => {
    const byGraphql = await draft('GraphQL 审核')
    const submitted = await graphql(`mutation { updateNotice(id: ${byGraphql.id}, draft: true, data: { reviewState: submitted }) { reviewStage } }`, staff)
    expect(submitted.data?.updateNotice).toEqual({ reviewStage: 1 })
    const approved = await graphql(`mutation { updateNotice(id: ${byGraphql.id}, draft: true, data: { reviewState: approved }) { reviewStage } }`, both)
    expect(approved.data?.updateNotice).toEqual({ reviewStage: 2 })
    const twice = await graphql(`mutation { updateNotice(id: ${byGraphql.id}, data: { _status: published }) { id } }`, both)
    expect(twice.errors?.[0]?.message).toContain('同一人不能签发同一次送审的两级审核')
    const published = await graphql(`mutation { updateNotice(id: ${byGraphql.id}, data: { _status: published }) { _status reviewState } }`, second)
    expect(published.data?.updateNotice).toEqual({ _status: 'published', reviewState: 'approved' })
    expect(await publicRead(byGraphql.id)).toBe(200)

    const local = await draft('本地接口审核')
    const as = (user: User) => ({ overrideAccess: false, user }) as const
    await ctx.payload.update({ collection: 'notices', id: local.id, data: { reviewState: 'submitted' }, draft: true, ...as(staff) })
    await ctx.payload.update({ collection: 'notices', id: local.id, data: { reviewState: 'approved' }, draft: true, ...as(first) })
    expect(await newest(local.id)).toMatchObject({ reviewState: 'submitted', reviewStage: 2, _status: 'draft' })
    await ctx.payload.update({ collection: 'notices', id: local.id, data: { _status: 'published' }, ...as(second) })
    expect(await newest(local.id)).toMatchObject({ reviewState: 'approved', _status: 'published' })
    expect((await newest(local.id)).signatures?.map((signature) => signature.userId)).toEqual([first.id, second.id])
  })

  it('should refuse notice staff a scheduled publish, and publish one scheduled by the 终审 reviewer when the job runs', async () => {
    const notice = await draft('定时公示')
    const reqOf = (user: User) => createLocalReq({ user: { ...user, collection: 'users' } as never }, ctx.payload)
    const schedule = async (user: User) =>
      (await guardSchedulePublish({
        type: 'publish',
        date: new Date(Date.now() - 1_000),
        doc: { relationTo: 'notices', value: String(notice.id) },
        req: await reqOf(user),
      } as never)) as { error?: string } | undefined
    expect((await schedule(staff))?.error).toBe(STAFF_REFUSAL)
    await step(notice.id, { action: 'submit' }, staff)
    await step(notice.id, { action: 'approve' }, both)
    expect((await schedule(both))?.error).toContain('同一人不能签发同一次送审的两级审核')
    expect(await schedule(second)).not.toHaveProperty('error')
    const jobs = await ctx.payload.find({ collection: 'payload-jobs', where: { 'input.doc.value': { equals: String(notice.id) } }, overrideAccess: true })
    for (const job of jobs.docs) await ctx.payload.jobs.runByID({ id: job.id })
    expect(await newest(notice.id)).toMatchObject({ _status: 'published', reviewState: 'approved' })
    expect((await newest(notice.id)).reviewLog?.at(-1)).toMatchObject({ action: 'published', by: `${second.email}（定时发布）` })
  })

  it('should hold the 终审 publish for a nominee name in a wrong 规范表述 form until a reason is given', async () => {
    await ctx.payload.updateGlobal({
      slug: 'site-settings',
      data: { proofreadLists: { officialNames: [{ name: '上海市志愿者协会', wrongForms: ['上海志愿者协会'] }] } } as never,
      overrideAccess: true,
      context: { skipRebuild: true },
    })
    const notice = await draft('规范表述公示', '上海志愿者协会')
    await step(notice.id, { action: 'submit' }, staff)
    expect((await step(notice.id, { action: 'approve' }, first)).status).toBe(200)
    const held = await step(notice.id, { action: 'approve' }, second)
    expect(held.status).toBe(400)
    expect(held.message).toMatch(/^这篇稿件有 \d+ 处校对错误/)
    expect(await publicRead(notice.id)).toBe(404)
    const reason = '名单以推荐文件为准。'
    expect(await step(notice.id, { action: 'approve', overrideReason: reason }, second)).toMatchObject({ status: 200, body: { _status: 'published' } })
    expect((await newest(notice.id)).reviewLog?.at(-1)).toMatchObject({ action: 'published', overrideReason: reason })
  })

  it('should keep the single review step with one stage configured: any reviewer approves, then publishes', async () => {
    await setNoticeChain(['审核'])
    try {
      const notice = await draft('一级审核公示')
      await step(notice.id, { action: 'submit' }, staff)
      expect(await step(notice.id, { action: 'approve' }, second)).toMatchObject({ status: 200, body: { reviewState: 'approved', _status: 'draft' } })
      expect(await publicRead(notice.id)).toBe(404)
      expect(await step(notice.id, { action: 'publish' }, second)).toMatchObject({ status: 200, body: { _status: 'published' } })
      expect(await publicRead(notice.id)).toBe(200)
      // A reviewer's direct publish of a draft counts as the approval, as before chains; notice staff's is refused.
      const direct = await draft('一级审核直接发布')
      expect((await client.patch(`notices/${direct.id}`, { _status: 'published' }, tokens.get(staff.id))).status).toBe(403)
      expect((await client.patch(`notices/${direct.id}`, { _status: 'published' }, tokens.get(first.id))).status).toBe(200)
      expect((await newest(direct.id)).reviewLog?.map((entry) => [entry.action, entry.stageName ?? null])).toEqual([
        ['approved', '审核'],
        ['published', null],
      ])
    } finally {
      await setNoticeChain(defaultReviewChain.notices.stages)
    }
  })

  it('should find the versions to compare under the 审核记录: a story as submitted against the story as approved, edits in review included', async () => {
    const story = await ctx.payload.create({
      collection: 'stories',
      data: { title: '对比送审稿', body: richText('对比测试正文。') },
      draft: true,
      overrideAccess: false,
      user: editor,
    })
    const stepOn = async (body: Record<string, unknown>, user: User) =>
      JSON.parse(
        (
          await client.post(`stories/${story.id}/review`, {
            headers: { 'content-type': 'application/json', authorization: `JWT ${tokens.get(user.id)}` },
            body: JSON.stringify(body),
          })
        ).text,
      ) as { reviewState?: string }
    await stepOn({ action: 'submit' }, editor)
    expect(await reviewComparison(ctx.payload, 'stories', story.id, (await newestStory(story.id)).reviewLog, first)).toBeNull()
    await stepOn({ action: 'approve' }, first)
    // The 复审 reviewer corrects the title before signing.
    await ctx.payload.update({ collection: 'stories', id: story.id, data: { title: '对比送审稿（复审改）' }, draft: true, overrideAccess: false, user: second })
    await stepOn({ action: 'approve' }, second)
    expect((await stepOn({ action: 'approve' }, third)).reviewState).toBe('approved')

    const compared = await reviewComparison(ctx.payload, 'stories', story.id, (await newestStory(story.id)).reviewLog, third)
    expect(compared).not.toBeNull()
    const version = async (id: number | string) =>
      (await ctx.payload.findVersionByID({ collection: 'stories', id: String(id), depth: 0, overrideAccess: true })).version as {
        title: string
        _status?: string
        reviewState?: string
        reviewStage?: number | null
      }
    expect(await version(compared?.submitted ?? 0)).toMatchObject({ title: '对比送审稿', reviewState: 'submitted', reviewStage: 1 })
    expect(await version(compared?.approved ?? 0)).toMatchObject({ title: '对比送审稿（复审改）', _status: 'published', reviewState: 'approved' })
    // Payload's version view refuses those who may not read versions; so does the link.
    const outsider = await withStages(['notice-staff'])
    expect(await reviewComparison(ctx.payload, 'stories', story.id, (await newestStory(story.id)).reviewLog, outsider)).toBeNull()
  })
})
