/**
 * Set-up of each integration file in a worker that runs several (`isolate: false`): the packages
 * (Payload, Drizzle, Lexical, Next: about 2.5 s of CPU to import) stay loaded from one file to the
 * next, while the project's own modules, the environment and Payload's instance cache start afresh
 * for each file, as they would in a process of its own.
 */
import { afterAll, vi } from 'vitest'

type Cached = { payload: { crons?: { stop: () => unknown }[] } | null }

/**
 * What Payload keeps for the process on `globalThis`: its instances by key (payload/dist/index.js,
 * getPayload), the GraphQL schema built from the first config it saw (@payloadcms/next/dist/routes/
 * graphql/handler.js, getGraphql: the module holds this very object, so it is emptied, not
 * replaced), and the admin's client config and schema maps.
 */
type PayloadGlobals = {
  _payload?: Map<string, Cached>
  _payload_graphql?: { graphql: unknown; promise: unknown }
  _payload_clientConfigs?: Record<string, unknown>
  _payload_schemaMap?: unknown
  _payload_clientSchemaMap?: unknown
}

const environment = { ...process.env }

// The CMS's and the tests' own modules are evaluated again for this file (packages are not).
vi.resetModules()

afterAll(() => {
  // The next file's config gets its own instance, schema and client config.
  const globals = globalThis as PayloadGlobals
  for (const cached of globals._payload?.values() ?? []) {
    for (const cron of cached.payload?.crons?.splice(0) ?? []) cron.stop()
  }
  globals._payload?.clear()
  if (globals._payload_graphql) Object.assign(globals._payload_graphql, { graphql: null, promise: null })
  for (const key of Object.keys(globals._payload_clientConfigs ?? {})) delete globals._payload_clientConfigs?.[key]
  globals._payload_schemaMap = null
  globals._payload_clientSchemaMap = null
  for (const name of Object.keys(process.env)) if (!(name in environment)) delete process.env[name]
  Object.assign(process.env, environment)
})
