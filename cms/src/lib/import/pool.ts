/**
 * Imports run in worker threads under a budget: a heap ceiling, a wall-clock limit and at most two
 * at a time. A Word file or a pasted page that would take seconds or gigabytes costs its own
 * thread, which is ended, while the CMS's event loop goes on answering everyone else (a 200 MB
 * document.xml once froze the CMS for 54 s and then killed it).
 */
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

import { Piscina } from 'piscina'

import type { ImportedArticle } from '@fengcai/shared/import/article'

import { ImportFileError } from './input'
import type { ImportInput } from './input'

export type ImportBudget = { heapMb: number; timeoutMs: number; threads: number; queue: number; idleMs: number }

export const IMPORT_BUDGET: ImportBudget = {
  /** V8 heap of one import thread; a 10 MB story needs about 150 MB. */
  heapMb: 384,
  /** Longest one import may take, waiting for a thread included. */
  timeoutMs: 20_000,
  threads: 2,
  /** Imports waiting for a thread before further ones are turned away. */
  queue: 16,
  /**
   * An idle thread ends after this, giving its memory back. Starting one takes a second or two
   * (the reader's TypeScript, the Word converter, the Traditional–Simplified tables), so an
   * editor importing file after file keeps it.
   */
  idleMs: 10 * 60_000,
}

type Outcome = { ok: true; article: ImportedArticle } | { ok: false; message: string; status: 413 | 415 | 422 }

// Computed, not `new URL(…, import.meta.url)`, so Next's bundler leaves the worker file where it is
// (Turbopack keeps import.meta.url pointing at this source file).
const workerUrl = (): string => pathToFileURL(path.join(path.dirname(fileURLToPath(import.meta.url)), 'worker.mjs')).href

const codeOf = (error: unknown): string | undefined => (error as { code?: string } | null)?.code

export type ImportThreads = {
  /** The cleaned article of one input, read in an import thread within the budget. */
  read: (file: string, input: ImportInput) => Promise<ImportedArticle>
  /** Ends the threads (a CLI run that is done, a test's teardown). */
  close: () => Promise<void>
}

/** Import threads under the given budget; started when the first import comes. */
export const importThreads = (budget: ImportBudget = IMPORT_BUDGET): ImportThreads => {
  let pool: Piscina | null = null
  const threads = (): Piscina => {
    if (pool) return pool
    pool = new Piscina({
      filename: workerUrl(),
      minThreads: 0,
      maxThreads: budget.threads,
      maxQueue: budget.queue,
      idleTimeout: budget.idleMs,
      resourceLimits: { maxOldGenerationSizeMb: budget.heapMb, maxYoungGenerationSizeMb: Math.min(32, budget.heapMb / 4) },
    })
    // A thread that dies outside a task (it could not start, say): piscina would leave the tasks
    // waiting on it until their time runs out. The pool is ended, which fails them now; the next
    // import starts a new one.
    const failing = pool
    failing.on('error', (error: unknown) => {
      console.error('import thread failed', error)
      if (pool === failing) pool = null
      void failing.destroy()
    })
    return failing
  }

  const read = async (file: string, input: ImportInput): Promise<ImportedArticle> => {
    let outcome: Outcome
    try {
      outcome = (await threads().run({ file, input }, { signal: AbortSignal.timeout(budget.timeoutMs) })) as Outcome
    } catch (error) {
      if ((error as Error | null)?.name === 'AbortError') {
        throw new ImportFileError(`“${file}”的内容过于复杂，${Math.ceil(budget.timeoutMs / 1000)} 秒内未能读完：请拆分后再导入。`, 422)
      }
      if (codeOf(error) === 'ERR_WORKER_OUT_OF_MEMORY') throw new ImportFileError(`“${file}”展开后过大，超出导入所能处理的范围：请拆分后再导入。`, 413)
      if (/queue is at limit/i.test(String((error as Error | null)?.message))) throw new ImportFileError('正在导入的文件过多，请稍后再试。', 503)
      throw error
    }
    if (!outcome.ok) throw new ImportFileError(outcome.message, outcome.status)
    return outcome.article
  }

  const close = async (): Promise<void> => {
    const closing = pool
    pool = null
    await closing?.destroy()
  }
  return { read, close }
}

/** The CMS's own import threads. */
const shared = importThreads()
export const readArticle = shared.read
export const closeImportThreads = shared.close
