import { afterEach, describe, expect, it } from 'vitest'

import { supervise } from '@fengcai/cms/scripts/lib/processes'
import type { Supervised } from '@fengcai/cms/scripts/lib/processes'

describe('process supervision', () => {
  let supervised: Supervised | null = null

  afterEach(async () => {
    await supervised?.stop()
  })

  it('should start a child again after it exits, waiting longer each time', async () => {
    const exits: { how: string; delay: number; at: number }[] = []
    const started = Date.now()
    supervised = supervise('crashy', process.execPath, ['-e', 'process.exit(3)'], {}, (how, delay) => exits.push({ how, delay, at: Date.now() - started }))
    await new Promise((resolve) => setTimeout(resolve, 4_500))
    expect(exits.length).toBeGreaterThanOrEqual(3)
    expect(exits.map((exit) => exit.how).slice(0, 3)).toEqual(['3', '3', '3'])
    expect(exits.map((exit) => exit.delay).slice(0, 3)).toEqual([1000, 2000, 4000])
  })

  it('should not restart a child once it was stopped on purpose', async () => {
    const exits: string[] = []
    supervised = supervise('sleepy', process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], {}, (how) => exits.push(how))
    await new Promise((resolve) => setTimeout(resolve, 300))
    await supervised.stop()
    await new Promise((resolve) => setTimeout(resolve, 1_500))
    expect(exits).toEqual([])
  })
})
