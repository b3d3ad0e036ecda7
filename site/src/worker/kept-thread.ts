/**
 * A worker thread the publisher starts at its first use and keeps for the next publishes (the menu
 * swapper, ./swapper; the generation's linker, ./linker): it does not hold the process open, and
 * one that fails or exits between publishes is started again at its next use.
 */
import { Worker } from 'node:worker_threads'

export class KeptThread {
  private thread: Worker | null = null

  constructor(private readonly url: URL) {}

  /** The thread, started when there is none. */
  get(): Worker {
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
    return this.thread
  }

  async stop(): Promise<void> {
    const thread = this.thread
    this.thread = null
    await thread?.terminate()
  }
}
