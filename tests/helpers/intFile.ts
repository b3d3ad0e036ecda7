/**
 * Set-up of each integration file in a worker that runs several (`isolate: false`): the packages
 * (Payload, Drizzle, Lexical, Next: about 2.5 s of CPU to import) stay loaded from one file to the
 * next, while the project's own modules, the environment and Payload's instance cache start afresh
 * for each file, as they would in a process of its own.
 */
import { afterAll, vi } from 'vitest'

import { resetPayloadProcessCaches } from '@/upstream/payload/processCaches'

const environment = { ...process.env }

// The CMS's and the tests' own modules are evaluated again for this file (packages are not).
vi.resetModules()

afterAll(() => {
  // The next file's config gets its own instance, schema and client config.
  resetPayloadProcessCaches()
  for (const name of Object.keys(process.env)) if (!(name in environment)) delete process.env[name]
  Object.assign(process.env, environment)
})
