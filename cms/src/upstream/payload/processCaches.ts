/**
 * SEAM: what Payload keeps for the whole process on `globalThis` — its instances by key
 * (payload/dist/index.js, `getPayload`: `global._payload`, a Map), the GraphQL schema built from the
 * first config it saw (@payloadcms/next/dist/routes/graphql/handler.js, `getGraphql`:
 * `global._payload_graphql`, an object the module itself holds, so it is emptied, not replaced), and
 * the admin's client config and schema maps (`_payload_clientConfigs`, `_payload_schemaMap`,
 * `_payload_clientSchemaMap`). Only the integration tests reset them: they run several files in one
 * process, each with its own config (tests/helpers/intFile.ts).
 */
import { upstreamMessage } from './adapter'

type Cached = { payload: { crons?: { stop: () => unknown }[] } | null }

type PayloadGlobals = {
  _payload?: Map<string, Cached>
  _payload_graphql?: { graphql: unknown; promise: unknown }
  _payload_clientConfigs?: Record<string, unknown>
  _payload_schemaMap?: unknown
  _payload_clientSchemaMap?: unknown
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null

/** A sentence per cache present in another shape than Payload 3.90's (absent ones were not used yet). */
export const checkProcessCachesShape = (globals: object = globalThis): string[] => {
  const { _payload, _payload_graphql, _payload_clientConfigs } = globals as Record<string, unknown>
  const problems: string[] = []
  if (_payload !== undefined && !(_payload instanceof Map)) problems.push('globalThis._payload is not a Map of instances (payload/src/index.ts, getPayload)')
  if (_payload_graphql !== undefined && !(isObject(_payload_graphql) && 'graphql' in _payload_graphql && 'promise' in _payload_graphql)) {
    problems.push('globalThis._payload_graphql has no `graphql` and `promise` (@payloadcms/next/src/routes/graphql/handler.ts, getGraphql)')
  }
  if (_payload_clientConfigs !== undefined && !isObject(_payload_clientConfigs)) {
    problems.push('globalThis._payload_clientConfigs is not an object of client configs (@payloadcms/ui/src/utilities/getClientConfig.ts)')
  }
  return problems
}

/**
 * Forgets every Payload instance (stopping its crons), the GraphQL schema and the admin's client
 * config and schema maps, so the next config booted in this process gets its own.
 */
export const resetPayloadProcessCaches = (globals: object = globalThis): void => {
  const problems = checkProcessCachesShape(globals)
  if (problems.length) throw new Error(upstreamMessage(problems))
  const caches = globals as PayloadGlobals
  for (const cached of caches._payload?.values() ?? []) {
    for (const cron of cached.payload?.crons?.splice(0) ?? []) cron.stop()
  }
  caches._payload?.clear()
  if (caches._payload_graphql) Object.assign(caches._payload_graphql, { graphql: null, promise: null })
  for (const key of Object.keys(caches._payload_clientConfigs ?? {})) delete caches._payload_clientConfigs?.[key]
  caches._payload_schemaMap = null
  caches._payload_clientSchemaMap = null
}
