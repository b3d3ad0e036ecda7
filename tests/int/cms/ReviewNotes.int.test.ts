/**
 * 批注 (`review-notes`): staff who read a draft write and read notes on it, with the author and
 * time the server sets; the public gets 403; notes are in no read of the published document, REST
 * or GraphQL, and GraphQL has no way to them at all.
 */
import { beforeAll, describe, expect, it } from 'vitest'

import { richText } from '../../helpers/lexical'
import { bootPayload } from '../../helpers/payload'
import type { TestPayload } from '../../helpers/payload'
import { routeClient } from '../../helpers/routes'
import type { RouteClient } from '../../helpers/routes'

type User = Awaited<ReturnType<TestPayload['createUser']>>
type Note = { id: number; body: string; author?: number; authorName?: string; createdAt: string; targetCollection: string; targetId: number }

const NOTE = '第三段引语的出处请再核实一次。'

describe('批注: internal notes on drafts', () => {
  let ctx: TestPayload
  let client: RouteClient
  let editor: User
  let reviewer: User
  let noticeStaff: User
  let story: { id: number }
  let honorRoll: { id: number }
  const tokens = new Map<number, string>()
  const token = (user: User) => tokens.get(user.id)

  beforeAll(async () => {
    ctx = await bootPayload()
    client = await routeClient()
    editor = await ctx.createUser(['editor'])
    await ctx.payload.update({ collection: 'users', id: editor.id, data: { name: '吴编辑' }, overrideAccess: true })
    reviewer = await ctx.createUser(['reviewer'])
    noticeStaff = await ctx.createUser(['notice-staff'])
    for (const user of [editor, reviewer, noticeStaff]) {
      tokens.set(user.id, (await ctx.payload.login({ collection: 'users', data: { email: user.email, password: user.password } })).token as string)
    }
    story = await draftStory('批注测试稿')
    honorRoll = (await ctx.payload.create({
      collection: 'honor-rolls',
      data: { title: '批注测试荣誉榜' } as never,
      draft: true,
      overrideAccess: true,
    })) as unknown as { id: number }
  })

  /** A story draft of the editor's. */
  const draftStory = async (title: string) =>
    (await ctx.payload.create({
      collection: 'stories',
      data: { title, body: richText('正文。') } as never,
      draft: true,
      overrideAccess: false,
      user: editor,
    })) as unknown as { id: number }
  const post = async (user: User | null, body: Record<string, unknown>) => {
    const answer = await client.post('review-notes', {
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
      token: user ? token(user) : undefined,
    })
    return { status: answer.status, doc: (JSON.parse(answer.text) as { doc?: Note }).doc }
  }
  const notesOn = async (user: User | null, collection: string, id: number) => {
    const answer = await client.get(`review-notes?where[targetCollection][equals]=${collection}&where[targetId][equals]=${id}`, user ? token(user) : undefined)
    return { status: answer.status, docs: answer.status === 200 ? (JSON.parse(answer.text) as { docs: Note[] }).docs : [] }
  }

  it('should stamp the author and time on the server, whatever the client sends', async () => {
    const started = Date.now()
    const { status, doc } = await post(editor, {
      targetCollection: 'stories',
      targetId: story.id,
      body: NOTE,
      author: reviewer.id,
      authorName: '冒名者',
      createdAt: '2000-01-01T00:00:00.000Z',
    })
    expect(status).toBe(201)
    expect(doc).toMatchObject({ body: NOTE, author: editor.id, authorName: `吴编辑（${editor.email}）` })
    expect(new Date(doc?.createdAt ?? 0).getTime()).toBeGreaterThanOrEqual(started - 1000)
  })

  it('should let staff who read the draft read its notes, and no one else', async () => {
    expect((await notesOn(reviewer, 'stories', story.id)).docs.map((note) => note.body)).toEqual([NOTE])
    expect((await notesOn(editor, 'stories', story.id)).docs.map((note) => note.body)).toEqual([NOTE])
    // Notice staff read honour-roll drafts, not story drafts: nor the notes on them.
    expect((await notesOn(noticeStaff, 'stories', story.id)).docs).toEqual([])
    expect((await notesOn(null, 'stories', story.id)).status).toBe(403)
    const id = (await notesOn(editor, 'stories', story.id)).docs[0]?.id
    expect((await client.get(`review-notes/${id}`)).status).toBe(403)
    expect((await client.get(`review-notes/${id}`, token(noticeStaff))).status).toBe(404)
  })

  it('should refuse notes from the public, on collections the writer cannot read, on missing documents, and any edit', async () => {
    expect((await post(null, { targetCollection: 'stories', targetId: story.id, body: '匿名' })).status).toBe(403)
    expect((await post(noticeStaff, { targetCollection: 'stories', targetId: story.id, body: '越权' })).status).toBe(403)
    expect((await post(editor, { targetCollection: 'stories', targetId: 99999999, body: '无稿' })).status).toBe(404)
    const own = await post(noticeStaff, { targetCollection: 'honor-rolls', targetId: honorRoll.id, body: '名单顺序请按姓氏笔画。' })
    expect(own.status).toBe(201)
    expect((await notesOn(noticeStaff, 'honor-rolls', honorRoll.id)).docs.map((note) => note.body)).toEqual(['名单顺序请按姓氏笔画。'])
    expect((await client.patch(`review-notes/${own.doc?.id}`, { body: '改过' }, token(noticeStaff))).status).toBe(403)
  })

  it('should keep notes out of every read of the published document, and out of GraphQL', async () => {
    await ctx.payload.update({ collection: 'stories', id: story.id, data: { _status: 'published' } as never, overrideAccess: true })
    const rest = await client.get(`stories/${story.id}?depth=2`)
    expect(rest.status).toBe(200)
    expect(rest.text).toContain('批注测试稿')
    expect(rest.text).not.toContain(NOTE)
    const staffRead = await client.get(`stories/${story.id}?depth=2`, token(reviewer))
    expect(staffRead.text).toContain('批注测试稿')
    expect(staffRead.text).not.toContain(NOTE)
    const graph = await client.graphql(`{ Story(id: ${story.id}) { title } }`)
    expect(graph.text).toContain('批注测试稿')
    expect(graph.text).not.toContain(NOTE)
    const notes = JSON.parse((await client.graphql('{ ReviewNotes { docs { body } } }', token(reviewer))).text) as { data?: unknown; errors?: unknown[] }
    expect(notes.errors?.length).toBeGreaterThan(0)
    expect(JSON.stringify(notes)).not.toContain(NOTE)
  })

  it("should delete a document's notes with it", async () => {
    const doomed = await draftStory('将删除的草稿')
    expect((await post(editor, { targetCollection: 'stories', targetId: doomed.id, body: '删除前的批注' })).status).toBe(201)
    const count = async () =>
      (await ctx.payload.count({ collection: 'review-notes', where: { targetId: { equals: doomed.id } }, overrideAccess: true })).totalDocs
    expect(await count()).toBe(1)
    await ctx.payload.delete({ collection: 'stories', id: doomed.id, overrideAccess: false, user: editor })
    expect(await count()).toBe(0)
    // The note on the other story stays.
    expect((await notesOn(editor, 'stories', story.id)).docs.map((note) => note.body)).toEqual([NOTE])
  })
})
