import type { FlattenedField } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { QUERY_LIMITS } from '@/lib/queryLimits'

import { richText } from '../../helpers/lexical'
import { bootPayload } from '../../helpers/payload'
import type { TestPayload } from '../../helpers/payload'
import { routeClient } from '../../helpers/routes'
import type { RouteClient } from '../../helpers/routes'

/** Every field, however deeply nested in groups, arrays, tabs and blocks. */
const allFields = (fields: FlattenedField[]): FlattenedField[] =>
  fields.flatMap((field) => [
    field,
    ...('flattenedFields' in field ? allFields(field.flattenedFields) : []),
    ...(field.type === 'blocks' ? field.blocks.flatMap((block) => allFields(block.flattenedFields)) : []),
  ])

describe('query depth and cost limits', () => {
  let ctx: TestPayload
  let client: RouteClient
  let storyId: number

  beforeAll(async () => {
    ctx = await bootPayload()
    client = await routeClient()
    // A ring of stories, each related to the next: the shape that used to multiply without end.
    const ids: number[] = []
    for (let index = 0; index < 4; index += 1) {
      ids.push((await ctx.payload.create({ collection: 'stories', data: { title: `环 ${index}`, body: richText('正文'), _status: 'published' } })).id)
    }
    for (const [index, id] of ids.entries()) {
      await ctx.payload.update({ collection: 'stories', id, data: { relatedStories: [ids[(index + 1) % ids.length] as number] } })
    }
    storyId = ids[0] as number
  })

  it('should populate every relationship, upload and rich-text field one level at most', () => {
    const unbounded = ctx.payload.config.collections.flatMap((collection) =>
      allFields(collection.flattenedFields)
        .filter((field) => field.type === 'relationship' || field.type === 'upload' || field.type === 'richText')
        .filter((field) => !('maxDepth' in field) || typeof field.maxDepth !== 'number' || field.maxDepth > 1)
        .filter(() => !collection.slug.startsWith('payload-'))
        .map((field) => `${collection.slug}.${'name' in field ? field.name : '?'}`),
    )
    expect(unbounded).toEqual([])
    expect(ctx.payload.config.maxDepth).toBe(QUERY_LIMITS.staffDepth)
  })

  it('should not populate past the first level, whatever depth a caller asks for', async () => {
    const story = await ctx.payload.findByID({ collection: 'stories', id: storyId, depth: 3 })
    const related = story.relatedStories?.[0]
    expect(typeof related).toBe('object')
    expect(typeof (related as { relatedStories?: unknown[] }).relatedStories?.[0]).toBe('number')
  })

  it('should answer 400 in Chinese for a deep REST or GraphQL query, over the real route handlers', async () => {
    const rest = await client.get(`stories/${storyId}?depth=10`)
    expect(rest.status).toBe(400)
    expect(rest.text).toContain('参数 depth 应为 0 到 2 之间的整数')
    let inner = 'id'
    for (let level = 0; level < 12; level += 1) inner = `id relatedStories { ${inner} }`
    const graphql = await client.graphql(`{ Stories(limit: 100) { docs { ${inner} } } }`)
    expect(graphql.status, graphql.text).toBe(400)
    expect(graphql.text).toContain('查询嵌套过深')
  })

  it('should refuse filters through relationships and on rich text over GraphQL too', async () => {
    const answer = await client.graphql('{ Stories(where: { body: { like: "正文" } }) { docs { id } } }')
    expect(answer.text).toContain('不能按字段')
  })
})
