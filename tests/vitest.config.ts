import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { createRequire } from 'node:module'

import { defineConfig } from 'vitest/config'

import StackBesideIntegration from './helpers/sequencer'

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

/**
 * A project whose files each start the real stack (`pnpm start`), `files` at a time. Its set-up
 * makes the CMS build and the stacks' first-run folder once, before any file.
 */
const againstTheStack = (name: string, groupOrder: number, include: string, files: number) => ({
  resolve: { alias: cmsAliases },
  test: {
    name,
    sequence: { groupOrder },
    include: [include],
    environment: 'node' as const,
    globalSetup: ['helpers/e2eSetup.ts'],
    setupFiles: ['helpers/e2eFile.ts'],
    testTimeout: 120_000,
    hookTimeout: 900_000,
    pool: 'forks' as const,
    fileParallelism: files > 1,
    maxWorkers: files,
  },
})

/**
 * The growth harness times runs of the parsers one at a time: a collection is forced before each
 * run (--expose-gc), and a larger young generation keeps scavenges out of the largest runs.
 */
const GROWTH_NODE_FLAGS = ['--expose-gc', '--max-semi-space-size=64']

export default defineConfig({
  test: {
    sequence: { sequencer: StackBesideIntegration },
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
          // Two at a time suits a 2-core machine; the browser and stack tests share the group and
          // its two places (helpers/sequencer.ts). Each worker runs file after file with the packages
          // already loaded; each file gets its own modules, environment and Payload (helpers/intFile.ts).
          maxWorkers: 2,
          isolate: false,
          setupFiles: ['helpers/intFile.ts'],
        },
      },
      // Beside the integration files, in their group: two files at a time from both projects.
      againstTheStack('e2e', 1, 'e2e/**/*.e2e.ts', 2),
      // The growth harness's parsers in this process, no stack: in the group above, in the second
      // place beside a running stack file (helpers/sequencer.ts).
      {
        resolve: { alias: cmsAliases },
        test: {
          name: 'growth',
          sequence: { groupOrder: 1 },
          include: ['security/**/*.growth.ts'],
          environment: 'node',
          testTimeout: 60_000,
          pool: 'forks',
          maxWorkers: 2,
          execArgv: GROWTH_NODE_FLAGS,
        },
      },
      {
        ...againstTheStack('security', 3, 'security/**/*.security.ts', 1),
        test: { ...againstTheStack('security', 3, 'security/**/*.security.ts', 1).test, execArgv: GROWTH_NODE_FLAGS },
      },
    ],
  },
})
