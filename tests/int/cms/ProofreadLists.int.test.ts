/**
 * 站点设置 → 校对词表: editors keep the site's own lists (易错词, 规范表述, 敏感词), staff read them,
 * the public does not; bad entries are refused in Chinese; a change reaches the proofreader at once
 * without republishing the site; notices' nominees are checked against the 规范表述 too.
 */
import { beforeAll, describe, expect, it } from 'vitest'

import { proofreadMatcher } from '@/lib/proofread/lists'
import { paragraph, richText } from '@/lib/lexical'

import { bootPayload } from '../../helpers/payload'
import type { TestPayload } from '../../helpers/payload'
import { routeClient } from '../../helpers/routes'
import type { RouteClient } from '../../helpers/routes'

type Found = { kind: string; text: string; suggestion: string | null; severity: string; where: { field: string; offset: number; length: number } }

const LISTS = {
  confusions: [{ wrong: '帐号', right: '账号' }],
  officialNames: [{ name: '上海市志愿者协会', wrongForms: ['上海志愿者协会', '上海市志愿协会'] }],
  sensitive: [{ word: '示例禁用词', suggestion: '规范说法', severity: 'error' }],
}

describe('站点设置 → 校对词表', () => {
  let ctx: TestPayload
  let client: RouteClient
  let editorToken: string
  let adminToken: string

  const asRole = async (role: 'editor' | 'reviewer' | 'admin') => ctx.createUser([role])
  const saveLists = async (proofreadLists: unknown, role: 'editor' | 'admin' = 'editor') =>
    ctx.payload.updateGlobal({ slug: 'site-settings', data: { proofreadLists } as never, overrideAccess: false, user: await asRole(role) })
  const refusal = async (proofreadLists: unknown): Promise<string[]> => {
    try {
      await saveLists(proofreadLists)
    } catch (error) {
      return ((error as { data?: { errors?: { message: string }[] } }).data?.errors ?? []).map((entry) => entry.message)
    }
    return []
  }
  const siteChanges = async () => (await ctx.payload.count({ collection: 'site-changes', where: { collection: { equals: 'site-settings' } } })).totalDocs
  const proofread = async (collection: string, id: number) => {
    const answer = await client.get(`${collection}/${id}/proofread`, collection === 'notices' ? adminToken : editorToken)
    expect(answer.status).toBe(200)
    return (JSON.parse(answer.text) as { findings: Found[] }).findings
  }

  beforeAll(async () => {
    ctx = await bootPayload()
    client = await routeClient()
    const tokenOf = async (user: Awaited<ReturnType<typeof asRole>>) =>
      (await ctx.payload.login({ collection: 'users', data: { email: user.email, password: user.password } })).token as string
    editorToken = await tokenOf(await asRole('editor'))
    // Notices are the notice staff's: an editor does not read their drafts.
    adminToken = await tokenOf(await asRole('admin'))
  })

  it('should let editors keep the lists, staff read them and the public not, without republishing the site', async () => {
    const before = await siteChanges()
    await saveLists(LISTS)
    expect(await siteChanges()).toBe(before)
    const staffRead = await ctx.payload.findGlobal({ slug: 'site-settings', overrideAccess: false, user: await asRole('reviewer') })
    expect(staffRead.proofreadLists).toMatchObject(LISTS)
    expect(await ctx.payload.findGlobal({ slug: 'site-settings', overrideAccess: false })).not.toHaveProperty('proofreadLists')
    const publicRest = JSON.parse((await client.get('globals/site-settings')).text) as Record<string, unknown>
    expect(publicRest).not.toHaveProperty('proofreadLists')
    // Positive control: a change the site shows is republished.
    await ctx.payload.updateGlobal({ slug: 'site-settings', data: { organizer: '词表测试主办单位' }, overrideAccess: true })
    expect(await siteChanges()).toBe(before + 1)
  })

  it('should refuse empty, repeated and over-long entries in Chinese and keep the lists as they were', async () => {
    expect(
      await refusal({
        confusions: [
          { wrong: '帐号', right: '账号' },
          { wrong: '帐号', right: '帐户' },
        ],
      }),
    ).toContain('第 2 行：错误写法“帐号”与第 1 行重复。')
    expect(await refusal({ officialNames: [{ name: '上海市志愿者协会', wrongForms: [] }] })).toContain(
      '第 1 行：请为“上海市志愿者协会”填写至少一种常见的错误写法。',
    )
    expect(await refusal({ sensitive: [{ word: '长'.repeat(61) }] })).toContain(`第 1 行：敏感词“${'长'.repeat(10)}…”超过 60 个字。`)
    expect(await refusal({ confusions: [{ wrong: '帐号', right: '帐号' }] })).toContain('第 1 行：错误写法和正确写法都是“帐号”。')
    const stored = await ctx.payload.findGlobal({ slug: 'site-settings', overrideAccess: true })
    expect(stored.proofreadLists).toMatchObject(LISTS)
  })

  it('should proofread with the lists as saved, compiling them again only when the settings change', async () => {
    const story = await ctx.payload.create({
      collection: 'stories',
      data: { title: '词表', summary: '词表测试。', body: richText([paragraph('请用帐号登录上海志愿者协会网站，不要写示例禁用词。')]) } as never,
      draft: true,
      overrideAccess: true,
    })
    const found = (await proofread('stories', story.id)).filter((finding) => finding.where.field === 'body')
    expect(found.map(({ kind, text, suggestion, severity }) => [kind, text, suggestion, severity])).toEqual([
      ['typo', '帐号', '账号', 'error'],
      ['official-name', '上海志愿者协会', '上海市志愿者协会', 'error'],
      ['sensitive', '示例禁用词', '规范说法', 'error'],
    ])
    const matcher = await proofreadMatcher(ctx.payload)
    expect(await proofreadMatcher(ctx.payload)).toBe(matcher)
    await saveLists({ ...LISTS, sensitive: [] })
    const after = await proofreadMatcher(ctx.payload)
    expect(after).not.toBe(matcher)
    expect(after.rules.has('示例禁用词')).toBe(false)
    expect((await proofread('stories', story.id)).map((finding) => finding.kind)).not.toContain('sensitive')
    await saveLists(LISTS)
  })

  it('should check notices’ nominee names and units against the 规范表述', async () => {
    const notice = await ctx.payload.create({
      collection: 'notices',
      data: {
        title: '志愿服务先进集体公示',
        nominees: [
          { name: '上海市志愿协会', type: 'collective', category: '先进集体' },
          { name: '王芳', type: 'individual', unit: '上海志愿者协会', category: '优秀志愿者' },
          { name: '上海市志愿者协会', type: 'collective', category: '先进集体' },
        ],
      } as never,
      draft: true,
      overrideAccess: true,
    })
    const found = (await proofread('notices', notice.id)).filter((finding) => finding.kind === 'official-name')
    expect(found.map(({ text, suggestion, where }) => [text, suggestion, where])).toEqual([
      ['上海市志愿协会', '上海市志愿者协会', { field: 'nominees.0.name', offset: 0, length: 7 }],
      ['上海志愿者协会', '上海市志愿者协会', { field: 'nominees.1.unit', offset: 0, length: 7 }],
    ])
  })
})
