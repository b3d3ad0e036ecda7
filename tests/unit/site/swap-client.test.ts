import { execFile } from 'node:child_process'
import path from 'node:path'
import { promisify } from 'node:util'

import { describe, expect, it } from 'vitest'

const repoRoot = path.resolve(import.meta.dirname, '../../..')

// A child Node process that loads the worker's TypeScript: ~1.5 s alone, ~5 s among the unit files
// on a 2-core machine (a clean-clone run took 4,968 ms), over the unit project's default 5 s.
describe('the menu swapper thread and the publisher sharing the swaps', { timeout: 60_000 }, () => {
  it('should swap every page exactly as rendering would, on the publisher thread while the thread starts and on the thread while the publisher renders', async () => {
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['--import', path.join(repoRoot, 'cms/scripts/lib/typescript-hooks.mjs'), path.join(repoRoot, 'tests/fixtures/swap-client-run.ts')],
      { cwd: repoRoot },
    )
    const { cold, busy } = JSON.parse(stdout) as Record<'cold' | 'busy', { swapped: number; here: number; wrong: number }>
    // 2,000 pages of one menu variant: one rendered as its sample, the rest swapped.
    expect(cold).toMatchObject({ swapped: 1999, wrong: 0 })
    expect(cold.here).toBeGreaterThan(0)
    expect(busy).toMatchObject({ swapped: 1999, wrong: 0 })
    expect(busy.here).toBeLessThan(busy.swapped)
  })
})
