import { afterEach, describe, expect, it, vi } from 'vitest'

import { supervise } from '@fengcai/cms/scripts/lib/processes'
import type { Supervised } from '@fengcai/cms/scripts/lib/processes'

describe('process supervision', () => {
  let supervised: Supervised | null = null

  afterEach(async () => {
    // Real timers again first: stopping a child waits on its own (real) grace timer.
    vi.useRealTimers()
    await supervised?.stop()
  })

  it('should start a child again after it exits, waiting longer each time', async () => {
    // Only the supervisor's restart timer is faked: the children and their exits are real.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    const exits: { how: string; delay: number }[] = []
    supervised = supervise('crashy', process.execPath, ['-e', 'process.exit(3)'], {}, (how, delay) => {
      exits.push({ how, delay })
      // Nothing is started again until the delay has passed on the (fake) clock.
      expect(vi.getTimerCount()).toBe(0)
      queueMicrotask(() => {
        vi.advanceTimersByTime(delay - 1)
        expect(vi.getTimerCount()).toBe(1)
        vi.advanceTimersByTime(1)
        expect(vi.getTimerCount()).toBe(0)
      })
    })
    await vi.waitFor(() => expect(exits.length).toBeGreaterThanOrEqual(3), { timeout: 15_000, interval: 20 })
    expect(exits.map((exit) => exit.how).slice(0, 3)).toEqual(['3', '3', '3'])
    expect(exits.map((exit) => exit.delay).slice(0, 3)).toEqual([1000, 2000, 4000])
  })

  it('should not restart a child once it was stopped on purpose', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    const exits: string[] = []
    supervised = supervise('sleepy', process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], {}, (how) => exits.push(how))
    // Resolves once the child has exited, so the supervisor has already seen that exit: a restart
    // would now be a pending timer.
    await supervised.stop()
    expect(vi.getTimerCount()).toBe(0)
    vi.runAllTimers()
    expect(exits).toEqual([])
  })
})
