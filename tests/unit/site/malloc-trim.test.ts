import { describe, expect, it } from 'vitest'

import { mallocTrim } from '../../../site/src/worker/malloc-trim'
import { releaseMemory } from '../../../site/src/worker/release-memory'

const rssMb = (): number => process.memoryUsage().rss / 2 ** 20

describe("glibc's free pages handed back with V8's", () => {
  it('should find malloc_trim on these machines (Linux, glibc) and say the release used it', () => {
    expect(mallocTrim()).not.toBeNull()
    expect(releaseMemory().trimmed).toBe(true)
  })

  it('should give back what a burst of file-sized Buffers left in glibc’s heap once V8 has collected them', { timeout: 60_000 }, () => {
    // As a publish reads and writes files: Buffers of 30–50 KB (below glibc's mmap threshold, so
    // from its heap), a few small ones kept between them, as a publish's own records are.
    const kept: Buffer[] = []
    const burst: Buffer[] = []
    for (let index = 0; index < 6_000; index += 1) {
      burst.push(Buffer.alloc(30_000 + (index % 21) * 1_000, index % 251))
      if (index % 50 === 0) kept.push(Buffer.alloc(2_000, 1))
    }
    expect(burst.length).toBe(6_000)
    burst.length = 0
    // V8's collection alone: the Buffers are freed, and glibc keeps their pages.
    const collected = releaseMemory(null)
    expect(collected.trimmed).toBe(false)
    const before = rssMb()
    const trim = mallocTrim()
    expect(trim).not.toBeNull()
    trim?.()
    const after = rssMb()
    expect(kept).toHaveLength(120)
    expect(after, `resident ${before.toFixed(0)} → ${after.toFixed(0)} MB after malloc_trim`).toBeLessThan(before - 100)
  })
})
