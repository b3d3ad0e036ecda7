import { spawn } from 'node:child_process'
import { readFile } from 'node:fs/promises'
import path from 'node:path'

import { beforeAll, describe, expect, it } from 'vitest'

import { lexicalPlainText } from '@fengcai/shared'
import { traditionalCharacters } from '@fengcai/shared/import/simplified'

import { docxOf, documentXml } from '../../helpers/docx'
import { bootPayload } from '../../helpers/payload'
import type { TestPayload } from '../../helpers/payload'
import { routeClient } from '../../helpers/routes'
import type { RouteClient } from '../../helpers/routes'
import { referenceDir } from '../../helpers/reference'
import { childEnv, repoRoot } from '../../helpers/stack'

const articleA = path.join(referenceDir ?? '', 'article-a-traditional.txt')
const articleB = path.join(referenceDir ?? '', 'article-b-with-honor-roll.txt')
/** As a person types it at the repository's root. */
const typed = (file: string) => path.relative(repoRoot, file)

/** Runs the README's import command from the repository root, against the test's database. */
const runImport = (args: string[], databaseUrl: string): Promise<{ code: number | null; stdout: string; stderr: string }> =>
  new Promise((resolve, reject) => {
    const child = spawn('pnpm', ['--silent', 'run', 'import', ...args], {
      cwd: repoRoot,
      env: childEnv({ DATABASE_URL: databaseUrl, INIT_CWD: repoRoot }),
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')))
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')))
    child.on('error', reject)
    child.on('close', (code) => resolve({ code, stdout, stderr }))
  })

const form = (file: string, bytes: Uint8Array | string, fields: Record<string, string> = {}): FormData => {
  const data = new FormData()
  data.set('file', new Blob([typeof bytes === 'string' ? bytes : Buffer.from(bytes)]), file)
  for (const [key, value] of Object.entries(fields)) data.set(key, value)
  return data
}

describe('article import', () => {
  let ctx: TestPayload
  let client: RouteClient
  let editorToken: string
  let staffToken: string
  let editor: Awaited<ReturnType<TestPayload['createUser']>>

  const auth = (token: string) => ({ authorization: `JWT ${token}` })
  const importFile = async (token: string, file: string, bytes: Uint8Array | string, fields: Record<string, string> = {}) => {
    const answer = await client.post(`stories/import${fields.dryRun ? '?dryRun=1' : ''}`, { headers: auth(token), body: form(file, bytes) })
    return {
      status: answer.status,
      body: JSON.parse(answer.text) as {
        result: Record<string, unknown> & { storyId: number | null; honorRollId: number | null; warnings: string[] }
        message?: string
        errors?: { message: string }[]
      },
    }
  }
  const storyCount = async () => (await ctx.payload.count({ collection: 'stories', overrideAccess: true })).totalDocs

  beforeAll(async () => {
    ctx = await bootPayload()
    client = await routeClient()
    editor = await ctx.createUser(['editor'])
    const staff = await ctx.createUser(['notice-staff'])
    editorToken = (await ctx.payload.login({ collection: 'users', data: { email: editor.email, password: editor.password } })).token as string
    staffToken = (await ctx.payload.login({ collection: 'users', data: { email: staff.email, password: staff.password } })).token as string
  })

  it.skipIf(!referenceDir)('should import reference article A through the admin endpoint as a draft, never published', async () => {
    const { status, body } = await importFile(editorToken, 'article-a-traditional.txt', await readFile(articleA))
    expect(status).toBe(201)
    const story = await ctx.payload.findByID({ collection: 'stories', id: body.result.storyId as number, draft: true, overrideAccess: true })
    expect(story).toMatchObject({ title: '践行企业社会责任，中智白领青年志愿者总队在行动', _status: 'draft', source: '中智股份' })
    const text = lexicalPlainText(story.body)
    expect(text).toContain('精准帮扶')
    expect(text).not.toMatch(/\([a-zàáǎèéěìíǐòóǒùúǔ]+\)|omniture|全球TMT/)
    expect(traditionalCharacters(text)).toEqual([])
    // Nothing public: the published view of the story does not exist.
    const published = await ctx.payload.find({ collection: 'stories', where: { id: { equals: story.id } }, overrideAccess: false })
    expect(published.totalDocs).toBe(0)
  })

  it.skipIf(!referenceDir)('should import reference article B with its honour roll as a second draft linked to the story', async () => {
    const { status, body } = await importFile(editorToken, 'article-b.txt', await readFile(articleB))
    expect(status).toBe(201)
    expect(body.result.honorRollId).toEqual(expect.any(Number))
    const roll = await ctx.payload.findByID({ collection: 'honor-rolls', id: body.result.honorRollId as number, draft: true, overrideAccess: true, depth: 0 })
    expect(roll._status).toBe('draft')
    expect(roll.entries).toHaveLength(12)
    expect(roll.entries?.[1]).toMatchObject({
      honoreeName: '胡辉刚古董车修复工匠创新工作室',
      unit: '上海汽车博物馆有限公司',
      award: '2023年度上海市工匠创新工作室',
      story: body.result.storyId,
    })
    const story = await ctx.payload.findByID({ collection: 'stories', id: body.result.storyId as number, draft: true, overrideAccess: true })
    expect(story).toMatchObject({ correspondent: '俞秋凤', reporter: '金隼' })
  })

  it.skipIf(!referenceDir)('should flag a likely duplicate on a dry run, and write nothing', async () => {
    const before = await storyCount()
    const { status, body } = await importFile(editorToken, 'again.txt', await readFile(articleA), { dryRun: 'true' })
    expect(status).toBe(200)
    expect(body.result.storyId).toBeNull()
    expect(body.result.warnings.some((warning) => /可能重复：已有新闻稿《践行企业社会责任/.test(warning))).toBe(true)
    expect(await storyCount()).toBe(before)
  })

  it('should refuse what it cannot read with a clear Chinese message, and refuse readers and notice staff', async () => {
    const pdf = await importFile(editorToken, 'scan.pdf', '%PDF-1.7')
    expect(pdf.status).toBe(415)
    expect(JSON.stringify(pdf.body)).toContain('不支持的文件类型')
    const brokenWord = await importFile(editorToken, 'letter.docx', 'not a zip at all')
    expect(brokenWord.status).toBe(422)
    expect(JSON.stringify(brokenWord.body)).toContain('无法读取 Word 文件')
    const empty = await importFile(editorToken, 'empty.txt', '')
    expect(empty.status).toBe(422)
    const nothing = await client.post('stories/import', { headers: { ...auth(editorToken), 'content-type': 'application/json' }, body: '{}' })
    expect(nothing.status).toBe(400)
    expect(nothing.text).toContain('请粘贴文章内容')
    expect((await client.post('stories/import', { body: form('a.txt', '标题\n\n正文。') })).status).toBe(401)
    expect((await importFile(staffToken, 'a.txt', '标题\n\n正文。')).status).toBe(403)
  })

  it('should read a Word file: title, meta line, heading, a paragraph broken across two, byline', async () => {
    const bytes = await readFile(path.join(repoRoot, 'tests/fixtures/import/library-corner.docx'))
    const { status, body } = await importFile(editorToken, 'library-corner.docx', bytes)
    expect(status).toBe(201)
    expect(body.result).toMatchObject({
      title: '社区图书角迎来第一批小读者',
      publishedAt: '2026-06-01T16:20:00+08:00',
      source: '长宁区志愿者协会',
      correspondent: '尹晓岚',
      headings: ['家长也来帮忙'],
      paragraphs: [
        '六一儿童节下午，社区图书角里坐满了小读者。志愿者们准备了绘本和手工材料，陪孩子们度过了一个安静的下午。',
        '不少家长主动报名当起了图书管理员，负责借还登记和图书整理。',
      ],
    })
    const story = await ctx.payload.findByID({ collection: 'stories', id: body.result.storyId as number, draft: true, overrideAccess: true })
    expect(lexicalPlainText(story.body)).toBe(
      '六一儿童节下午，社区图书角里坐满了小读者。志愿者们准备了绘本和手工材料，陪孩子们度过了一个安静的下午。\n家长也来帮忙\n不少家长主动报名当起了图书管理员，负责借还登记和图书整理。',
    )
  })

  it('should take pasted HTML as well as files', async () => {
    const html = '<h1>社区读书会开张</h1><p>发布时间：2026-02-01 来源：长桥街道</p><p>周末的社区读书会迎来了第一批读者。</p>'
    const answer = await client.post('stories/import', {
      headers: { ...auth(editorToken), 'content-type': 'application/json' },
      body: JSON.stringify({ text: html, dryRun: true }),
    })
    expect(answer.status).toBe(200)
    expect(JSON.parse(answer.text).result).toMatchObject({ title: '社区读书会开张', source: '长桥街道', paragraphs: ['周末的社区读书会迎来了第一批读者。'] })
  })

  it('should refuse a Word file that inflates to 200 MB from its zip directory, at once, writing nothing', async () => {
    const before = await storyCount()
    // 2 MB of text declared as 200 MB: the directory alone must refuse it.
    const bomb = docxOf(documentXml(Array.from({ length: 20_000 }, () => '志愿者服务')), { declaredSize: 200 * 1024 * 1024 })
    const started = Date.now()
    const { status, body } = await importFile(editorToken, 'bomb.docx', bomb, { dryRun: 'true' })
    expect(Date.now() - started).toBeLessThan(5_000)
    expect(status).toBe(413)
    expect(JSON.stringify(body)).toContain('解压后过大')
    expect(await storyCount()).toBe(before)
  })

  it('should read pasted text followed by 113,000 “<” in linear time', async () => {
    const text = `<p>志愿者正文</p>${'<'.repeat(113_000)}`
    const started = Date.now()
    const answer = await client.post('stories/import?dryRun=1', {
      headers: { ...auth(editorToken), 'content-type': 'application/json' },
      body: JSON.stringify({ text }),
    })
    expect(Date.now() - started).toBeLessThan(2_000)
    expect(answer.status).toBe(200)
    const result = JSON.parse(answer.text).result as { title: string; paragraphs: string[] }
    expect(result.title).toBe('志愿者正文')
    expect(result.paragraphs.join('')).not.toContain('<')
  })

  it('should give eight imports of one article at the same moment eight drafts with their own addresses', async () => {
    const text = '<h1>同题并发导入的测试稿件</h1><p>社区志愿者今天上午在广场开展了义诊活动，吸引了许多居民。</p>'
    const answers = await Promise.all(
      Array.from({ length: 8 }, () =>
        client.post('stories/import', { headers: { ...auth(editorToken), 'content-type': 'application/json' }, body: JSON.stringify({ text }) }),
      ),
    )
    expect(answers.map((answer) => answer.status)).toEqual(Array(8).fill(201))
    const ids = answers.map((answer) => (JSON.parse(answer.text) as { result: { storyId: number } }).result.storyId)
    const found = await ctx.payload.find({ collection: 'stories', where: { id: { in: ids } }, draft: true, overrideAccess: true, depth: 0, limit: 8 })
    const slugs = found.docs.map((story) => story.slug)
    expect(new Set(slugs).size).toBe(8)
  })

  it.skipIf(!referenceDir)(
    'should give the CLI dry run of article A as JSON: Simplified title, no readings, nothing Traditional, nothing written',
    async () => {
      const before = await storyCount()
      const run = await runImport(['--dry-run', '--json', typed(articleA)], ctx.databaseUrl)
      expect(run.code, run.stderr).toBe(0)
      const lines = run.stdout.trim().split('\n')
      expect(lines).toHaveLength(1)
      const result = JSON.parse(lines[0] as string) as Record<string, unknown>
      expect(Object.keys(result)).toEqual(
        expect.arrayContaining([
          'file',
          'kind',
          'title',
          'publishedAt',
          'source',
          'correspondent',
          'reporter',
          'responsibleEditor',
          'paragraphs',
          'headings',
          'captions',
          'honorRoll',
          'removed',
          'warnings',
        ]),
      )
      expect(result.title).toBe('践行企业社会责任，中智白领青年志愿者总队在行动')
      expect(run.stdout).not.toMatch(/\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}\)/)
      expect(traditionalCharacters(JSON.stringify([result.title, result.paragraphs, result.headings]))).toEqual([])
      expect(await storyCount()).toBe(before)
    },
  )

  // One run of the CLI for the files it writes (a run starts its own Payload: about 14 s on the CI
  // machine), shared by the two tests below.
  const cliFiles = [...(referenceDir ? [typed(articleB)] : []), 'tests/fixtures/import/traditional-with-names.txt', 'no-such-file.docx']
  let cliRun: Promise<{ code: number | null; stdout: string; stderr: string; lines: Record<string, unknown>[] }> | null = null
  const importedByCli = () =>
    (cliRun ??= runImport(['--json', '--as', editor.email, ...cliFiles], ctx.databaseUrl).then((run) => ({
      ...run,
      lines: run.stdout
        .trim()
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line) as Record<string, unknown>),
    })))

  it('should write drafts from the CLI as the given editor, and report a file it cannot read', async () => {
    const run = await importedByCli()
    expect(run.code, run.stderr).toBe(1)
    expect(run.lines).toHaveLength(cliFiles.length)
    // Every readable file imported: a failed one shows the CLI's own message here.
    for (const line of run.lines.slice(0, -1)) expect(line, run.stderr).not.toHaveProperty('error')
    const [imported, missing] = run.lines.slice(-2)
    expect(missing).toEqual({ file: 'no-such-file.docx', error: '找不到文件“no-such-file.docx”。' })
    const story = await ctx.payload.findByID({ collection: 'stories', id: imported?.storyId as number, draft: true, overrideAccess: true, depth: 0 })
    expect(story).toMatchObject({ _status: 'draft', title: '守护绿色家园，志愿者在行动', reporter: '於佩珊、范志强', responsibleEditor: '钟晓明' })
  })

  it.skipIf(!referenceDir)('should write reference article B and its honour roll from the CLI, linked to each other', async () => {
    const run = await importedByCli()
    const articleBResult = run.lines[0] as { storyId: number; honorRollId: number; error?: string }
    expect(articleBResult.error, run.stderr).toBeUndefined()
    const storyB = await ctx.payload.findByID({ collection: 'stories', id: articleBResult.storyId, draft: true, overrideAccess: true, depth: 0 })
    expect(storyB).toMatchObject({ _status: 'draft', correspondent: '俞秋凤', reporter: '金隼' })
    const roll = await ctx.payload.findByID({ collection: 'honor-rolls', id: articleBResult.honorRollId, draft: true, overrideAccess: true, depth: 0 })
    expect(roll.entries).toHaveLength(12)
    expect(roll.entries?.every((entry) => entry.story === articleBResult.storyId)).toBe(true)
  })
})
