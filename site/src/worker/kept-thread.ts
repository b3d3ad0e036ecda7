/**
 * A worker thread the publisher starts at its first use and keeps while publishes use it (the menu
 * swapper, ./swapper; the generation's linker, ./linker): it does not hold the process open, one
 * that fails or exits between publishes is started again at its next use, and one left unused for
 * IDLE_MS is ended. A thread holds its own JavaScript heap, grown by its largest job (renaming a
 * column at 30,000 stories: 26,000 menus swapped) and never given back while it lives.
 */
import { Worker } from 'node:worker_threads'

/** How long a thread is kept with no job (a burst of publishes keeps it). */
export const IDLE_MS = 5_000

export class KeptThread {
  private thread: Worker | null = null
  /** Jobs under way: each `get()` until its `release()`. */
  private jobs = 0
  private idle: NodeJS.Timeout | null = null

  constructor(
    private readonly url: URL,
    private readonly idleMs = IDLE_MS,
  ) {}

  /** The thread for one job, started when there is none; `release()` once the job is done. */
  get(): Worker {
    if (this.idle) clearTimeout(this.idle)
    this.idle = null
    if (!this.thread) {
      const thread = new Worker(this.url)
      thread.unref()
      // Its failures reach the listeners of the job under way; between jobs, none is waiting.
      thread.on('error', () => undefined)
      thread.on('exit', () => {
        if (this.thread === thread) this.thread = null
      })
      this.thread = thread
    }
    this.jobs += 1
    return this.thread
  }

  /** A job is done: with none left, the thread is ended once it has been idle for a while. */
  release(): void {
    this.jobs = Math.max(0, this.jobs - 1)
    if (this.jobs > 0 || !this.thread) return
    if (this.idle) clearTimeout(this.idle)
    this.idle = setTimeout(() => void this.stop(), this.idleMs)
    this.idle.unref()
  }

  /** Whether a thread is running now. */
  get running(): boolean {
    return this.thread !== null
  }

  async stop(): Promise<void> {
    if (this.idle) clearTimeout(this.idle)
    this.idle = null
    this.jobs = 0
    const thread = this.thread
    this.thread = null
    await thread?.terminate()
  }
}
