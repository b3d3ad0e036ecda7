/**
 * 通知公告, their 附件 and 专题专栏: editors write, reviewers sign the review chain (初审 → 复审 → 终审
 * by default) and the public reads only what is published; a published announcement has a body or a
 * link; an attachment is an office document or PDF within the size limit, refused over REST with a
 * Chinese message otherwise (HTML, SVG, a page renamed .pdf, too large, damaged or cut short, for
 * every allowed type), storing nothing; the lists have budgets.
 */
import { readdirSync } from 'node:fs'
import path from 'node:path'

import { ARRAY_LIMITS, MAX_ATTACHMENT_BYTES, attachmentTypes } from '@fengcai/shared'
import ExcelJS from 'exceljs'
import { beforeAll, describe, expect, it } from 'vitest'

import { MAX_UPLOAD_BYTES } from '@/lib/bodyLimits'
import { tinyPdf } from '@/seed/pdf'

import { docxOf, documentXml, zipOf } from '../../helpers/docx'
import { seeded } from '../../helpers/growth'
import { richText } from '../../helpers/lexical'
import { officePackageOf, ole2Of } from '../../helpers/officeFiles'
import { bootPayload } from '../../helpers/payload'
import type { TestPayload } from '../../helpers/payload'
import { reviewStepOver } from '../../helpers/reviewChain'
import type { StepAnswer } from '../../helpers/reviewChain'
import { routeClient } from '../../helpers/routes'
import type { RouteClient } from '../../helpers/routes'

type User = Awaited<ReturnType<TestPayload['createUser']>>
type Answer = { status: number; message: string; body: Record<string, unknown> }

describe('通知公告, 附件 and 专题', () => {
  let ctx: TestPayload
  let client: RouteClient
  let editor: User
  let staff: User
  const reviewers: User[] = []
  const tokens = new Map<number, string>()
  let serial = 0

  const signedIn = async (roles: Parameters<TestPayload['createUser']>[0], reviewStages?: number[]) => {
    const user = await ctx.createUser(roles)
    if (reviewStages) await ctx.payload.update({ collection: 'users', id: user.id, data: { reviewStages }, overrideAccess: true })
    tokens.set(user.id, (await ctx.payload.login({ collection: 'users', data: { email: user.email, password: user.password } })).token as string)
    return user
  }
  const answer = async (response: Promise<{ status: number; text: string }>): Promise<Answer> => {
    const { status, text } = await response
    const body = JSON.parse(text) as Record<string, unknown> & { errors?: { message: string; data?: { errors?: { message: string }[] } }[] }
    const first = body.errors?.[0]
    return { status, message: first?.data?.errors?.[0]?.message ?? first?.message ?? '', body }
  }
  const upload = (user: User | null, name: string, bytes: Buffer, type = 'application/pdf', title = '报名表') => {
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(bytes)], { type }), name)
    form.append('_payload', JSON.stringify({ title }))
    return answer(client.post('attachments', { body: form, token: user ? tokens.get(user.id) : undefined }))
  }
  const draft = async (data: Record<string, unknown>) =>
    (await ctx.payload.create({
      collection: 'announcements',
      data: { title: `通知 ${(serial += 1)}`, date: new Date().toISOString(), ...data } as never,
      draft: true,
      overrideAccess: false,
      user: editor,
    })) as unknown as { id: number }
  const step = (id: number, body: Record<string, unknown>, user: User): Promise<StepAnswer> =>
    reviewStepOver(client, 'announcements', id, body, tokens.get(user.id))
  const publicRead = async (id: number) => (await client.get(`announcements/${id}?depth=0`)).status

  beforeAll(async () => {
    ctx = await bootPayload({ reviewChain: 'default' })
    client = await routeClient()
    editor = await signedIn(['editor'])
    staff = await signedIn(['notice-staff'])
    for (const stage of [1, 2, 3]) reviewers.push(await signedIn(['reviewer'], [stage]))
  })

  it('should take a PDF from an editor and keep its type and size', async () => {
    const pdf = tinyPdf(['Registration form'])
    const stored = await upload(editor, 'registration.pdf', pdf, 'text/html')
    expect(stored.status).toBe(201)
    // The browser's claimed type is not kept: the extension's is.
    expect(stored.body.doc).toMatchObject({ title: '报名表', mimeType: 'application/pdf', filesize: pdf.length })
    const file = await client.get(String((stored.body.doc as { url: string }).url).replace(/^.*\/api\//, ''))
    expect(file.status).toBe(200)
    expect(file.headers.get('content-type')).toBe('application/pdf')
    expect(file.headers.get('content-disposition')).toBe('attachment')
  })

  it('should refuse HTML, SVG, a page renamed .pdf and a file over the limit, in Chinese, and uploads by the public or notice staff', async () => {
    const html = Buffer.from('<!doctype html><script>alert(1)</script>')
    expect(await upload(editor, 'notice.html', html, 'text/html')).toMatchObject({ status: 415, message: expect.stringContaining('不支持上传 .html 文件') })
    expect(await upload(editor, 'logo.svg', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'), 'image/svg+xml')).toMatchObject({
      status: 415,
      message: expect.stringContaining('附件只能是 PDF、DOC'),
    })
    expect(await upload(editor, 'notice.pdf', html)).toMatchObject({ status: 415, message: '文件内容与扩展名 .pdf 不符，请上传真正的 PDF 文件。' })
    expect(await upload(editor, 'big.pdf', tinyPdf(['Large'], MAX_ATTACHMENT_BYTES + 1))).toMatchObject({
      status: 413,
      message: '附件过大（10.0 MB），请压缩到 10.0 MB 以内后再上传。',
    })
    // Just within the limit is taken.
    const limit = tinyPdf(['Limit'], MAX_ATTACHMENT_BYTES)
    expect(limit.length).toBe(MAX_ATTACHMENT_BYTES)
    expect((await upload(editor, 'limit.pdf', limit)).status).toBe(201)
    expect((await upload(null, 'anon.pdf', tinyPdf(['Anonymous']))).status).toBe(403)
    expect((await upload(staff, 'staff.pdf', tinyPdf(['Staff']))).status).toBe(403)
  })

  it('should refuse a damaged, cut-short or disguised file of every allowed type with 400, 413 or 415 in Chinese, storing nothing', async () => {
    // A whole file of each family, as the types' signatures group them.
    const ole2 = ole2Of()
    const families = { pdf: tinyPdf(['Sample']), zip: docxOf(documentXml(['样本'])), ole2 }
    const familyOf = (extension: string): keyof typeof families => (extension === 'pdf' ? 'pdf' : ['doc', 'xls', 'ppt'].includes(extension) ? 'ole2' : 'zip')
    const random = seeded(20261206)
    const oddBytes = Buffer.from(Array.from({ length: 4096 }, () => Math.floor(random() * 256)))
    oddBytes[0] = 0x00
    const shapes: { name: string; status: number; make: (extension: string) => Buffer }[] = [
      { name: 'empty', status: 415, make: () => Buffer.alloc(0) },
      { name: 'half its signature', status: 415, make: (extension) => families[familyOf(extension)].subarray(0, 2) },
      // Inside an OLE2 header, before a PDF's end and a ZIP's directory.
      { name: 'cut short', status: 400, make: (extension) => families[familyOf(extension)].subarray(0, 300) },
      { name: 'odd bytes', status: 415, make: () => oddBytes },
      { name: 'another type inside', status: 415, make: (extension) => (familyOf(extension) === 'pdf' ? families.zip : families.pdf) },
    ]
    const stored = () => readdirSync(path.join(ctx.mediaDir, 'attachments'), { recursive: true }).sort()
    const count = async () => (await ctx.payload.count({ collection: 'attachments', overrideAccess: true })).totalDocs
    const [filesBefore, rowsBefore] = [stored(), await count()]
    /** `says`: what the message names, where the status alone does not tell the refusals apart. */
    type Case = { extension: string; name: string; status: number; bytes: Buffer; says?: string }
    const cases: Case[] = Object.keys(attachmentTypes).flatMap((extension) =>
      shapes.map(({ name, status, make }) => ({ extension, name, status, bytes: make(extension) })),
    )
    // One past the limit, beginning as it should, for one type of each family.
    for (const extension of ['pdf', 'docx', 'doc']) {
      const start = families[familyOf(extension)]
      const bytes = Buffer.concat([start, Buffer.alloc(MAX_ATTACHMENT_BYTES + 1 - start.length)])
      cases.push({ extension, name: 'one byte past the limit', status: 413, bytes })
    }
    // An OLE2 file cut after its header: the FAT sector it names is not there.
    for (const extension of ['doc', 'xls', 'ppt']) {
      cases.push({ extension, name: 'cut after its header', status: 400, bytes: ole2.subarray(0, 512), says: '不完整' })
    }
    // An office package of another type than its extension's (a .docx renamed .xlsx), or of none.
    const packages = Object.keys(attachmentTypes).filter((extension) => familyOf(extension) === 'zip')
    for (const [index, extension] of packages.entries()) {
      const inside = packages[(index + 1) % packages.length] as string
      const bytes = officePackageOf(attachmentTypes[inside]?.mimeType ?? '')
      cases.push({ extension, name: `a .${inside} inside`, status: 415, bytes, says: `与扩展名 .${extension} 不符` })
    }
    const plainZip = zipOf([{ name: 'readme.txt', data: Buffer.from('不是文档') }])
    cases.push({ extension: 'xlsx', name: 'a plain zip', status: 400, bytes: plainZip, says: '不完整' })
    // Past what the CMS reads of any upload: refused while it is read, by Payload's reader.
    const huge = Buffer.concat([families.pdf, Buffer.alloc(MAX_UPLOAD_BYTES + 1 - families.pdf.length)])
    cases.push({ extension: 'pdf', name: 'past the upload limit', status: 413, bytes: huge })
    for (const { extension, name, status, bytes, says } of cases) {
      const answered = await upload(editor, `附件.${extension}`, bytes, 'application/octet-stream')
      expect({ extension, name, status: answered.status }).toEqual({ extension, name, status })
      expect(answered.message, `${extension} ${name}`).toMatch(/[\u4e00-\u9fff]/)
      if (says) expect(answered.message, `${extension} ${name}`).toContain(says)
    }
    expect(await count()).toBe(rowsBefore)
    expect(stored()).toEqual(filesBefore)
    // The whole files themselves are taken (the corpus is refused for what it is, not for its family).
    expect((await upload(editor, '样本.docx', families.zip)).status).toBe(201)
    const workbook = new ExcelJS.Workbook()
    workbook.addWorksheet('报名表').addRow(['姓名', '单位'])
    expect((await upload(editor, '样本.xlsx', Buffer.from(await workbook.xlsx.writeBuffer()))).status).toBe(201)
    expect((await upload(editor, '样本.doc', ole2)).status).toBe(201)
  })

  it('should publish an announcement only when 终审 signs, and show the public only the published one', async () => {
    const attachment = (await upload(editor, 'form.pdf', tinyPdf(['Form']))).body.doc as { id: number }
    const announcement = await draft({ body: richText('请于本周五前报名。'), attachments: [attachment.id] })
    expect(await publicRead(announcement.id)).toBe(404)
    // An editor does not publish on their own.
    const direct = await answer(client.patch(`announcements/${announcement.id}`, { _status: 'published' }, tokens.get(editor.id)))
    expect(direct.status).toBe(403)
    expect(await step(announcement.id, { action: 'submit' }, editor)).toMatchObject({ status: 200, body: { reviewState: 'submitted', reviewStage: 1 } })
    expect(await step(announcement.id, { action: 'approve' }, editor)).toMatchObject({ status: 403 })
    expect(await step(announcement.id, { action: 'approve' }, reviewers[0] as User)).toMatchObject({ status: 200, body: { reviewStage: 2, _status: 'draft' } })
    expect(await step(announcement.id, { action: 'approve' }, reviewers[1] as User)).toMatchObject({ status: 200, body: { reviewStage: 3, _status: 'draft' } })
    expect(await publicRead(announcement.id)).toBe(404)
    expect(await step(announcement.id, { action: 'approve' }, reviewers[2] as User)).toMatchObject({
      status: 200,
      body: { reviewState: 'approved', _status: 'published' },
    })
    expect(await publicRead(announcement.id)).toBe(200)
    const anonymous = JSON.parse((await client.get(`announcements/${announcement.id}?depth=1`)).text) as Record<string, unknown>
    expect(anonymous).not.toHaveProperty('reviewState')
    expect(anonymous.reviewLog ?? []).toEqual([])
    expect(anonymous.attachments).toEqual([expect.objectContaining({ id: attachment.id, mimeType: 'application/pdf' })])
    // Notice staff neither write announcements nor read their drafts.
    await expect(
      ctx.payload.create({
        collection: 'announcements',
        data: { title: '公示人员的通知', date: new Date().toISOString() } as never,
        draft: true,
        overrideAccess: false,
        user: staff,
      }),
    ).rejects.toMatchObject({ status: 403 })
    const hidden = await draft({ externalUrl: 'https://example.org/x' })
    expect((await client.get(`announcements/${hidden.id}?draft=true`, tokens.get(staff.id))).status).toBe(404)
  })

  it('should ask a published announcement for a body or an http(s) link, in Chinese', async () => {
    const publish = (data: Record<string, unknown>) =>
      ctx.payload.create({
        collection: 'announcements',
        data: { title: '待发布', date: new Date().toISOString(), _status: 'published', ...data } as never,
        overrideAccess: true,
      })
    await expect(publish({})).rejects.toMatchObject({ status: 400, data: { errors: [expect.objectContaining({ message: '请填写正文，或填写外部链接。' })] } })
    await expect(publish({ externalUrl: 'javascript:alert(1)' })).rejects.toMatchObject({
      data: { errors: [expect.objectContaining({ message: '外部链接须以 https:// 或 http:// 开头。' })] },
    })
    expect(await publish({ externalUrl: 'https://volunteer.example.org/notice' })).toMatchObject({ _status: 'published' })
    // A draft may be saved half-written.
    expect(await draft({})).toHaveProperty('id')
  })

  it('should let editors keep topics (period in order), the public read them, and hold every topics and attachments list to its budget', async () => {
    const topic = (data: Record<string, unknown>, user: User | null = editor) =>
      ctx.payload.create({ collection: 'topics', data: { title: `专题 ${(serial += 1)}`, ...data } as never, overrideAccess: false, user: user ?? undefined })
    const marathon = await topic({ periodFrom: '2026-11-01T00:00:00.000Z', periodTo: '2026-11-30T00:00:00.000Z', inMenu: true })
    expect(marathon).toMatchObject({ inMenu: true, slug: expect.stringMatching(/^zhuan-ti/) })
    await expect(topic({ periodFrom: '2026-11-30T00:00:00.000Z', periodTo: '2026-11-01T00:00:00.000Z' })).rejects.toMatchObject({
      data: { errors: [expect.objectContaining({ message: '结束日期不能早于开始日期。' })] },
    })
    await expect(topic({}, null)).rejects.toMatchObject({ status: 403 })
    await expect(topic({}, staff)).rejects.toMatchObject({ status: 403 })
    expect((await client.get(`topics/${marathon.id}`)).status).toBe(200)

    const extra = await Promise.all(Array.from({ length: ARRAY_LIMITS.topicsPerDocument }, () => topic({})))
    const tooMany = [marathon, ...extra].map((item) => item.id)
    const story = await answer(
      client.post('stories?draft=true', {
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ title: '专题太多的稿件', body: richText('正文'), topics: tooMany }),
        token: tokens.get(editor.id),
      }),
    )
    expect(story).toMatchObject({ status: 400, message: `“所属专题”最多 ${ARRAY_LIMITS.topicsPerDocument} 项，收到 ${tooMany.length} 项。` })
    const filed = await answer(
      client.post('stories?draft=true', {
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ title: '专题内的稿件', body: richText('正文'), topics: [marathon.id] }),
        token: tokens.get(editor.id),
      }),
    )
    expect(filed.status).toBe(201)
    const pdf = (await upload(editor, 'one.pdf', tinyPdf(['One']))).body.doc as { id: number }
    const attachments = await answer(
      client.post('announcements?draft=true', {
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ title: '附件太多', date: new Date().toISOString(), attachments: Array(ARRAY_LIMITS.announcementAttachments + 1).fill(pdf.id) }),
        token: tokens.get(editor.id),
      }),
    )
    expect(attachments).toMatchObject({ status: 400, message: expect.stringContaining(`最多 ${ARRAY_LIMITS.announcementAttachments} 项`) })
  })
})
