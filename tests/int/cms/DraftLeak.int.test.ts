import { beforeAll, describe, expect, it } from 'vitest'

import { richText } from '../../helpers/lexical'
import { bootPayload } from '../../helpers/payload'
import type { TestPayload } from '../../helpers/payload'
import { routeClient } from '../../helpers/routes'
import type { RouteClient } from '../../helpers/routes'

/** Every anonymous answer below must be free of these markers, which only drafts carry. */
const NEVER_PUBLISHED = 'SECRET-NEVER-PUBLISHED'
const NEWER_DRAFT = 'SECRET-NEWER-DRAFT'

describe('drafts never leak to anonymous readers', () => {
  let ctx: TestPayload
  let client: RouteClient
  let draftId: number
  let publishedId: number
  let draftVersionId: string
  let honorRollId: number
  let noticeId: number

  beforeAll(async () => {
    ctx = await bootPayload()
    client = await routeClient()
    const { payload } = ctx
    const draft = await payload.create({
      collection: 'stories',
      data: { title: `${NEVER_PUBLISHED} 标题`, body: richText(`${NEVER_PUBLISHED} 正文`), _status: 'draft' },
      draft: true,
    })
    draftId = draft.id
    const published = await payload.create({
      collection: 'stories',
      data: { title: '已发布的报道', body: richText('公开正文'), relatedStories: [draftId], _status: 'published' },
    })
    publishedId = published.id
    // A newer draft on top of the published story: the public must keep seeing the published one.
    await payload.update({
      collection: 'stories',
      id: publishedId,
      data: { title: `${NEWER_DRAFT} 标题`, body: richText(`${NEWER_DRAFT} 正文`) },
      draft: true,
    })
    const versions = await payload.findVersions({ collection: 'stories', where: { parent: { equals: draftId } } })
    draftVersionId = String(versions.docs[0]?.id)

    const roll = await payload.create({
      collection: 'honor-rolls',
      data: {
        title: '公开的荣誉榜',
        awardingBody: '测试单位',
        year: 2026,
        entries: [{ honoreeName: '某志愿者', type: 'individual', award: '优秀志愿者', story: draftId }],
        _status: 'published',
      },
    })
    honorRollId = roll.id
    const notice = await payload.create({
      collection: 'notices',
      data: { title: `${NEVER_PUBLISHED} 公示`, opensAt: new Date().toISOString(), nominees: [], _status: 'draft' },
      draft: true,
    })
    noticeId = notice.id
  })

  const expectClean = (answer: { text: string }) => {
    expect(answer.text).not.toContain(NEVER_PUBLISHED)
    expect(answer.text).not.toContain(NEWER_DRAFT)
  }

  it('should keep drafts out of REST find, with or without ?draft=true', async () => {
    for (const path of ['stories', 'stories?draft=true', 'stories?depth=2', 'notices', 'notices?draft=true']) {
      const answer = await client.get(path)
      expect(answer.status, path).toBe(200)
      expectClean(answer)
    }
    const published = JSON.parse((await client.get('stories')).text) as { docs: { title: string }[] }
    expect(published.docs.map((doc) => doc.title)).toEqual(['已发布的报道'])
  })

  it('should answer 404 for a draft by id through REST findByID', async () => {
    for (const path of [`stories/${draftId}`, `stories/${draftId}?draft=true`, `notices/${noticeId}?draft=true`]) {
      const answer = await client.get(path)
      expect(answer.status, path).toBe(404)
      expectClean(answer)
    }
  })

  it('should show the published version, not a newer draft, even with ?draft=true', async () => {
    const answer = await client.get(`stories/${publishedId}?draft=true`)
    expect(answer.status).toBe(200)
    expectClean(answer)
    expect(JSON.parse(answer.text).title).toBe('已发布的报道')
  })

  it('should not find drafts by searching for their text', async () => {
    const answer = await client.get(`stories?where[title][like]=${encodeURIComponent(NEVER_PUBLISHED)}&draft=true`)
    expect(JSON.parse(answer.text).totalDocs).toBe(0)
  })

  it('should not populate a draft through a published relationship at depth', async () => {
    for (const path of [`stories/${publishedId}?depth=2`, `honor-rolls/${honorRollId}?depth=2`]) {
      const answer = await client.get(path)
      expect(answer.status, path).toBe(200)
      expectClean(answer)
    }
  })

  it('should refuse the versions endpoints', async () => {
    for (const path of ['stories/versions', `stories/versions/${draftVersionId}`, 'notices/versions']) {
      const answer = await client.get(path)
      expect([401, 403, 404], path).toContain(answer.status)
      expectClean(answer)
    }
  })

  it('should keep drafts out of GraphQL', async () => {
    const queries = [
      '{ Stories { docs { id title body } } }',
      '{ Stories(draft: true) { docs { id title relatedStories { title } } } }',
      `{ Story(id: ${draftId}, draft: true) { title } }`,
      `{ Story(id: ${publishedId}, draft: true) { title relatedStories { title } } }`,
      '{ versionsStories { docs { version { title } } } }',
      '{ Notices(draft: true) { docs { title } } }',
      `{ HonorRoll(id: ${honorRollId}) { entries { story { title } } } }`,
    ]
    for (const query of queries) {
      const answer = await client.graphql(query)
      expectClean(answer)
    }
    const listed = JSON.parse((await client.graphql('{ Stories { docs { title } } }')).text)
    expect(listed.data.Stories.docs).toEqual([{ title: '已发布的报道' }])
  })

  it('should show the draft to an editor, so the checks above are not empty by accident', async () => {
    const editor = await ctx.createUser(['editor'])
    const { token } = await ctx.payload.login({ collection: 'users', data: { email: editor.email, password: editor.password } })
    const answer = await client.get(`stories/${draftId}?draft=true`, token)
    expect(answer.status).toBe(200)
    expect(answer.text).toContain(NEVER_PUBLISHED)
    const graph = await client.graphql(`{ Story(id: ${draftId}, draft: true) { title } }`, token)
    expect(graph.text).toContain(NEVER_PUBLISHED)
  })
})
