import { describe, expect, it } from 'vitest'

import { claimPage } from '../../../site/src/worker/swapper'

describe('pages shared out between the swapper thread and the publisher', () => {
  it('should give each page to one claimer only, in order, and none once all are taken', () => {
    const claimed = new Int32Array(new SharedArrayBuffer(4))
    const [first, second]: [number[], number[]] = [[], []]
    for (let turn = 0; turn < 20; turn++) {
      const index = claimPage(claimed, 7)
      if (index === undefined) break
      ;(turn % 3 ? first : second).push(index)
    }
    expect([...first, ...second].sort()).toEqual([0, 1, 2, 3, 4, 5, 6])
    expect(claimPage(claimed, 7)).toBeUndefined()
    // Asking once all are taken leaves the counter where it is.
    expect(Atomics.load(claimed, 0)).toBe(7)
  })
})
