import { readFile, readdir } from 'node:fs/promises'
import path from 'node:path'

import { beforeAll, describe, expect, it } from 'vitest'

import { placed, samples } from '../../fixtures/richtext'
import { richText } from '../../helpers/lexical'
import { bootPayload } from '../../helpers/payload'
import type { TestPayload } from '../../helpers/payload'
import { expectStoredBodiesPass } from '../../helpers/richTextBodies'
import { routeClient } from '../../helpers/routes'
import type { RouteClient } from '../../helpers/routes'
import { queryDatabase } from '../../helpers/sql'
import { repoRoot } from '../../helpers/stack'

type User = Awaited<ReturnType<TestPayload['createUser']>>

/** The probe's body: a table cell (the body editor has no tables) whose header state carries a redirect. */
const tableCell = {
  type: 'tablecell',
  version: 1,
  headerState: '0"><meta http-equiv="refresh" content="3;url=https://evil.example/phish">',
  colSpan: 1,
  children: [],
}
const probeBody = placed(tableCell)
const REFUSAL = '正文包含编辑器不支持的内容（第 3 段：表格单元格 tablecell），请删除后再保存。'

/** A JSON value written as a GraphQL literal (the JSON scalar takes objects as they are). */
const graphqlLiteral = (value: unknown): string => {
  if (Array.isArray(value)) return `[${value.map(graphqlLiteral).join(', ')}]`
  if (value && typeof value === 'object')
    return `{ ${Object.entries(value)
      .map(([key, inner]) => `${key}: ${graphqlLiteral(inner)}`)
      .join(', ')} }`
  return JSON.stringify(value)
}

describe('rich text validation on save', () => {
  let ctx: TestPayload
  let client: RouteClient
  let editor: User
  let reviewer: User
  let editorToken: string
  let reviewerToken: string

  const tokenOf = async (user: User) => (await ctx.payload.login({ collection: 'users', data: { email: user.email, password: user.password } })).token as string
  /** Every row that saving a story writes: the story and its versions. */
  const storyRows = async () => {
    const [row] = await queryDatabase<{ stories: number; versions: number }>(
      ctx.databaseUrl,
      'SELECT (SELECT count(*)::int FROM stories) AS stories, (SELECT count(*)::int FROM _stories_v) AS versions',
    )
    return row
  }
  const errorsOf = (text: string) => (JSON.parse(text) as { errors?: { message?: string }[] }).errors?.map((error) => error.message)

  beforeAll(async () => {
    ctx = await bootPayload()
    client = await routeClient()
    editor = await ctx.createUser(['editor'])
    reviewer = await ctx.createUser(['reviewer'])
    editorToken = await tokenOf(editor)
    reviewerToken = await tokenOf(reviewer)
  })

  it('should answer 400 with the Chinese message when an editor saves the table cell over REST, and write nothing', async () => {
    const before = await storyRows()
    const headers = { 'content-type': 'application/json', authorization: `JWT ${editorToken}` }
    for (const query of ['?draft=true', '?draft=true&autosave=true', '']) {
      const answer = await client.post(`stories${query}`, { headers, body: JSON.stringify({ title: '表格探针', body: probeBody }) })
      expect(answer.status, query).toBe(400)
      expect(errorsOf(answer.text), query).toEqual([REFUSAL])
    }
    expect(await storyRows()).toEqual(before)

    // Saving over an existing draft (the admin's autosave) is refused too, and leaves it as it was.
    const story = await ctx.payload.create({
      collection: 'stories',
      data: { title: '已有草稿', body: richText('原来的正文。') } as never,
      draft: true,
      overrideAccess: false,
      user: editor,
    })
    const rows = await storyRows()
    const patched = await client.patch(`stories/${story.id}?draft=true&autosave=true`, { body: probeBody }, editorToken)
    expect(patched.status).toBe(400)
    expect(errorsOf(patched.text)).toEqual([REFUSAL])
    expect(await storyRows()).toEqual(rows)
    const stored = await ctx.payload.findByID({ collection: 'stories', id: story.id, draft: true, overrideAccess: true })
    expect(stored.body).toEqual(richText('原来的正文。'))
  })

  it('should answer 400, not fail, for a body nested far too deep or far too long', async () => {
    const before = await storyRows()
    // Written out by hand: JSON.stringify itself recurses, and a client need not use it.
    const levels = 30_000
    const open = '{"type":"listitem","version":1,"children":[{"type":"list","version":1,"listType":"bullet","children":['
    const deep =
      '{"root":{"type":"root","version":1,"children":[{"type":"list","version":1,"listType":"bullet","children":[' +
      open.repeat(levels) +
      '{"type":"listitem","version":1,"children":[{"type":"text","version":1,"text":"最深处"}]}' +
      ']}]}'.repeat(levels) +
      ']}]}}'
    const long = richText(...Array.from({ length: 25_000 }, (_, index) => `第 ${index} 段。`))
    const headers = { 'content-type': 'application/json', authorization: `JWT ${editorToken}` }
    const deepAnswer = await client.post('stories?draft=true', { headers, body: `{"title":"很深的正文","body":${deep}}` })
    expect(deepAnswer.status).toBe(400)
    expect(errorsOf(deepAnswer.text)).toEqual(['正文嵌套层级过多（第 1 段：超过 32 层），请简化后再保存。'])
    const longAnswer = await client.post('stories?draft=true', { headers, body: JSON.stringify({ title: '很长的正文', body: long }) })
    expect(longAnswer.status).toBe(400)
    expect(errorsOf(longAnswer.text)?.[0]).toMatch(/^正文内容过多/)
    expect(await storyRows()).toEqual(before)
  })

  it('should refuse it through GraphQL and the Local API with a user, in every rich-text field', async () => {
    const before = await storyRows()
    const graph = await client.graphql(
      `mutation { createStory(draft: true, data: { title: "表格探针", body: ${graphqlLiteral(probeBody)} }) { id } }`,
      editorToken,
    )
    const graphErrors = (JSON.parse(graph.text) as { errors?: { message: string; extensions?: { statusCode?: number } }[] }).errors
    expect(graphErrors?.[0]).toMatchObject({ message: REFUSAL, extensions: { statusCode: 400 } })
    const local = ctx.payload.create({
      collection: 'stories',
      data: { title: '表格探针', body: probeBody } as never,
      draft: true,
      overrideAccess: false,
      user: editor,
    })
    await expect(local).rejects.toMatchObject({ status: 400, message: REFUSAL })
    expect(await storyRows()).toEqual(before)

    const roll = ctx.payload.create({
      collection: 'honor-rolls',
      data: { title: '表格探针', intro: probeBody } as never,
      draft: true,
      overrideAccess: false,
      user: editor,
    })
    await expect(roll).rejects.toMatchObject({ status: 400, message: '导语包含编辑器不支持的内容（第 3 段：表格单元格 tablecell），请删除后再保存。' })
    const notice = ctx.payload.create({ collection: 'notices', data: { title: '表格探针', intro: probeBody } as never, draft: true, overrideAccess: true })
    await expect(notice).rejects.toMatchObject({ status: 400, message: '公示说明包含编辑器不支持的内容（第 3 段：表格单元格 tablecell），请删除后再保存。' })

    // Hostile attributes of nodes the editor does have.
    const script = placed({ ...samples.link, fields: { linkType: 'custom', url: 'javascript:alert(document.cookie)' } })
    const answer = await client.post('stories?draft=true', {
      headers: { 'content-type': 'application/json', authorization: `JWT ${editorToken}` },
      body: JSON.stringify({ title: '脚本链接', body: script }),
    })
    expect(answer.status).toBe(400)
    expect(errorsOf(answer.text)?.[0]).toContain('第 3 段：链接 link 的 fields.url')
  })

  it('should refuse a reviewer publishing a draft stored with it before the check, leaving it unpublished', async () => {
    const story = await ctx.payload.create({
      collection: 'stories',
      data: { title: '旧的表格草稿', body: richText('正文。') } as never,
      draft: true,
      overrideAccess: false,
      user: editor,
    })
    await ctx.payload.update({
      collection: 'stories',
      id: story.id,
      data: { reviewState: 'submitted' } as never,
      draft: true,
      overrideAccess: false,
      user: editor,
    })
    await queryDatabase(ctx.databaseUrl, 'UPDATE stories SET body = $1 WHERE id = $2', [probeBody, story.id])
    await queryDatabase(ctx.databaseUrl, 'UPDATE _stories_v SET version_body = $1 WHERE parent_id = $2', [probeBody, story.id])
    const answer = await client.patch(`stories/${story.id}`, { _status: 'published' }, reviewerToken)
    expect(answer.status).toBe(400)
    expect(errorsOf(answer.text)).toEqual([REFUSAL])
    const published = await ctx.payload.count({
      collection: 'stories',
      where: { and: [{ id: { equals: story.id } }, { _status: { equals: 'published' } }] },
      overrideAccess: true,
    })
    expect(published.totalDocs).toBe(0)
    await ctx.payload.delete({ collection: 'stories', id: story.id, overrideAccess: true })
  })

  // The demo seed's bodies are saved and read through the same check in Seed.int (it seeds anyway).
  it('should save every body of the importer, each one passing the check', async () => {
    const importDir = path.join(repoRoot, 'tests/fixtures/import')
    const imported: number[] = []
    for (const file of await readdir(importDir)) {
      const data = new FormData()
      data.set('file', new Blob([await readFile(path.join(importDir, file))]), file)
      const answer = await client.post('stories/import', { headers: { authorization: `JWT ${editorToken}` }, body: data })
      expect(answer.status, `${file}: ${answer.text.slice(0, 300)}`).toBe(201)
      imported.push((JSON.parse(answer.text) as { result: { storyId: number } }).result.storyId)
    }
    expect(imported).toHaveLength((await readdir(importDir)).length)

    // The imported drafts were all read.
    expect((await expectStoredBodiesPass(ctx.payload)).stories).toBeGreaterThanOrEqual(imported.length)
    const stories = await ctx.payload.find({ collection: 'stories', where: { id: { in: imported } }, draft: true, depth: 0, overrideAccess: true })
    expect(stories.docs.every((story) => (story.body?.root?.children?.length ?? 0) > 0)).toBe(true)
  }, 120_000)
})
