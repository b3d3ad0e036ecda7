import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { defineConfig } from 'vitest/config'

const here = path.dirname(fileURLToPath(import.meta.url))
const cmsSrc = path.resolve(here, '../cms/src')

// The CMS's own path aliases, so integration tests load its config exactly as Next does.
const cmsAliases = [
  { find: '@payload-config', replacement: path.join(cmsSrc, 'payload.config.ts') },
  { find: /^@\/(.*)$/, replacement: `${cmsSrc}/$1` },
]

export default defineConfig({
  test: {
    projects: [
      {
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
          testTimeout: 60_000,
          hookTimeout: 120_000,
          pool: 'forks',
          // Payload boots per file; two at a time suits a 2-core machine.
          maxWorkers: 2,
        },
      },
      {
        resolve: { alias: cmsAliases },
        test: {
          name: 'e2e',
          sequence: { groupOrder: 2 },
          include: ['e2e/**/*.e2e.ts'],
          environment: 'node',
          testTimeout: 120_000,
          // The first stack start may run `next build`.
          hookTimeout: 900_000,
          fileParallelism: false,
        },
      },
    ],
  },
})
