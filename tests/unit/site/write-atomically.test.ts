import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { afterEach, describe, expect, it } from 'vitest'

import { writeAtomically } from '../../../site/src/integrations/write-atomically'

describe('writeAtomically', () => {
  let dir = ''
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true })
  })

  it('should leave one whole body of many overlapping writes of one file in one process, and no temporary file', async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'fengcai-write-atomically-'))
    const file = path.join(dir, 'pagefind', 'present.json')
    // Large enough that a write takes several turns of the event loop, as the worker's do under load.
    const bodies = Array.from({ length: 20 }, (_, index) => `${String(index).padStart(2, '0')}${'志'.repeat(1 << 18)}\n`)
    const outcomes = await Promise.allSettled(bodies.map((body) => writeAtomically(file, body)))
    expect(outcomes.filter((outcome) => outcome.status === 'rejected')).toEqual([])
    expect(bodies).toContain(await readFile(file, 'utf8'))
    expect(await readdir(path.dirname(file))).toEqual(['present.json'])
  })
})
