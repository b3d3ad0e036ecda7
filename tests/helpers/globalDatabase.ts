/**
 * Starts one throwaway embedded PostgreSQL (own temp folder, free port) for the integration
 * tests; each test file creates its own database in it. Removed when the run ends.
 */
import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import type { TestProject } from 'vitest/node'

import { startEmbeddedDatabase } from '@fengcai/cms/scripts/lib/database'

declare module 'vitest' {
  export interface ProvidedContext {
    /** Connection string of the cluster's maintenance database (`postgres`). */
    pgAdminUrl: string
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'fengcai-int-'))
  const database = await startEmbeddedDatabase({ dir, database: 'fengcai_test', persistent: false })
  project.provide('pgAdminUrl', database.url.replace(/\/fengcai_test$/, '/postgres'))
  return async () => {
    await database.stop()
    await rm(dir, { recursive: true, force: true })
  }
}
