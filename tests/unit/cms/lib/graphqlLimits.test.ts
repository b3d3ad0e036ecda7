import { GraphQLID, GraphQLInt, GraphQLList, GraphQLObjectType, GraphQLSchema, GraphQLString, parse, specifiedRules, validate } from 'graphql'
import type { GraphQLFieldConfigMap } from 'graphql'
import { describe, expect, it } from 'vitest'

import { GRAPHQL_LIMITS, graphqlCostRule } from '@/lib/graphqlLimits'

// The shape Payload generates: a paginated query whose docs relate to more of their own kind.
const Story: GraphQLObjectType = new GraphQLObjectType({
  name: 'Story',
  fields: (): GraphQLFieldConfigMap<unknown, unknown> => ({
    id: { type: GraphQLID },
    title: { type: GraphQLString },
    relatedStories: { type: new GraphQLList(Story) },
  }),
})
const Stories = new GraphQLObjectType({ name: 'Stories', fields: { docs: { type: new GraphQLList(Story) }, totalDocs: { type: GraphQLInt } } })
const schema = new GraphQLSchema({
  query: new GraphQLObjectType({
    name: 'Query',
    fields: { Stories: { type: Stories, args: { limit: { type: GraphQLInt } } }, Story: { type: Story, args: { id: { type: GraphQLID } } } },
  }),
})

const errorsOf = (query: string, variables: Record<string, unknown> = {}) =>
  validate(schema, parse(query), [...specifiedRules, graphqlCostRule(variables)]).map((error) => error.message)

const nested = (levels: number): string => {
  let inner = 'id'
  for (let level = 0; level < levels; level += 1) inner = `id relatedStories { ${inner} }`
  return `{ Stories(limit: 100) { docs { ${inner} } } }`
}

describe('GraphQL depth and cost limit', () => {
  it('should let ordinary queries through', () => {
    expect(errorsOf('{ Stories(limit: 100) { totalDocs docs { id title relatedStories { id title } } } }')).toEqual([])
    expect(errorsOf('{ Story(id: 1) { title relatedStories { title relatedStories { title } } } }')).toEqual([])
  })

  it('should refuse the twelve-level relatedStories query that ran the CMS out of memory', () => {
    const [message] = errorsOf(nested(12))
    expect(message).toContain('查询嵌套过深')
  })

  it('should count how lists multiply, not just fields', () => {
    // Three levels is shallow enough, but 100 × 10 × 10 × 10 stories is not a reasonable answer.
    const [message] = errorsOf(nested(3))
    expect(message).toContain('查询的数据量过大')
    expect(errorsOf(nested(3).replace('limit: 100', 'limit: 2'))).toEqual([])
  })

  it('should read the page size from variables and count fragments where they are spread', () => {
    const query = `query Q($n: Int) { Stories(limit: $n) { docs { ...Deep } } }
      fragment Deep on Story { relatedStories { relatedStories { relatedStories { id title } } } }`
    expect(errorsOf(query, { n: 1 })).toEqual([])
    expect(errorsOf(query, { n: 100 })[0]).toContain('查询的数据量过大')
  })

  it('should stop counting early on a query whose fragments expand exponentially', () => {
    const fragments = Array.from(
      { length: 30 },
      (_, index) => `fragment F${index} on Story { ${index === 29 ? 'id' : `...F${index + 1} relatedStories { ...F${index + 1} }`} }`,
    )
    const started = Date.now()
    const errors = errorsOf(`{ Story(id: 1) { ...F0 } } ${fragments.join('\n')}`)
    expect(errors.some((message) => message.includes('查询'))).toBe(true)
    expect(Date.now() - started).toBeLessThan(5_000)
    expect(GRAPHQL_LIMITS.cost).toBeGreaterThan(0)
  })

  it('should refuse more than ten queries of the database at the top of one operation, aliases and fragments included', () => {
    const aliases = (count: number) => `{ ${Array.from({ length: count }, (_, index) => `a${index}: Stories(limit: 1) { totalDocs }`).join(' ')} }`
    expect(errorsOf(aliases(GRAPHQL_LIMITS.rootFields))).toEqual([])
    expect(errorsOf(aliases(GRAPHQL_LIMITS.rootFields + 1))[0]).toContain('顶层查询')
    const viaFragment = `{ ...Q ... on Query { c: Stories { totalDocs } } } fragment Q on Query { ${Array.from({ length: 10 }, (_, index) => `q${index}: Story(id: ${index}) { id }`).join(' ')} }`
    expect(errorsOf(viaFragment)[0]).toContain('（本次 11 项）')
  })
})
