/**
 * Pagefind searches in a web worker, off the page's thread (on it, a search page's Lighthouse
 * performance fell from 100 to 82: its index work blocked the page). A file the worker fails to
 * fetch is not always reported: a missing index chunk is logged in the worker and the search
 * answers without it; a missing metadata or WebAssembly file can leave the search waiting. A
 * publish replaces index files under an open page, which then has to hear of it to open the
 * index afresh (../scripts/search-index). So each shard's worker script starts with a watch on
 * its own `fetch` that posts every failed index file to the page.
 */
import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'

import { WORKER_FETCH_FAILED } from '../data/search'

export const PAGEFIND_WORKER = 'pagefind-worker.js'

/** Run in the worker before Pagefind's code, which calls the global `fetch` at each request. */
export const WORKER_WATCH =
  `/* 风采: failed index files are posted to the page (site/src/integrations/pagefind-worker-watch.ts). */\n` +
  `;(() => {\n` +
  `  const pageFetch = self.fetch.bind(self)\n` +
  `  const failed = (input) => self.postMessage({ ${WORKER_FETCH_FAILED}: new URL(input instanceof Request ? input.url : String(input), self.location.href).pathname })\n` +
  `  self.fetch = async (input, init) => {\n` +
  `    try {\n` +
  `      const response = await pageFetch(input, init)\n` +
  `      if (!response.ok) failed(input)\n` +
  `      return response\n` +
  `    } catch (error) {\n` +
  `      failed(input)\n` +
  `      throw error\n` +
  `    }\n` +
  `  }\n` +
  `})();\n`

/** Puts the watch at the start of the worker script in an index's folder (once; a shard written again gets it again). */
export const watchWorkerFetches = async (indexDir: string): Promise<void> => {
  const file = path.join(indexDir, PAGEFIND_WORKER)
  const script = await readFile(file, 'utf8')
  if (!script.startsWith(WORKER_WATCH)) await writeFile(file, WORKER_WATCH + script)
}
