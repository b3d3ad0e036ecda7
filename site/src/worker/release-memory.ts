/**
 * Memory the cold build leaves behind, handed back once it is done. The build runs in the
 * worker's own process (./build): at 30,000 stories V8's heap reached ~800 MB committed for ~480 MB
 * live, and V8 keeps the pages it committed at the peak, so the worker's resident memory
 * followed the build's peak for as long as it ran. V8's "last resort" collection (the one
 * it runs on a low-memory notification: several full collections that compact the heap, then
 * the emptied pages unmapped, pooled ones too) right after the build gives them back. A plain full
 * collection does not: on a heap where a quarter of the objects stay live, spread over every
 * page, it left the resident memory where it was (462 MB, V8's heap 348 → 312 MB committed), and
 * so did a compacting one (the emptied pages kept in V8's pool); the last resort took it to
 * 270 MB at once (Node 24.21; tests/unit/site/release-memory.test.ts holds such a heap).
 *
 * The collection is V8's own `gc()`, which Node offers with `--expose-gc`; the flag is set here
 * rather than on the command line, so that nothing else in the worker (nor Astro's bundle) sees
 * a global `gc`: `vm.runInNewContext('gc')` reads it from a fresh context. Its options are V8's
 * (src/extensions/gc-extension.cc: `type`, `execution`, `flavor`).
 */
import v8 from 'node:v8'
import vm from 'node:vm'

import { IDLE_MS as THREAD_IDLE_MS } from './kept-thread'
import { mallocTrim } from './malloc-trim'

type Collect = (options: { type: 'major'; execution: 'sync'; flavor: 'last-resort' }) => void

let collect: Collect | null = null

const collector = (): Collect => {
  if (!collect) {
    v8.setFlagsFromString('--expose-gc')
    collect = vm.runInNewContext('gc') as Collect
  }
  return collect
}

/** `trimmed`: whether glibc's free pages went back too (./malloc-trim), not only V8's. */
export type Released = { ms: number; rssMb: [number, number]; heapMb: [number, number]; trimmed: boolean }

/**
 * V8's last-resort collection, then glibc's free pages handed back (what the collection freed
 * outside V8's heap, Buffers among it, is free only once the collection has run); the resident
 * memory and V8's committed heap before and after, in MB.
 */
export const releaseMemory = (trim = mallocTrim()): Released => {
  const started = performance.now()
  const before = process.memoryUsage()
  collector()({ type: 'major', execution: 'sync', flavor: 'last-resort' })
  trim?.()
  const after = process.memoryUsage()
  const mb = (bytes: number) => Math.round(bytes / 2 ** 20)
  return {
    ms: Math.round(performance.now() - started),
    rssMb: [mb(before.rss), mb(after.rss)],
    heapMb: [mb(before.heapTotal), mb(after.heapTotal)],
    trimmed: trim !== null,
  }
}

const GROWTH_MB = 256

/**
 * The same release once the worker is idle after its memory grew: a large publish (a column
 * renamed at 100,000 stories renders ~40,000 pages and swaps the menus of ~87,000) left the
 * worker ~0.7 GB above where it stood before, the swapper thread's heap most of it until the
 * thread ends (./kept-thread, IDLE_MS) and V8's committed pages the rest. `due` says whether the
 * resident memory is more than `growthMb` above where the last release (or the first check)
 * left it; `release` gives it back and takes the new level as the mark, so memory that stays
 * live is not collected again and again. The worker asks `whenIdle` after saying it is idle (a
 * publish measured until then does not pay for it): it releases once idle for `idleMs` (the
 * threads ended), holding the thread for 1–3 s.
 */
export class GrowthRelease {
  private mark: number | null = null

  constructor(
    private readonly growthMb = GROWTH_MB,
    private readonly idleMs = 2 * THREAD_IDLE_MS,
    private readonly rssMb = (): number => process.memoryUsage().rss / 2 ** 20,
  ) {}

  /** Takes the resident memory now as the level growth is counted from. */
  settle(): void {
    this.mark = this.rssMb()
  }

  get due(): boolean {
    if (this.mark === null) this.settle()
    return this.rssMb() > (this.mark as number) + this.growthMb
  }

  /** The cold build's release (releaseAfterFirstBuild), its level the mark. */
  afterFirstBuild(log: (message: string) => void): void {
    releaseAfterFirstBuild(log)
    this.settle()
  }

  /** Releases when due and idle since `idleSince` (a time in ms) for `idleMs`; whether it did. */
  whenIdle(idleSince: number, log: (message: string) => void): boolean {
    return Date.now() - idleSince >= this.idleMs && this.due && this.release(log) !== null
  }

  /** Releases, logs what it gave back, and marks the new level; a failure is logged, never thrown. */
  release(log: (message: string) => void): Released | null {
    const released = releaseLogged('空闲时', log)
    this.settle()
    return released
  }
}

/**
 * Gives the cold build's garbage back before the publishes begin, and says how much. It is a saving,
 * not part of the build: a failure here (a Node whose V8 refuses the flag it sets) is logged and the
 * worker goes on, never taken for a failed build to be done again.
 */
export const releaseAfterFirstBuild = (log: (message: string) => void): void => void releaseLogged('首次构建后', log)

/** releaseMemory, its result logged as `when`'s release; a failure logged (never thrown) and null. */
function releaseLogged(when: string, log: (message: string) => void): Released | null {
  try {
    const released = releaseMemory()
    log(
      `${when}释放内存：常驻 ${released.rssMb[0]} → ${released.rssMb[1]} MB，V8 堆 ${released.heapMb[0]} → ${released.heapMb[1]} MB，用时 ${released.ms} 毫秒${released.trimmed ? '（含 glibc 的空闲页）' : ''}。`,
    )
    return released
  } catch (error) {
    console.error(`${when}释放内存失败（${error instanceof Error ? error.message : String(error)}），继续运行。`)
    return null
  }
}
