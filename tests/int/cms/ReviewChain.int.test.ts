/**
 * The review chain (三审: 初审 → 复审 → 终审, the default in 站点设置 → 审核流程) through the CMS's
 * real route handlers: the 审核 endpoint signs one stage at a time and the last stage publishes;
 * one person signs one stage; a direct publish mid-chain is refused on every API; the reviewers'
 * stages are theirs to see and only administrators set them.
 */
import { beforeAll, describe, expect, it } from 'vitest'

import { defaultReviewChain } from '@fengcai/shared'
import type { Role } from '@fengcai/shared'

import { drawJpeg } from '../../helpers/images'
import { richText } from '../../helpers/lexical'
import { bootPayload } from '../../helpers/payload'
import type { TestPayload } from '../../helpers/payload'
import { reviewStepOver } from '../../helpers/reviewChain'
import type { StepAnswer } from '../../helpers/reviewChain'
import { routeClient } from '../../helpers/routes'
import type { RouteClient } from '../../helpers/routes'

type User = Awaited<ReturnType<TestPayload['createUser']>>
type LogEntry = { action: string; by: string; stage?: number | null; stageName?: string | null; note?: string | null; overrideReason?: string | null }
type Story = {
  id: number
  _status?: string
  reviewState?: string
  reviewStage?: number | null
  signatures?: { stage: number; userId: number; by: string; note?: string | null }[]
  reviewLog?: LogEntry[]
}
describe('review chain: 初审 → 复审 → 终审', () => {
  let ctx: TestPayload
  let client: RouteClient
  let editor: User
  let first: User
  let second: User
  let third: User
  let allStages: User
  let admin: User
  const tokens = new Map<number, string>()

  const withStages = async (roles: Role[], reviewStages?: number[]) => {
    const user = await ctx.createUser(roles)
    if (!reviewStages) return user
    await ctx.payload.update({ collection: 'users', id: user.id, data: { reviewStages }, overrideAccess: true })
    return { ...user, reviewStages }
  }

  beforeAll(async () => {
    ctx = await bootPayload({ reviewChain: 'default' })
    client = await routeClient()
    editor = await withStages(['editor'])
    first = await withStages(['reviewer'], [1])
    second = await withStages(['reviewer'], [2])
    third = await withStages(['reviewer'], [3])
    allStages = await withStages(['reviewer'], [1, 2, 3])
    admin = await withStages(['admin'], [])
    for (const user of [editor, first, second, third, allStages, admin]) {
      tokens.set(user.id, (await ctx.payload.login({ collection: 'users', data: { email: user.email, password: user.password } })).token as string)
    }
  })

  const draft = async (title: string, collection = 'stories') =>
    (await ctx.payload.create({
      collection: collection as 'stories',
      data: { title, body: richText('三审测试正文。') } as never,
      draft: true,
      overrideAccess: false,
      user: editor,
    })) as unknown as Story
  const step = (id: number, body: Record<string, unknown>, user: User, collection = 'stories'): Promise<StepAnswer> =>
    reviewStepOver(client, collection, id, body, tokens.get(user.id))
  const editAsAuthor = (id: number, title: string) =>
    ctx.payload.update({ collection: 'stories', id, data: { title } as never, draft: true, overrideAccess: false, user: editor })
  const newest = async (id: number) => (await ctx.payload.findByID({ collection: 'stories', id, draft: true, overrideAccess: true })) as unknown as Story
  const publicRead = async (id: number) => (await client.get(`stories/${id}?depth=0`)).status
  /** A story submitted and signed at the first stages by the given reviewers. */
  const signedUpTo = async (title: string, signers: User[]) => {
    const story = await draft(title)
    expect((await step(story.id, { action: 'submit' }, editor)).status).toBe(200)
    for (const signer of signers) expect((await step(story.id, { action: 'approve' }, signer)).status).toBe(200)
    return story
  }

  it('should publish only when the third stage signs, each stage by its own reviewer, and show every signature in the history', async () => {
    const story = await draft('三审流程')
    expect(await step(story.id, { action: 'submit' }, editor)).toMatchObject({ status: 200, body: { reviewState: 'submitted', reviewStage: 1 } })
    const signed1 = await step(story.id, { action: 'approve', note: '初审意见：事实无误。' }, first)
    expect(signed1).toMatchObject({ status: 200, message: '已通过“初审”，等待“复审”。', body: { reviewState: 'submitted', reviewStage: 2, _status: 'draft' } })
    expect(await publicRead(story.id)).toBe(404)
    expect(await step(story.id, { action: 'approve' }, second)).toMatchObject({ status: 200, body: { reviewState: 'submitted', reviewStage: 3 } })
    expect(await publicRead(story.id)).toBe(404)
    const published = await step(story.id, { action: 'approve', note: '同意发布。' }, third)
    expect(published).toMatchObject({ status: 200, body: { reviewState: 'approved', reviewStage: null, _status: 'published' } })
    expect(await publicRead(story.id)).toBe(200)

    const stored = await newest(story.id)
    expect(stored.signatures?.map((signature) => [signature.stage, signature.userId])).toEqual([
      [1, first.id],
      [2, second.id],
      [3, third.id],
    ])
    expect(stored.reviewLog?.map((entry) => [entry.action, entry.stageName ?? null, entry.by])).toEqual([
      ['submitted', null, editor.email],
      ['approved', '初审', first.email],
      ['approved', '复审', second.email],
      ['approved', '终审', third.email],
      ['published', null, third.email],
    ])
    expect(stored.reviewLog?.[1]).toMatchObject({ stage: 1, note: '初审意见：事实无误。' })
    expect(stored.reviewLog?.[3]).toMatchObject({ stage: 3, note: '同意发布。' })
    // The public read leaves the chain out: it names staff.
    const anonymous = JSON.parse((await client.get(`stories/${story.id}?depth=0`)).text) as Record<string, unknown>
    expect(anonymous).not.toHaveProperty('reviewStage')
    expect(anonymous.signatures ?? []).toEqual([])
  })

  it('should refuse one person signing two stages of the same submission, and a reviewer without the stage', async () => {
    const story = await signedUpTo('同一人不能签两级', [allStages])
    const twice = await step(story.id, { action: 'approve' }, allStages)
    expect(twice).toMatchObject({ status: 403 })
    expect(twice.message).toBe('您已签发本次送审的“初审”，同一人不能签发同一次送审的两级审核。请由其他审核员签发“复审”。')
    const wrongStage = await step(story.id, { action: 'approve' }, third)
    expect(wrongStage.status).toBe(403)
    expect(wrongStage.message).toContain('您不能签发“复审”：您负责的是“终审”')
    expect(await newest(story.id)).toMatchObject({ reviewState: 'submitted', reviewStage: 2 })
    expect((await newest(story.id)).signatures).toHaveLength(1)
    // An administrator signs any stage, but also only one per submission.
    expect((await step(story.id, { action: 'approve' }, admin)).status).toBe(200)
    expect((await step(story.id, { action: 'approve' }, admin)).status).toBe(403)
  })

  it('should send a story returned at the second stage back to its author with the note, and start over at the next submission', async () => {
    const story = await signedUpTo('复审退回', [first])
    expect(await step(story.id, { action: 'return' }, second)).toMatchObject({ status: 400, message: '退回时请填写审核意见，告诉编辑需要修改什么。' })
    const returned = await step(story.id, { action: 'return', note: '复审：请补充活动时间。' }, second)
    expect(returned).toMatchObject({ status: 200, body: { reviewState: 'returned', reviewStage: null } })
    const afterReturn = await newest(story.id)
    expect(afterReturn.signatures).toEqual([])
    expect(afterReturn.reviewLog?.at(-1)).toMatchObject({ action: 'returned', stage: 2, stageName: '复审', by: second.email, note: '复审：请补充活动时间。' })

    // Resubmitted: stage 1 again, and the earlier 初审 signer may sign it again.
    await editAsAuthor(story.id, '复审退回（已补充）')
    expect(await step(story.id, { action: 'submit' }, editor)).toMatchObject({ status: 200, body: { reviewStage: 1 } })
    expect(await step(story.id, { action: 'approve' }, second)).toMatchObject({ status: 403 })
    expect(await step(story.id, { action: 'approve' }, first)).toMatchObject({ status: 200, body: { reviewStage: 2 } })
  })

  it('should refuse a direct publish mid-chain by a reviewer or an administrator on REST, bulk REST and GraphQL, with the chain’s reason', async () => {
    const story = await signedUpTo('中途直接发布', [first])
    const refusal = '这篇稿件正在等待“复审”，“终审”通过后才能发布。'
    for (const user of [third, admin]) {
      const rest = await client.patch(`stories/${story.id}`, { _status: 'published' }, tokens.get(user.id))
      expect(rest.status, rest.text).toBe(409)
      expect(rest.text).toContain(refusal)
      const bulk = await client.patch(`stories?where[id][in][0]=${story.id}`, { _status: 'published' }, tokens.get(user.id))
      const bulkBody = JSON.parse(bulk.text) as { docs: unknown[]; errors: { message: string }[] }
      expect(bulkBody.docs).toEqual([])
      // A bulk publish writes the live row as stored (Payload reads it, not the newest draft): never
      // submitted, so refused by the chain too, in its words.
      expect(bulkBody.errors[0]?.message).toBe('发布前须送审，经“初审”“复审”“终审”依次通过（这篇现在是“编辑中”）。')
      const graphql = JSON.parse(
        (await client.graphql(`mutation { updateStory(id: ${story.id}, data: { _status: published }) { id } }`, tokens.get(user.id))).text,
      ) as {
        errors?: { message: string }[]
      }
      expect(graphql.errors?.[0]?.message).toBe(refusal)
    }
    expect(await publicRead(story.id)).toBe(404)
    expect(await newest(story.id)).toMatchObject({ reviewState: 'submitted', reviewStage: 2, _status: 'draft' })

    // A draft never submitted: the reason says to submit first.
    const never = await draft('未送审直接发布')
    const fromDraft = await client.patch(`stories/${never.id}`, { _status: 'published' }, tokens.get(admin.id))
    expect(fromDraft.status).toBe(409)
    expect(fromDraft.text).toContain('发布前须送审，经“初审”“复审”“终审”依次通过')
  })

  it('should republish a story approved at every stage after an unpublish, by a direct PATCH', async () => {
    const story = await signedUpTo('撤稿后重新发布', [first, second, third])
    expect(await publicRead(story.id)).toBe(200)
    const down = await client.patch(`stories/${story.id}`, { _status: 'draft', reviewNote: '暂时撤下。' }, tokens.get(second.id))
    expect(down.status, down.text).toBe(200)
    expect(await publicRead(story.id)).toBe(404)
    const up = await client.patch(`stories/${story.id}`, { _status: 'published' }, tokens.get(second.id))
    expect(up.status, up.text).toBe(200)
    expect(await publicRead(story.id)).toBe(200)
    // Changed by its author after approval: reopened, and a publish now needs the chain again.
    await editAsAuthor(story.id, '撤稿后重新发布（改）')
    expect((await newest(story.id)).reviewState).toBe('draft')
    expect((await client.patch(`stories/${story.id}`, { _status: 'published' }, tokens.get(admin.id))).status).toBe(409)
  })

  it('should take galleries and honour rolls through the same chain', async () => {
    const media = await ctx.payload.create({
      collection: 'media',
      data: { alt: '三审图集' },
      file: { data: await drawJpeg(200, 150), mimetype: 'image/jpeg', name: 'chain.jpg', size: 0 },
    })
    const documents = {
      galleries: { title: '三审图集', date: new Date().toISOString(), photos: [{ image: media.id }] },
      'honor-rolls': { title: '三审荣誉榜', awardingBody: '测试单位', year: 2026 },
    }
    for (const [collection, data] of Object.entries(documents)) {
      const doc = await ctx.payload.create({ collection: collection as 'galleries', data: data as never, draft: true, overrideAccess: false, user: editor })
      expect((await step(doc.id, { action: 'submit' }, editor, collection)).status).toBe(200)
      expect((await step(doc.id, { action: 'approve' }, first, collection)).body).toMatchObject({ reviewStage: 2, _status: 'draft' })
      expect((await step(doc.id, { action: 'approve' }, first, collection)).status).toBe(403)
      expect((await step(doc.id, { action: 'approve' }, second, collection)).body).toMatchObject({ reviewStage: 3, _status: 'draft' })
      expect((await step(doc.id, { action: 'approve' }, third, collection)).body).toMatchObject({ reviewState: 'approved', _status: 'published' })
    }
  })

  it('should let only administrators set a user’s review stages, validated, and show them to the user and administrators only', async () => {
    const reviewer = await withStages(['reviewer'])
    expect((await ctx.payload.findByID({ collection: 'users', id: reviewer.id, overrideAccess: true })).reviewStages).toEqual([1, 2, 3])
    const own = await client.patch(`users/${first.id}`, { reviewStages: [1, 2, 3] }, tokens.get(first.id))
    expect(own.status).toBe(403)
    expect(own.text).toContain('只有管理员可以设置审核员可签发的审核级别。')
    // Sending one's own stages back unchanged (the account form does) is no change.
    expect((await client.patch(`users/${first.id}`, { name: '一审', reviewStages: [1] }, tokens.get(first.id))).status).toBe(200)
    const wrong = await client.patch(`users/${reviewer.id}`, { reviewStages: [1, 4] }, tokens.get(admin.id))
    expect(wrong.status).toBe(400)
    expect(wrong.text).toContain('审核级别只能是 1 到 3')
    const twice = await client.patch(`users/${reviewer.id}`, { reviewStages: [2, 2] }, tokens.get(admin.id))
    expect(twice.text).toContain('审核级别不能重复。')
    expect((await client.patch(`users/${reviewer.id}`, { reviewStages: [2, 3] }, tokens.get(admin.id))).status).toBe(200)
    expect((await ctx.payload.findByID({ collection: 'users', id: reviewer.id, overrideAccess: true })).reviewStages).toEqual([2, 3])
    const self = JSON.parse((await client.get(`users/${first.id}`, tokens.get(first.id))).text) as { reviewStages?: number[] }
    expect(self.reviewStages).toEqual([1])
  })

  it('should validate 站点设置 → 审核流程 in Chinese and let only administrators change it', async () => {
    const refusal = async (user: User, reviewChain: unknown) => {
      try {
        await ctx.payload.updateGlobal({ slug: 'site-settings', data: { reviewChain } as never, overrideAccess: false, user })
      } catch (error) {
        return ((error as { data?: { errors?: { message: string }[] } }).data?.errors ?? []).map((entry) => entry.message).join(' ')
      }
      return null
    }
    const fourStages = { ...defaultReviewChain, stories: { stages: ['一审', '二审', '三审', '四审'] } }
    expect(await refusal(admin, fourStages)).toContain('新闻稿的审核流程最多 3 级。')
    expect(await refusal(admin, { ...defaultReviewChain, notices: { stages: ['初审', '复审', '终审'] } })).toContain('公示的审核流程最多 2 级。')
    expect(await refusal(admin, { ...defaultReviewChain, galleries: { stages: ['初审', '初审'] } })).toContain('重复')
    // An editor's save of the settings leaves the chain as it was (the field is the administrators').
    await ctx.payload.updateGlobal({
      slug: 'site-settings',
      data: { reviewChain: { stories: { stages: ['审核'] } } } as never,
      overrideAccess: false,
      user: editor,
    })
    expect((await ctx.payload.findGlobal({ slug: 'site-settings' })).reviewChain?.stories?.stages).toEqual(defaultReviewChain.stories.stages)
    // Renamed by an administrator: the endpoint answers with the new names.
    const renamed = { ...defaultReviewChain, stories: { stages: ['编辑部审', '主编审'] } }
    expect(await refusal(admin, renamed)).toBeNull()
    const story = await signedUpTo('改名后的流程', [])
    expect(await step(story.id, { action: 'approve' }, first)).toMatchObject({ status: 200, message: '已通过“编辑部审”，等待“主编审”。' })
    expect(await step(story.id, { action: 'approve' }, second)).toMatchObject({ status: 200, body: { _status: 'published' } })
    await ctx.payload.updateGlobal({ slug: 'site-settings', data: { reviewChain: defaultReviewChain }, overrideAccess: true })
  })
})
