/**
 * Proofreading errors gate the publish under the review chain: the step that would publish (the
 * last stage's approval, an administrator's direct publish, a scheduled publish) is refused while
 * the document has findings of severity `error`, unless a reason to publish anyway is given, which
 * the history and the 操作日志 keep. Steps short of the publish are not held up.
 */
import { createLocalReq } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { stateChangeRefusalFor } from '@/access/stateChangeRefusalFor'
import { image, link, paragraph, paragraphOf, richText } from '@/lib/lexical'

import { drawJpeg } from '../../helpers/images'
import { bootPayload, oneStageChain } from '../../helpers/payload'
import type { TestPayload } from '../../helpers/payload'
import { reviewStepOver } from '../../helpers/reviewChain'
import type { StepAnswer } from '../../helpers/reviewChain'
import { routeClient } from '../../helpers/routes'
import type { RouteClient } from '../../helpers/routes'

type User = Awaited<ReturnType<TestPayload['createUser']>>
type LogEntry = { action: string; by: string; stage?: number | null; note?: string | null; overrideReason?: string | null }
type Story = {
  id: number
  _status?: string
  reviewState?: string
  reviewStage?: number | null
  reviewLog?: LogEntry[]
  signatures?: { stage: number; overrideReason?: string | null }[]
}
type Found = {
  kind: string
  severity: string
  text: string
  suggestion: string | null
  where: { field: string; block?: number; node?: number[]; offset: number; length: number }
}
const BYLINE = { responsibleEditor: '李编辑', source: '市志愿者协会' }
/** Two errors: a miswritten word and a link to a site page that does not exist. */
const FLAWED = [
  paragraph('社区为独居老人按装了烟雾报警器。'),
  paragraphOf('详见', link({ linkType: 'custom', url: '/stories/no-such-story/' }, '往期报道'), '。'),
]
const CLEAN = [paragraph('社区为独居老人安装了烟雾报警器。')]
/** Issue #28's acceptance story: one slip a block, each with its correction (null: the editor's call). */
const SLIPS: [sentence: string, wrong: string, right: string | null, kind: string][] = [
  ['社区为独居老人按装了烟雾报警器。', '按装', '安装', 'typo'],
  ['既使天气炎热，志愿者们仍坚持服务。', '既使', '即使', 'typo'],
  ['希望大家再接再励，把服务做得更好。', '再接再励', '再接再厉', 'typo'],
  ['孩子们迫不急待地打开了礼物。', '迫不急待', '迫不及待', 'typo'],
  ['他曾一度走头无路，是志愿者帮了他。', '走头无路', '走投无路', 'typo'],
  ['面对难题，大家并没有一愁莫展。', '一愁莫展', '一筹莫展', 'typo'],
  ['老人们谈笑风声，气氛十分融洽。', '谈笑风声', '谈笑风生', 'typo'],
  ['我们不能默守成规，要创新服务方式。', '默守成规', '墨守成规', 'typo'],
  ['在服务时长上，他从不甘败下风。', '甘败下风', '甘拜下风', 'typo'],
  ['去年她金榜提名，今年回到社区做志愿者。', '金榜提名', '金榜题名', 'typo'],
  ['本次活动由上海志愿者协会主办。', '上海志愿者协会', '上海市志愿者协会', 'official-name'],
  ['请勿在稿件中使用示例禁用词。', '示例禁用词', '规范说法', 'sensitive'],
  ['活动结束后,大家合影留念。', ',', '，', 'punctuation'],
  ['大家一起学习《志愿服务条例。', '《', null, 'punctuation'],
]
/** The slips of severity error: the ten typos, the name and the sensitive word; then the link to a missing page. */
const ACCEPTANCE_ERRORS = 13
const REFUSED = '这篇稿件有 2 处校对错误：请先改正，或在“仍要发布的理由”中写明为何照发，理由会记入审核记录。'

describe('proofreading errors gate the publish', () => {
  let ctx: TestPayload
  let client: RouteClient
  let editor: User
  const reviewers: User[] = []
  let admin: User
  const tokens = new Map<number, string>()

  const withStages = async (roles: ('editor' | 'reviewer' | 'admin')[], reviewStages?: number[]) => {
    const user = await ctx.createUser(roles)
    if (reviewStages) await ctx.payload.update({ collection: 'users', id: user.id, data: { reviewStages }, overrideAccess: true })
    tokens.set(user.id, (await ctx.payload.login({ collection: 'users', data: { email: user.email, password: user.password } })).token as string)
    return { ...user, reviewStages }
  }
  const draft = async (title: string, body: Record<string, unknown>[]) =>
    (await ctx.payload.create({
      collection: 'stories',
      data: { ...BYLINE, title, summary: `${title}。`, body: richText(body) } as never,
      draft: true,
      overrideAccess: false,
      user: editor,
    })) as unknown as Story
  const step = (id: number, body: Record<string, unknown>, user: User): Promise<StepAnswer> => reviewStepOver(client, 'stories', id, body, tokens.get(user.id))
  const newest = async (id: number) => (await ctx.payload.findByID({ collection: 'stories', id, draft: true, overrideAccess: true })) as unknown as Story
  const auditOf = async (id: number) =>
    (
      await ctx.payload.find({
        collection: 'audit-log',
        where: { collection: { equals: 'stories' }, docId: { equals: String(id) } },
        sort: 'at',
        overrideAccess: true,
      })
    ).docs
  /** Submitted and signed at stages 1 and 2 (an error does not hold those up). */
  const awaitingLast = async (title: string, body: Record<string, unknown>[]) => {
    const story = await draft(title, body)
    expect((await step(story.id, { action: 'submit' }, editor)).status).toBe(200)
    for (const reviewer of reviewers.slice(0, 2)) expect(await step(story.id, { action: 'approve' }, reviewer)).toMatchObject({ status: 200 })
    return story
  }
  const setChain = (reviewChain: typeof oneStageChain | 'default') =>
    ctx.payload.updateGlobal({
      slug: 'site-settings',
      data: { reviewChain: reviewChain === 'default' ? { stories: { stages: ['初审', '复审', '终审'] } } : reviewChain } as never,
      overrideAccess: true,
      context: { skipRebuild: true },
    })

  beforeAll(async () => {
    ctx = await bootPayload({ reviewChain: 'default' })
    client = await routeClient()
    editor = await withStages(['editor'])
    for (const stage of [1, 2, 3]) reviewers.push(await withStages(['reviewer'], [stage]))
    admin = await withStages(['admin'], [])
  })

  it('should refuse the last stage’s approval of a story with errors until a reason is given, then publish and keep the reason', async () => {
    const story = await awaitingLast('有错误的稿件', FLAWED)
    const third = reviewers[2] as User
    expect(await step(story.id, { action: 'approve' }, third)).toMatchObject({ status: 400, message: REFUSED })
    expect(await newest(story.id)).toMatchObject({ _status: 'draft', reviewState: 'submitted', reviewStage: 3 })
    expect(await auditOf(story.id)).toHaveLength(0)

    const reason = '链接的往期报道明天发布，错字已请作者另行更正。'
    const published = await step(story.id, { action: 'approve', overrideReason: reason }, third)
    expect(published).toMatchObject({ status: 200, body: { reviewState: 'approved', _status: 'published' } })
    const stored = await newest(story.id)
    expect(stored.signatures?.find((signature) => signature.stage === 3)?.overrideReason).toBe(reason)
    expect(stored.reviewLog?.slice(-2)).toMatchObject([
      { action: 'approved', stage: 3, overrideReason: reason },
      { action: 'published', by: third.email, overrideReason: reason },
    ])
    // The publish, and the override as a row of its own (操作日志: 强制放行).
    expect(await auditOf(story.id)).toMatchObject([
      { action: 'published', user: third.email, note: `校对有 2 处错误，仍要发布的理由：${reason}` },
      { action: 'overridden', user: third.email, note: reason },
    ])
  })

  it('should publish a clean story at the last stage without a reason and record none', async () => {
    const story = await awaitingLast('干净的稿件', CLEAN)
    expect(await step(story.id, { action: 'approve' }, reviewers[2] as User)).toMatchObject({ status: 200, body: { _status: 'published' } })
    expect((await newest(story.id)).reviewLog?.at(-1)).toMatchObject({ action: 'published', overrideReason: null })
    expect((await auditOf(story.id))[0]).toMatchObject({ action: 'published', note: null })
  })

  it('should proofread what the save would publish: an error fixed in the same save no longer blocks it', async () => {
    const story = await awaitingLast('当场改正', FLAWED)
    const answer = await client.patch(`stories/${story.id}`, { _status: 'published', body: richText(CLEAN) }, tokens.get(admin.id))
    expect(answer.status).toBe(200)
    expect(await newest(story.id)).toMatchObject({ _status: 'published', reviewState: 'approved' })
  })

  it('should refuse an administrator’s direct publish with errors, and take it through the 审核 endpoint with a reason', async () => {
    const story = await awaitingLast('管理员直接发布', FLAWED)
    const direct = await client.patch(`stories/${story.id}`, { _status: 'published' }, tokens.get(admin.id))
    expect(direct.status).toBe(400)
    expect(direct.text).toContain('2 处校对错误')
    expect((await newest(story.id))._status).toBe('draft')
    expect(await step(story.id, { action: 'publish' }, admin)).toMatchObject({ status: 400, message: REFUSED })
    expect(await step(story.id, { action: 'publish', overrideReason: '领导已同意照发。' }, admin)).toMatchObject({
      status: 200,
      body: { _status: 'published' },
    })
    expect((await auditOf(story.id))[0]?.note).toBe('校对有 2 处错误，仍要发布的理由：领导已同意照发。')
  })

  it('should refuse to schedule the publish of a story with errors, and not publish it when a job queued anyway runs', async () => {
    const story = await awaitingLast('定时发布', FLAWED)
    const third = reviewers[2] as User
    const req = await createLocalReq({ user: { ...third, collection: 'users' } as never }, ctx.payload)
    expect(await stateChangeRefusalFor(req, 'stories', story.id, 'publish')).toBe(REFUSED)
    await ctx.payload.jobs.queue({
      task: 'schedulePublish',
      input: { type: 'publish', doc: { relationTo: 'stories', value: String(story.id) }, user: { relationTo: 'users', value: third.id } },
      waitUntil: new Date(Date.now() - 1_000),
    } as never)
    await ctx.payload.jobs.run()
    expect(await newest(story.id)).toMatchObject({ _status: 'draft', reviewStage: 3 })

    const clean = await awaitingLast('定时发布（无错误）', CLEAN)
    expect(await stateChangeRefusalFor(req, 'stories', clean.id, 'publish')).toBeNull()
  })

  it('should report each slip of the acceptance story once where it stands, and publish it at the third stage only with a reason', async () => {
    await ctx.payload.updateGlobal({
      slug: 'site-settings',
      data: {
        proofreadLists: {
          officialNames: [{ name: '上海市志愿者协会', wrongForms: ['上海志愿者协会'] }],
          sensitive: [{ word: '示例禁用词', suggestion: '规范说法', severity: 'error' }],
        },
      } as never,
      overrideAccess: true,
    })
    const noAlt = await ctx.payload.create({
      collection: 'media',
      data: { alt: ' ', credit: '王摄影' },
      file: { data: await drawJpeg(300, 200), mimetype: 'image/jpeg', name: `gate-${Date.now()}.jpg`, size: 0 },
    })
    const imageBlock = SLIPS.length
    const linkBlock = SLIPS.length + 1
    const story = await awaitingLast('三审验收稿件', [
      ...SLIPS.map(([sentence]) => paragraph(sentence)),
      image(noAlt.id as number, '志愿者在社区服务', '张三'),
      paragraphOf('详见', link({ linkType: 'custom', url: '/stories/no-such-story/' }, '往期报道'), '。'),
    ])

    const answer = await client.get(`stories/${story.id}/proofread`, tokens.get(editor.id))
    expect(answer.status).toBe(200)
    const { findings } = JSON.parse(answer.text) as { findings: Found[] }
    SLIPS.forEach(([sentence, wrong, right, kind], block) => {
      const found = findings.filter((finding) => finding.text === wrong)
      expect(found, wrong).toHaveLength(1)
      expect(found[0], wrong).toMatchObject({
        kind,
        suggestion: right,
        where: { field: 'body', block, node: [block], offset: sentence.indexOf(wrong), length: wrong.length },
      })
    })
    expect(findings.filter((finding) => finding.kind === 'image-alt')).toMatchObject([
      { severity: 'warning', where: { field: 'body', block: imageBlock, node: [imageBlock] } },
    ])
    expect(findings.filter((finding) => finding.kind === 'internal-link')).toMatchObject([
      { severity: 'error', text: '往期报道', where: { field: 'body', block: linkBlock, node: [linkBlock], offset: 2, length: 4 } },
    ])
    expect(findings).toHaveLength(SLIPS.length + 2)
    expect(findings.filter((finding) => finding.severity === 'error')).toHaveLength(ACCEPTANCE_ERRORS)

    const third = reviewers[2] as User
    const refused = await step(story.id, { action: 'approve' }, third)
    expect(refused).toMatchObject({
      status: 400,
      message: `这篇稿件有 ${ACCEPTANCE_ERRORS} 处校对错误：请先改正，或在“仍要发布的理由”中写明为何照发，理由会记入审核记录。`,
    })
    expect((await newest(story.id))._status).toBe('draft')
    const reason = '紧急通知须今日发布，错字由作者明日更正。'
    expect(await step(story.id, { action: 'approve', overrideReason: reason }, third)).toMatchObject({ status: 200, body: { _status: 'published' } })
    expect((await newest(story.id)).reviewLog?.map((entry) => [entry.action, entry.overrideReason ?? null])).toEqual([
      ['submitted', null],
      ['approved', null],
      ['approved', null],
      ['approved', reason],
      ['published', reason],
    ])
    expect(await auditOf(story.id)).toMatchObject([
      { action: 'published', user: third.email, note: `校对有 ${ACCEPTANCE_ERRORS} 处错误，仍要发布的理由：${reason}` },
      { action: 'overridden', user: third.email, note: reason },
    ])
  })

  it('should keep a one-stage chain as it was: approval does not publish, and a publish with errors asks for a reason', async () => {
    await setChain(oneStageChain)
    try {
      const reviewer = reviewers[0] as User
      const story = await draft('一级审核', FLAWED)
      expect((await step(story.id, { action: 'submit' }, editor)).status).toBe(200)
      expect(await step(story.id, { action: 'approve' }, reviewer)).toMatchObject({ status: 200, body: { reviewState: 'approved', _status: 'draft' } })
      expect(await step(story.id, { action: 'publish' }, reviewer)).toMatchObject({ status: 400, message: REFUSED })
      expect(await step(story.id, { action: 'publish', overrideReason: '照发。' }, reviewer)).toMatchObject({ status: 200, body: { _status: 'published' } })

      const clean = await draft('一级审核（无错误）', CLEAN)
      const direct = await client.patch(`stories/${clean.id}`, { _status: 'published' }, tokens.get(reviewer.id))
      expect(direct.status).toBe(200)
      expect((await newest(clean.id)).reviewLog?.map((entry) => entry.action)).toEqual(['approved', 'published'])
    } finally {
      await setChain('default')
    }
  })
})
