import http from 'node:http'
import type { AddressInfo } from 'node:net'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { PRIVATE_NOTE } from '@/lib/proofread/linkCheck'
import { image, link, paragraphOf as paragraph, richText } from '@/lib/lexical'

import { drawJpeg } from '../../helpers/images'
import { bootPayload } from '../../helpers/payload'
import type { TestPayload } from '../../helpers/payload'
import { routeClient } from '../../helpers/routes'
import type { RouteClient } from '../../helpers/routes'

type User = Awaited<ReturnType<TestPayload['createUser']>>
type Where = { field: string; block?: number; node?: number[]; part?: string; offset: number; length: number }
type Found = { kind: string; label: string; severity: string; text: string; suggestion: string | null; where: Where; context: string; note?: string }
type Answer = { findings: Found[]; pendingLinks: number }
/** One wrong form a block, each with its correction: every one must be reported once, where it stands. */
const TYPOS: [sentence: string, wrong: string, right: string | null][] = [
  ['社区为独居老人按装了烟雾报警器。', '按装', '安装'],
  ['既使天气炎热，志愿者们仍坚持服务。', '既使', '即使'],
  ['希望大家再接再励，把服务做得更好。', '再接再励', '再接再厉'],
  ['孩子们迫不急待地打开了礼物。', '迫不急待', '迫不及待'],
  ['他曾一度走头无路，是志愿者帮了他。', '走头无路', '走投无路'],
  ['面对难题，大家并没有一愁莫展。', '一愁莫展', '一筹莫展'],
  ['老人们谈笑风声，气氛十分融洽。', '谈笑风声', '谈笑风生'],
  ['我们不能默守成规，要创新服务方式。', '默守成规', '墨守成规'],
  ['在服务时长上，他从不甘败下风。', '甘败下风', '甘拜下风'],
  ['去年她金榜提名，今年回到社区做志愿者。', '金榜提名', '金榜题名'],
  ['活动结束后,大家合影留念。', ',', '，'],
  ['大家一起学习《志愿服务条例。', '《', null],
]

const BYLINE = { responsibleEditor: '李编辑', source: '市志愿者协会' }

/** A server on this machine answering every request with `status`, or never when null; counts its requests. */
const serve = async (status: number | null) => {
  const server = http.createServer((_request, response) => {
    served.hits += 1
    if (status !== null) response.writeHead(status, { 'content-type': 'text/plain' }).end('x')
  })
  const served = { hits: 0, origin: '', server }
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  served.origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return served
}

describe('GET /api/<collection>/:id/proofread', () => {
  let ctx: TestPayload
  let client: RouteClient
  let editor: User
  let noticeStaff: User
  let editorToken: string
  let otherEditorToken: string
  let noticeStaffToken: string
  let cleanMedia: number
  let mediaWithoutAlt: number
  let publishedSlug: string
  let publishedId: number
  let draftOnlyId: number
  const servers: Awaited<ReturnType<typeof serve>>[] = []

  const tokenOf = async (user: User) => (await ctx.payload.login({ collection: 'users', data: { email: user.email, password: user.password } })).token as string
  const picture = async (alt: string, credit: string) =>
    (
      await ctx.payload.create({
        collection: 'media',
        data: { alt, credit },
        file: { data: await drawJpeg(300, 200), mimetype: 'image/jpeg', name: `proofread-${Date.now()}.jpg`, size: 0 },
      })
    ).id as number
  const draft = async (data: Record<string, unknown>, collection: 'stories' | 'galleries' | 'notices' = 'stories') =>
    (await ctx.payload.create({ collection, data: { ...BYLINE, ...data } as never, draft: true, overrideAccess: true })).id as number
  const proofread = async (id: number, token?: string, collection = 'stories') => {
    const response = await client.get(`${collection}/${id}/proofread`, token)
    return {
      status: response.status,
      headers: response.headers,
      answer: (response.status === 200 ? JSON.parse(response.text) : null) as Answer,
      text: response.text,
    }
  }

  const configuredSite = process.env.SITE_URL
  // A host with a dot: Payload's link field stores an address it does not recognise (localhost:4321) percent-encoded.
  const site = 'https://volunteer.example.org'

  beforeAll(async () => {
    process.env.SITE_URL = site
    ctx = await bootPayload()
    client = await routeClient()
    editor = await ctx.createUser(['editor'])
    noticeStaff = await ctx.createUser(['notice-staff'])
    editorToken = await tokenOf(editor)
    otherEditorToken = await tokenOf(await ctx.createUser(['editor']))
    noticeStaffToken = await tokenOf(noticeStaff)
    cleanMedia = await picture('志愿者为老人测量血压', '王摄影')
    mediaWithoutAlt = await picture(' ', '王摄影')
    const published = await ctx.payload.create({
      collection: 'stories',
      data: { ...BYLINE, title: '已发布的报道', slug: 'published-story', body: richText([paragraph('正文。')]), _status: 'published' } as never,
      overrideAccess: true,
    })
    publishedId = published.id as number
    publishedSlug = (published as { slug: string }).slug
    draftOnlyId = await draft({ title: '还没发布的稿件', body: richText([paragraph('草稿。')]) })
  })

  afterAll(async () => {
    if (configuredSite === undefined) delete process.env.SITE_URL
    else process.env.SITE_URL = configuredSite
    for (const { server } of servers) server.closeAllConnections()
    await Promise.all(servers.map(({ server }) => new Promise((resolve) => server.close(resolve))))
  })

  it('should report each typo, punctuation slip, the image without alt text and the link to a missing page once, where it stands', async () => {
    const missingLink = '往期报道'
    const id = await draft({
      title: '社区志愿服务月启动',
      // Given, so that it is not derived from the body's opening (and its typos, reported for the summary too).
      summary: '社区志愿服务月活动综述。',
      body: richText([
        ...TYPOS.map(([sentence]) => paragraph(sentence)),
        image(mediaWithoutAlt, '志愿者在社区服务', '张三'),
        paragraph('详见', link({ linkType: 'custom', url: '/stories/no-such-story/' }, missingLink), '。'),
      ]),
    })
    const { status, headers, answer } = await proofread(id, editorToken)
    expect(status).toBe(200)
    expect(headers.get('cache-control')).toBe('no-store')
    TYPOS.forEach(([sentence, wrong, right], block) => {
      const found = answer.findings.filter((finding) => finding.text === wrong)
      expect(found, wrong).toHaveLength(1)
      expect(found[0]).toMatchObject({
        suggestion: right,
        where: { field: 'body', block, node: [block], offset: sentence.indexOf(wrong), length: wrong.length },
      })
      expect(found[0]?.context).toContain(wrong)
      expect(found[0]?.label).toBe(right === null || wrong === ',' ? '标点' : '错别字')
    })
    const imageBlock = TYPOS.length
    expect(answer.findings.filter((finding) => finding.kind === 'image-alt')).toEqual([
      expect.objectContaining({
        severity: 'warning',
        label: '图片缺少替代文字',
        where: { field: 'body', block: imageBlock, node: [imageBlock], offset: 0, length: 0 },
      }),
    ])
    const missing = answer.findings.filter((finding) => finding.kind === 'internal-link')
    expect(missing).toEqual([
      expect.objectContaining({
        severity: 'error',
        text: missingLink,
        where: { field: 'body', block: imageBlock + 1, node: [imageBlock + 1], offset: 2, length: missingLink.length },
      }),
    ])
    expect(missing[0]?.context).toContain(missingLink)
    // Nothing else: no credit warning (the text gives one), no byline warning, no typo in the title.
    expect(answer.findings).toHaveLength(TYPOS.length + 2)
  })

  it('should find nothing in a clean story whose links lead to published pages and whose image is described and credited', async () => {
    const id = await draft({
      title: '社区志愿服务月启动',
      summary: '志愿者们走进社区，为老人测量血压。',
      cover: cleanMedia,
      body: richText([
        paragraph('志愿者们走进社区，为老人测量血压、讲解防诈骗知识。'),
        image(cleanMedia, '志愿者为老人测量血压', ''),
        paragraph(
          link({ linkType: 'internal', doc: { relationTo: 'stories', value: publishedId } }, '上一篇'),
          '和',
          link({ linkType: 'custom', url: `${site}/stories/${publishedSlug}/` }, '同一篇'),
          '，以及',
          link({ linkType: 'custom', url: '/notices/' }, '公示'),
          '。',
        ),
      ]),
    })
    const { status, answer } = await proofread(id, editorToken)
    expect(status).toBe(200)
    expect(answer).toEqual({ findings: [], pendingLinks: 0 })
  })

  it('should report a link to a story that is only a draft, and empty 责任编辑 and 消息来源', async () => {
    const id = await draft({
      title: '链接到草稿',
      responsibleEditor: '',
      source: '  ',
      body: richText([paragraph(link({ linkType: 'internal', doc: { relationTo: 'stories', value: draftOnlyId } }, '草稿'))]),
    })
    const { answer } = await proofread(id, editorToken)
    expect(answer.findings.map(({ kind, severity, where }) => [kind, severity, where.field])).toEqual([
      ['internal-link', 'error', 'body'],
      ['byline', 'warning', 'responsibleEditor'],
      ['byline', 'warning', 'source'],
    ])
  })

  it('should read galleries and notices: captions, photo credits and nominees by their rows', async () => {
    const gallery = await draft(
      {
        title: '图集',
        date: '2026-12-01',
        photos: [
          { image: cleanMedia, caption: '好' },
          { image: mediaWithoutAlt, caption: '大家再接再励。' },
        ],
      },
      'galleries',
    )
    const found = (await proofread(gallery, editorToken, 'galleries')).answer.findings
    expect(found.map(({ kind, where }) => [kind, where.field])).toEqual([
      ['typo', 'photos.1.caption'],
      ['image-alt', 'photos.1.image'],
    ])
    const notice = await draft(
      {
        title: '公示',
        opensAt: '2026-12-01T00:00:00.000Z',
        nominees: [{ name: '张三', type: 'individual', category: '优秀志愿者', deeds: '他迫不急待地投入服务。' }],
      },
      'notices',
    )
    const noticeFindings = (await proofread(notice, noticeStaffToken, 'notices')).answer.findings
    expect(noticeFindings.map(({ text, where }) => [text, where])).toEqual([['迫不急待', { field: 'nominees.0.deeds', offset: 1, length: 4 }]])
  })

  it('should answer 401 to the anonymous, 404 to staff who cannot read the draft, and read another editor’s draft for an editor', async () => {
    const id = await draft({ title: '访问控制', summary: '访问控制。', body: richText([paragraph('希望大家再接再励。')]) })
    expect((await proofread(id)).status).toBe(401)
    // Stories' read access: editors and reviewers read every draft; notice staff only what is published.
    expect((await proofread(id, noticeStaffToken)).status).toBe(404)
    expect((await proofread(id + 10_000, editorToken)).status).toBe(404)
    const other = await proofread(id, otherEditorToken)
    expect(other.status).toBe(200)
    expect(other.answer.findings.map((finding) => finding.text)).toEqual(['再接再励'])
    expect((await client.get(`stories/abc/proofread`, editorToken)).status).toBe(400)
  })

  it('should check external links off the request path: the first answer does not wait, a later one reports 404, 500 and a timeout, and private addresses are never fetched', async () => {
    const [notFound, failing, silent, fine, internal] = await Promise.all([serve(404), serve(500), serve(null), serve(200), serve(200)])
    servers.push(notFound, failing, silent, fine, internal)
    // The test's servers are on this machine: trusted as an operator would trust an intranet site; `internal` is not.
    process.env.LINK_CHECK_TRUSTED_ORIGINS = [notFound, failing, silent, fine].map(({ origin }) => origin).join(',')
    const port = new URL(internal.origin).port
    const urls = [
      `${notFound.origin}/gone`,
      `${failing.origin}/boom`,
      `${silent.origin}/wait`,
      `${fine.origin}/ok`,
      `${internal.origin}/admin`,
      `http://localhost:${port}/admin`,
    ]
    const id = await draft({ title: '外部链接', body: richText([...urls.map((url, index) => paragraph(link({ linkType: 'custom', url }, `链接${index}`)))]) })

    const started = Date.now()
    const first = (await proofread(id, editorToken)).answer
    // The silent server holds its answer past the check's 5-second timeout; the request did not wait for it.
    expect(Date.now() - started).toBeLessThan(4_000)
    expect(first.pendingLinks).toBe(4)
    // A literal private address is refused at once, without a check; so is a host without a dot,
    // which Payload's link field stores percent-encoded, a dead link on the site (a name that
    // resolves to this machine is refused by the check's lookup: unit/cms/lib/proofread).
    expect(first.findings.map(({ kind, text, note }) => [kind, text, note])).toEqual([
      ['external-link', '链接4', PRIVATE_NOTE],
      ['internal-link', '链接5', expect.stringContaining('链接地址无法识别')],
    ])

    let later = first
    const deadline = Date.now() + 30_000
    while (later.pendingLinks > 0 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 250))
      later = (await proofread(id, editorToken)).answer
    }
    expect(later.pendingLinks).toBe(0)
    const notes = Object.fromEntries(later.findings.map(({ kind, severity, text, note }) => [text, `${kind} ${severity} ${note}`]))
    expect(notes).toEqual({
      链接0: expect.stringMatching(/^external-link warning 外部网站返回 404/),
      链接1: expect.stringMatching(/^external-link warning 外部网站返回 500/),
      链接2: 'external-link warning 外部网站在 5 秒内没有响应',
      链接4: `external-link warning ${PRIVATE_NOTE}`,
      链接5: expect.stringMatching(/^internal-link error 链接地址无法识别/),
    })
    expect(later.findings.find((finding) => finding.text === '链接0')?.where).toEqual({ field: 'body', block: 0, node: [0], offset: 0, length: 3 })
    expect([notFound.hits, failing.hits, silent.hits, fine.hits]).toEqual([1, 1, 1, 1])
    expect(internal.hits).toBe(0)
    // Known now: asked again, nothing is fetched again within the results' hour.
    await proofread(id, editorToken)
    expect([notFound.hits, failing.hits, silent.hits, fine.hits]).toEqual([1, 1, 1, 1])
  }, 60_000)
})
