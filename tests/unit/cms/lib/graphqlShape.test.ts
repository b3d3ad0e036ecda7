import { describe, expect, it } from 'vitest'

import { GRAPHQL_SHAPE_LIMITS, refusalOfQuery, refuseOversizedQueries } from '@/lib/graphqlShape'

/** `count` fragments, each spreading the next `fanOut` times: 973 bytes at 24 × 2 expand 16 million-fold. */
const doublingFragments = (count: number, fanOut = 2): string => {
  const fragments = Array.from({ length: count }, (_, index) =>
    index === count - 1 ? `fragment F${index} on Story { id }` : `fragment F${index} on Story { ${`...F${index + 1} `.repeat(fanOut)}}`,
  )
  return `{ Stories(limit: 1) { docs { ...F0 } } } ${fragments.join(' ')}`
}

const timed = <T>(work: () => T): { value: T; ms: number } => {
  const started = performance.now()
  const value = work()
  return { value, ms: performance.now() - started }
}

describe('GraphQL shape check before validation', () => {
  it('should let ordinary queries through, fragments and variables included', () => {
    expect(refusalOfQuery('{ Stories(limit: 100) { totalDocs docs { id title relatedStories { id title } } } }')).toBeNull()
    expect(
      refusalOfQuery(`query Q($n: Int) { Stories(limit: $n) { docs { ...Card relatedStories { ...Card } } } }
        fragment Card on Story { id title slug cover { url alt } }`),
    ).toBeNull()
    expect(refusalOfQuery(doublingFragments(10))).toBeNull()
  })

  it('should refuse the 24 doubling fragments in milliseconds', () => {
    const query = doublingFragments(24)
    expect(query.length).toBeLessThan(1000)
    const { value, ms } = timed(() => refusalOfQuery(query))
    expect(value).toContain('查询展开后过大')
    expect(ms).toBeLessThan(100)
  })

  it('should refuse fragment cycles of any length instead of overflowing the stack', () => {
    expect(refusalOfQuery('{ ...F } fragment F on Query { ...G } fragment G on Query { ...F }')).toContain('循环引用')
    expect(refusalOfQuery('{ Stories { docs { ...A } } } fragment A on Story { ...A }')).toContain('循环引用')
    const ring = Array.from({ length: 200 }, (_, index) => `fragment R${index} on Story { id ...R${(index + 1) % 200} }`).join(' ')
    expect(refusalOfQuery(`{ Stories { docs { ...R0 } } } ${ring}`)).toContain('循环引用')
    // A cycle among fragments no operation spreads is still a cycle for validation.
    expect(refusalOfQuery('{ Stories { totalDocs } } fragment X on Story { ...Y } fragment Y on Story { ...X }')).toContain('循环引用')
  })

  it('should refuse a document over the token budget while parsing it', () => {
    const fields = 'id '.repeat(GRAPHQL_SHAPE_LIMITS.tokens)
    expect(refusalOfQuery(`{ Stories(limit: 1) { docs { ${fields} } } }`)).toContain('查询过长')
  })

  it('should measure the deepest document the token budget allows without exhausting the stack', () => {
    // Three tokens a level ("a", "{", "}"): the budget bounds nesting at a thousand levels.
    const depth = Math.floor(GRAPHQL_SHAPE_LIMITS.tokens / 3) - 2
    const query = `{ ${'a { '.repeat(depth)}id${' }'.repeat(depth)} }`
    // Not refused for its shape: the depth rule in validation names the nesting.
    expect(refusalOfQuery(query)).toBeNull()
    expect(refusalOfQuery(`{ ${'a { '.repeat(depth + 10)}id${' }'.repeat(depth + 10)} }`)).toContain('查询过长')
  })

  it('should leave syntax errors to GraphQL, which names the place', () => {
    expect(refusalOfQuery('{ Stories { docs { id }')).toBeNull()
  })

  it('should answer a refused query 400 without calling the handler, and pass others on unread', async () => {
    let calls = 0
    const handler = refuseOversizedQueries(async () => {
      calls += 1
      return new Response('passed', { status: 200 })
    })
    const post = (body: string) => new Request('http://cms/api/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body })
    const refused = await handler(post(JSON.stringify({ query: doublingFragments(24) })))
    expect(refused.status).toBe(400)
    expect(((await refused.json()) as { errors: { message: string }[] }).errors[0]?.message).toContain('查询展开后过大')
    expect(calls).toBe(0)
    for (const body of [JSON.stringify({ query: '{ Stories { totalDocs } }' }), 'not json', '[]', 'null', JSON.stringify({ query: 42 })]) {
      expect((await handler(post(body))).status).toBe(200)
    }
    expect(calls).toBe(5)
  })
})
