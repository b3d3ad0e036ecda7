/**
 * The seam of Payload's process-wide caches (cms/src/upstream/payload/processCaches.ts), which the
 * integration files reset between them: each cache faked into another shape stops the reset with a
 * sentence naming it; the shapes as Payload 3.90 has them are emptied, crons stopped.
 */
import { describe, expect, it } from 'vitest'

import { checkProcessCachesShape, resetPayloadProcessCaches } from '@/upstream/payload/processCaches'

const payload3 = () => {
  const stopped: string[] = []
  const graphql = { graphql: { schema: 'built' }, promise: Promise.resolve() }
  const globals: Record<string, unknown> = {
    _payload: new Map([['default', { payload: { crons: [{ stop: () => stopped.push('a') }, { stop: () => stopped.push('b') }] } }]]),
    _payload_graphql: graphql,
    _payload_clientConfigs: { zh: { collections: [] } },
    _payload_schemaMap: new Map(),
    _payload_clientSchemaMap: new Map(),
  }
  return { globals, graphql, stopped }
}

describe('Payload process caches seam', () => {
  it('empties the caches as Payload 3.90 keeps them, in place where a module holds them', () => {
    const { globals, graphql, stopped } = payload3()
    expect(checkProcessCachesShape(globals)).toEqual([])
    resetPayloadProcessCaches(globals)
    expect(stopped).toEqual(['a', 'b'])
    expect((globals._payload as Map<string, unknown>).size).toBe(0)
    expect(globals._payload_graphql).toBe(graphql)
    expect(graphql).toEqual({ graphql: null, promise: null })
    expect(globals._payload_clientConfigs).toEqual({})
    expect(globals._payload_schemaMap).toBeNull()
  })

  it('passes before any cache exists (no file booted Payload yet)', () => {
    expect(checkProcessCachesShape({})).toEqual([])
    expect(() => resetPayloadProcessCaches({})).not.toThrow()
  })

  it.each([
    ['_payload', { default: {} }, 'globalThis._payload is not a Map'],
    ['_payload_graphql', { schema: {} }, 'globalThis._payload_graphql has no `graphql` and `promise`'],
    ['_payload_clientConfigs', 'zh', 'globalThis._payload_clientConfigs is not an object'],
  ])('stops with a sentence naming %s when it has another shape', (key, value, sentence) => {
    const { globals } = payload3()
    globals[key] = value
    expect(() => resetPayloadProcessCaches(globals)).toThrow(sentence)
    expect(() => resetPayloadProcessCaches(globals)).toThrow('Payload no longer has the shape Fengcai relies on')
  })
})
