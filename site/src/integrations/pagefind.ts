import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { cp, readFile, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import type { AstroIntegration, AstroIntegrationLogger } from 'astro'
import * as pagefind from 'pagefind'

import { SEARCH_SHARDS, presentIndexes, searchShardOf, shardPath, sharedIds } from '../data/search'
import { extractDigest, searchDigest, searchExtract } from '../data/search-digest'
import { indexIds } from './search-fragments'

import { filesBelow } from './files-below'
import { watchWorkerFetches } from './pagefind-worker-watch'
import { searchableHtml } from './searchable-html'
import { writeAtomically } from './write-atomically'

export type Shard = { pages: [url: string, hash: string][] }
export type Manifest = { shards: Shard[] }

export const MANIFEST = 'pagefind/shards.json'
/** The shards that hold pages, for the search script (a shard with none has no index), and the recent shard (../data/search). */
export const PRESENT = 'pagefind/present.json'

/** The site address of a built page: `stories/a/index.html` → `/stories/a/`. */
export const urlOf = (file: string): string =>
  `/${file
    .split(path.sep)
    .join('/')
    .replace(/index\.html$/, '')}`

export type Page = { url: string; file: string; hash: string }
/** A built page to index, before it is read. */
export type PageFile = { url: string; file: string }

/** A built page as search sees it, or null when it marks nothing for search. */
export const pageFromHtml = (file: string, html: string): Page | null =>
  html.includes('data-pagefind-body') ? { url: urlOf(file), file, hash: searchDigest(html) } : null

/**
 * The index's language. The index holds no Chinese (see searchableHtml), so it is indexed as text
 * of no language (ISO 639 `zxx`): no stemming, no word segmentation, which for `zh-cn` took half
 * of Pagefind's indexing time and only split punctuation off the encoded words. The browser uses
 * the one language an index has whatever the page's `lang`.
 */
const INDEX_LANGUAGE = 'zxx'

export const searchablePage = async (dir: string, file: string): Promise<Page | null> => pageFromHtml(file, await readFile(path.join(dir, file), 'utf8'))

export const byUrl = (a: PageFile, b: PageFile): number => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0)

/** The shards' page lists, as the manifest records them. */
export const shardsOf = (pages: Page[]): Shard[] => {
  const shards: Shard[] = Array.from({ length: SEARCH_SHARDS }, () => ({ pages: [] }))
  for (const page of [...pages].sort(byUrl)) shards[searchShardOf(page.url)]?.pages.push([page.url, page.hash])
  return shards
}

/** Every built page that could be searchable (an HTML page outside the index), in address order. */
const htmlPages = (dir: string): PageFile[] =>
  filesBelow(dir)
    .filter((file) => file.endsWith('.html') && !file.startsWith('pagefind'))
    .map((file) => ({ url: urlOf(file), file }))
    .sort(byUrl)

/**
 * Every page that marks content for search, with the digest of its HTML, sorted by address.
 * Read a few hundred at a time and not kept: a shard reads its pages again when it is built.
 */
export const searchablePages = async (dir: string): Promise<Page[]> => {
  const files = htmlPages(dir)
  const pages: Page[] = []
  for (let start = 0; start < files.length; start += 256) {
    const batch = await Promise.all(files.slice(start, start + 256).map(({ file }) => searchablePage(dir, file)))
    for (const page of batch) if (page) pages.push(page)
  }
  return pages
}

export const readManifest = async (dir: string | undefined): Promise<Manifest | null> => {
  if (!dir || !existsSync(path.join(dir, MANIFEST))) return null
  return JSON.parse(await readFile(path.join(dir, MANIFEST), 'utf8')) as Manifest
}

/**
 * Pagefind's ready-made search interfaces, which it writes into every index: the search page uses
 * its own script over `pagefind.js` (src/scripts/search.ts), so in 18 shards they were 7.6 MB of
 * files nobody loads, to be uploaded and compared on every publish.
 */
export const UNUSED_BUNDLE_FILES = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-highlight.js',
]

/** Removes UNUSED_BUNDLE_FILES from a shard's folder (those it has). */
const dropUnusedBundleFiles = async (dir: string): Promise<void> => {
  await Promise.all(UNUSED_BUNDLE_FILES.map((file) => rm(path.join(dir, file), { force: true })))
}

/** Pages sent to Pagefind's service ahead of its answers (see buildShard). */
const IN_FLIGHT = 64

/**
 * One shard's index from its pages, in address order (the same pages always give the same
 * files), read from `outDir` and written to its place there, or to `target` when given. Only
 * what Pagefind reads of each page is given to it (searchExtract). Returns the pages indexed with
 * their digests (pages without a searchable body are passed over); a shard without any has no
 * index at all.
 */
export const buildShard = async (
  outDir: string,
  shard: number,
  pages: PageFile[],
  target = path.join(outDir, shardPath(shard)),
  skipMissing = false,
): Promise<Page[]> => {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: INDEX_LANGUAGE })
  if (!index) throw new Error(`Pagefind 无法创建索引：${errors.join('; ')}`)
  const indexed: Page[] = []
  // The service takes its messages in the order they are sent and answers each in turn: sending
  // pages without waiting for the answer before lets it index one page while this process reads
  // and encodes the next (the same files; a shard built about a third faster). At most
  // IN_FLIGHT pages wait for their answer, so a shard of a large site is not held in memory whole.
  const added: Promise<{ url: string; errors: string[] }>[] = []
  let answers: PromiseSettledResult<{ url: string; errors: string[] }>[]
  try {
    for (const page of pages) {
      const html = await readFile(path.join(outDir, page.file), 'utf8').catch((error: NodeJS.ErrnoException) => {
        if (skipMissing && error.code === 'ENOENT') return null
        throw error
      })
      const extract = html === null ? null : searchExtract(html)
      if (extract === null) continue
      if (added.length >= IN_FLIGHT) await added[added.length - IN_FLIGHT]
      added.push(index.addHTMLFile({ url: page.url, content: searchableHtml(extract) }).then(({ errors }) => ({ url: page.url, errors })))
      indexed.push({ url: page.url, file: page.file, hash: extractDigest(extract) })
    }
  } finally {
    // Every answer is waited for, also when a page could not be read: none is left unhandled.
    answers = await Promise.allSettled(added)
  }
  for (const answer of answers) {
    if (answer.status === 'rejected') throw answer.reason
    if (answer.value.errors.length) throw new Error(`Pagefind 索引 ${answer.value.url} 失败：${answer.value.errors.join('; ')}`)
  }
  if (indexed.length) {
    const written = await index.writeFiles({ outputPath: target })
    if (written.errors.length) throw new Error(`Pagefind 写入失败：${written.errors.join('; ')}`)
    await dropUnusedBundleFiles(target)
    await watchWorkerFetches(target)
  }
  await index.deleteIndex()
  return indexed
}

/** The fewest pages to index for which a second Pagefind service pays for its start. */
const CHILD_SERVICE_MIN_PAGES = 1_000

/** `skipMissing`: a page whose file is gone by the time it is read (a publish deleted it) is passed over. */
export type ShardJob = { shard: number; pages: PageFile[]; target: string; skipMissing?: boolean }

/**
 * Runs a child process that builds shards with its own Pagefind service (./pagefind-child.ts),
 * which answers with the pages it indexed as one line of JSON. `nice`: its scheduling priority
 * (and its Pagefind service's, started after), so that it takes only the time others leave; `signal` ends it.
 */
export const buildShardsInChild = (
  siteDir: string,
  outDir: string,
  jobs: ShardJob[],
  { nice = 0, signal }: { nice?: number; signal?: AbortSignal } = {},
): Promise<Page[]> =>
  new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(siteDir, 'src/integrations/pagefind-child.ts')], {
      cwd: siteDir,
      stdio: ['pipe', 'pipe', 'inherit'],
      signal,
    })
    if (nice && child.pid) os.setPriority(child.pid, nice)
    const out: Buffer[] = []
    child.stdout?.on('data', (chunk: Buffer) => out.push(chunk))
    child.on('error', reject)
    child.on('close', (code, signal) => {
      if (code !== 0) return reject(new Error(`Pagefind 子进程异常退出（${signal ?? code}）`))
      try {
        resolve(JSON.parse(Buffer.concat(out).toString('utf8').trim().split('\n').at(-1) ?? '[]') as Page[])
      } catch (error) {
        reject(new Error(`Pagefind 子进程的回答无法读取：${error instanceof Error ? error.message : String(error)}`))
      }
    })
    child.stdin?.end(JSON.stringify({ outDir, jobs }))
  })

/**
 * Builds several shards and returns the pages indexed. Pagefind's service indexes on about one
 * core, so with more than one shard to build, every other shard goes to a second service in a
 * child process: on two cores the index takes half the time. Each shard is built from its pages
 * in address order either way, so where it was built does not change a byte of it.
 */
export const buildShards = async (siteDir: string, outDir: string, jobs: ShardJob[]): Promise<Page[]> => {
  const here = async (list: ShardJob[]) => {
    const indexed: Page[] = []
    for (const job of list) indexed.push(...(await buildShard(outDir, job.shard, job.pages, job.target)))
    return indexed
  }
  // Starting the second service costs about half a second: worth it only for a large index.
  const pages = jobs.reduce((sum, job) => sum + job.pages.length, 0)
  const services = Math.min(jobs.length, Number(process.env.SITE_SEARCH_PROCESSES) || 2)
  if (services < 2 || pages < CHILD_SERVICE_MIN_PAGES) return here(jobs)
  const share = (n: number) => jobs.filter((_, index) => index % services === n)
  const parts = await Promise.all([here(share(0)), ...Array.from({ length: services - 1 }, (_, n) => buildShardsInChild(siteDir, outDir, share(n + 1)))])
  return parts.flat().sort(byUrl)
}

/** The numbers of the shards that hold pages. */
export const shardsWithPages = (shards: Shard[]): number[] => shards.flatMap((shard, number) => (shard.pages.length ? [number] : []))

/** The manifest alone (the site worker writes the present indexes itself: ../worker/search-shards). */
export const writeShardList = (outDir: string, shards: Shard[]): Promise<void> =>
  writeAtomically(path.join(outDir, MANIFEST), `${JSON.stringify({ shards } satisfies Manifest)}\n`)

/** The manifest and the present indexes, with the ids that two shards hold (../data/search, pageKeys). */
export const writeManifest = async (outDir: string, shards: Shard[]): Promise<void> => {
  // Replaced, not written over: the site worker rewrites them in the served site, where a reader
  // must get the old list of shards or the new one, never an empty or half-written file.
  await writeShardList(outDir, shards)
  const present = shardsWithPages(shards)
  const ids = await Promise.all(present.map((shard) => indexIds(path.join(outDir, shardPath(shard)), shards[shard]?.pages.length ?? 0)))
  await writeAtomically(path.join(outDir, PRESENT), presentIndexes(present, false, [], sharedIds(ids)))
}

/**
 * Builds the static search index over the finished pages, in shards by page address (the
 * search script merges them). A cold build reads each page once, in the shard builders, which
 * pass over pages without a searchable body. With SITE_PREVIOUS_DIR naming the last build, the
 * pages are read first to learn which shards changed: a shard whose pages are all unchanged is
 * copied from it, so a publish re-indexes only the shards it touched. A shard is always built
 * from all of its pages, so the result equals a full build's.
 */
export const pagefindIndex = (): AstroIntegration => {
  let siteDir = process.cwd()
  return {
    name: 'fengcai-pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        siteDir = fileURLToPath(config.root)
      },
      'astro:build:done': async ({ dir, logger }: { dir: URL; logger: AstroIntegrationLogger }) => {
        if (process.env.SITE_SEARCH_INDEX === 'off') return logger.info('search index: skipped (SITE_SEARCH_INDEX=off)')
        const started = performance.now()
        const outDir = fileURLToPath(dir)
        const previousDir = process.env.SITE_PREVIOUS_DIR || undefined
        const previous = await readManifest(previousDir)
        const jobs: ShardJob[] = []
        let copied: Page[] = []
        if (previous && previousDir) {
          const pages = await searchablePages(outDir)
          for (const [number, shard] of shardsOf(pages).entries()) {
            if (!shard.pages.length) continue
            const own = pages.filter((page) => searchShardOf(page.url) === number)
            if (JSON.stringify(previous.shards[number]) === JSON.stringify(shard) && existsSync(path.join(previousDir, shardPath(number)))) {
              await cp(path.join(previousDir, shardPath(number)), path.join(outDir, shardPath(number)), { recursive: true })
              // A shard built before the interfaces were left out loses them here, as a new one would.
              await dropUnusedBundleFiles(path.join(outDir, shardPath(number)))
              copied = copied.concat(own)
            } else jobs.push({ shard: number, pages: own, target: path.join(outDir, shardPath(number)) })
          }
        } else {
          const files = htmlPages(outDir)
          for (let number = 0; number < SEARCH_SHARDS; number += 1) {
            const own = files.filter((page) => searchShardOf(page.url) === number)
            if (own.length) jobs.push({ shard: number, pages: own, target: path.join(outDir, shardPath(number)) })
          }
        }
        const indexed = await buildShards(siteDir, outDir, jobs)
        // The site worker builds shards again after this build: it closes Pagefind itself.
        if (!process.env.SITE_WORKER) await pagefind.close()
        const pages = [...copied, ...indexed].sort(byUrl)
        await writeManifest(outDir, shardsOf(pages))
        logger.info(`search index: ${pages.length} pages in ${SEARCH_SHARDS} shards, ${jobs.length} rebuilt, in ${Math.round(performance.now() - started)} ms`)
      },
    },
  }
}
