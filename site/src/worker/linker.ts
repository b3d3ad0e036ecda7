/**
 * The thread that makes a new generation's links (./generations) while the publisher renders into
 * it: the links of what the publish leaves as it was are needed only once the pages are written
 * (by the search update, the sitemap and the switch), and at 10,000 stories they are most of the
 * search index's files. One job at a time; answers { done } or { error }. Imports Node's modules
 * only, so the thread starts under Node's own type stripping as under the workspace's hooks.
 */
import fs from 'node:fs'
import path from 'node:path'
import { parentPort } from 'node:worker_threads'

export type LinkJob = { from: string; to: string; skip: string[] }
export type LinkAnswer = { done: true } | { error: string }

/** `action`, run at its first call only. */
const once = (action: () => void): (() => void) => {
  let done = false
  return () => {
    if (done) return
    done = true
    action()
  }
}

/** A folder, unless a writer of the same generation made it first. */
const makeFolder = (dir: string): void => {
  try {
    fs.mkdirSync(dir)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
  }
}

/**
 * Fills the folder `to` with hard links to the files below `from` (same files, same bytes, none
 * copied), but for the files in `skip` (paths relative to `from`, with `/`); a folder is made only
 * when a link goes in it. Pages are written into `to` meanwhile.
 */
const linkTree = (from: string, to: string, skip: ReadonlySet<string>): void => {
  // `ensure` makes `relative` in `to`, and the folders above it, at its first call.
  const walk = (relative: string, ensure: () => void): void => {
    for (const entry of fs.readdirSync(path.join(from, relative), { withFileTypes: true })) {
      const file = relative ? `${relative}/${entry.name}` : entry.name
      if (entry.isDirectory())
        walk(
          file,
          once(() => {
            ensure()
            makeFolder(path.join(to, file))
          }),
        )
      else if (!skip.has(file)) {
        ensure()
        fs.linkSync(path.join(from, file), path.join(to, file))
      }
    }
  }
  walk('', () => undefined)
}

const port = parentPort
if (port) {
  port.on('message', ({ from, to, skip }: LinkJob) => {
    try {
      linkTree(from, to, new Set(skip))
      port.postMessage({ done: true } satisfies LinkAnswer)
    } catch (error) {
      port.postMessage({ error: error instanceof Error ? error.message : String(error) } satisfies LinkAnswer)
    }
  })
}
