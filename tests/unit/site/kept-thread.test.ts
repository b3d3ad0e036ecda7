import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { KeptThread } from '../../../site/src/worker/kept-thread'

describe('KeptThread', () => {
  let dir: string
  let script: URL
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'fengcai-kept-thread-'))
    const file = path.join(dir, 'idle.mjs')
    await writeFile(file, "import { parentPort } from 'node:worker_threads'\nparentPort.on('message', (message) => parentPort.postMessage(message))\n")
    script = pathToFileURL(file)
  })
  afterAll(async () => {
    vi.useRealTimers()
    await rm(dir, { recursive: true, force: true })
  })

  it('should keep its thread while jobs use it and end it once it has been idle, so a thread’s heap is not kept between publishes', async () => {
    vi.useFakeTimers()
    const kept = new KeptThread(script, 1_000)
    const thread = kept.get()
    expect(kept.get()).toBe(thread)
    kept.release()
    // One job still holds it: no wait ends it.
    vi.advanceTimersByTime(10_000)
    expect(kept.running).toBe(true)
    kept.release()
    // Idle, but used again before the pause is over: the same thread.
    vi.advanceTimersByTime(500)
    expect(kept.get()).toBe(thread)
    kept.release()
    const exited = new Promise<number>((resolve) => thread.once('exit', resolve))
    vi.advanceTimersByTime(1_000)
    expect(kept.running).toBe(false)
    vi.useRealTimers()
    await exited
    // The next job starts a thread of its own, which answers.
    const next = kept.get()
    expect(next).not.toBe(thread)
    const answer = new Promise((resolve) => next.once('message', resolve))
    next.postMessage('ping')
    await expect(answer).resolves.toBe('ping')
    await kept.stop()
  })
})
