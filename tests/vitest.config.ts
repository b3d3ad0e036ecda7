import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { createRequire } from 'node:module'

import { defineConfig } from 'vitest/config'

const here = path.dirname(fileURLToPath(import.meta.url))
const cmsSrc = path.resolve(here, '../cms/src')

// The CMS's own path aliases, so integration tests load its config exactly as Next does.
const cmsAliases = [
  // One copy of graphql: the CommonJS build that graphql-http (Payload's GraphQL route) loads.
  // Otherwise the CMS's own validation rule would create errors of another copy, which
  // graphql-http does not recognise (`next build` bundles them into one).
  { find: /^graphql$/, replacement: createRequire(path.join(cmsSrc, 'index.js')).resolve('graphql') },
  { find: '@payload-config', replacement: path.join(cmsSrc, 'payload.config.ts') },
  { find: /^@\/(.*)$/, replacement: `${cmsSrc}/$1` },
]

/** A project whose files each start the real stack (`pnpm start`), one file at a time. */
const againstTheStack = (name: string, groupOrder: number, include: string) => ({
  resolve: { alias: cmsAliases },
  test: {
    name,
    sequence: { groupOrder },
    include: [include],
    environment: 'node' as const,
    testTimeout: 120_000,
    // The first stack start may run `next build`.
    hookTimeout: 900_000,
    fileParallelism: false,
  },
})

export default defineConfig({
  test: {
    projects: [
      {
        resolve: { alias: cmsAliases },
        test: {
          name: 'unit',
          sequence: { groupOrder: 0 },
          include: ['unit/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        resolve: { alias: cmsAliases },
        test: {
          name: 'int',
          sequence: { groupOrder: 1 },
          include: ['int/**/*.int.test.ts'],
          environment: 'node',
          globalSetup: ['helpers/globalDatabase.ts'],
          // Route handlers are called in-process as if behind one proxy, so each test can be a
          // different client by its X-Forwarded-For (the default, 0, trusts only the socket).
          env: { TRUST_PROXY: '1' },
          testTimeout: 60_000,
          hookTimeout: 120_000,
          pool: 'forks',
          // Payload boots per file; two at a time suits a 2-core machine.
          maxWorkers: 2,
        },
      },
      againstTheStack('e2e', 2, 'e2e/**/*.e2e.ts'),
      {
        ...againstTheStack('security', 3, 'security/**/*.security.ts'),
        // The growth harness times runs of the parsers: a collection is forced before each run
        // (--expose-gc), and a larger young generation keeps scavenges out of the largest runs.
        test: { ...againstTheStack('security', 3, 'security/**/*.security.ts').test, execArgv: ['--expose-gc', '--max-semi-space-size=64'] },
      },
    ],
  },
})
