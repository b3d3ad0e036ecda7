/**
 * Publishing a large change at one moment. Written in place, a change of many pages (a column
 * renamed: its stories, its lists and the menu of every page) is live page by page for as long as
 * the publish takes, and a reader meanwhile finds the new name on one page and the old on the
 * next. Such a publish goes into a new generation instead: a copy of the served site as hard links
 * (no bytes copied) into which the publish writes, so the served files are never touched; then
 * `current` is pointed at it, and every page changes at once. The static server reads `current`
 * on each request (cms/scripts/lib/static-server.ts).
 *
 * Only what the publish leaves as it was is linked: the pages it brings up to date are read from
 * the served site and written fresh into the new one (./pages-on-disk, PageDirs), and linked after
 * all only when they came out unchanged or failed. The links are made on a thread of their own
 * (./linker) while the pages are rendered, and waited for before the search index and the sitemap
 * are brought up to date. A new generation still costs a folder per page and a link per file left
 * (the search index's most of all), so small publishes, a page and its lists, are still written in
 * place.
 */
import fs from 'node:fs'
import { readdir, rm } from 'node:fs/promises'
import path from 'node:path'

import { writeAtomically } from '../integrations/write-atomically'

import { KeptThread } from './kept-thread'
import type { LinkAnswer, LinkJob } from './linker'

/** A publish that brings up to date at least this share of the pages goes into a new generation. */
const GENERATION_SHARE = 0.1

export const wantsGeneration = (toRender: number, pages: number): boolean => toRender > 0 && toRender >= pages * GENERATION_SHARE

/** Links `files` from `from` into `to` where `from` has them, making their folders as needed. */
const linkFiles = (from: string, to: string, files: Iterable<string>): void => {
  for (const file of files) {
    const [source, target] = [path.join(from, file), path.join(to, file)]
    try {
      fs.linkSync(source, target)
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT' || !fs.existsSync(source)) continue
      fs.mkdirSync(path.dirname(target), { recursive: true })
      fs.linkSync(source, target)
    }
  }
}

/**
 * The served site's generations, `build-N/` in the builds folder: a new one made from the served
 * one, and the switch to it. The generation left is kept until the next switch, for the readers
 * whose request found it just before.
 */
export class Generations {
  private last = 0
  private removing: Promise<void> = Promise.resolve()
  private linking: Promise<void> = Promise.resolve()
  private readonly linker = new KeptThread(new URL('./linker.ts', import.meta.url))

  constructor(
    private readonly buildsDir: string,
    private readonly log: (message: string) => void,
  ) {}

  /**
   * A new generation, its links under way on the linker thread: the served site's files, but for
   * `rewritten` (files relative to it, with `/`), which the publish writes. `keep` waits for them.
   */
  async next(servedDir: string, rewritten: ReadonlySet<string> = new Set()): Promise<string> {
    await this.removing
    // A publish that failed may have left its links under way.
    await this.linking.catch(() => undefined)
    this.last = Math.max(Date.now(), this.last + 1, Number(path.basename(servedDir).replace(/^build-/, '')) + 1)
    const dir = path.join(this.buildsDir, `build-${this.last}`)
    fs.rmSync(dir, { recursive: true, force: true })
    fs.mkdirSync(dir)
    this.linking = this.link({ from: servedDir, to: dir, skip: [...rewritten] })
    // Awaited by `keep`; a publish that fails before then leaves it to the next.
    this.linking.catch(() => undefined)
    return dir
  }

  /**
   * Once the links are made, links into the generation `dir` the files of `rewritten` the publish
   * left as served (unchanged, or failing).
   */
  async keep(servedDir: string, dir: string, rewritten: Iterable<string>, written: ReadonlySet<string>): Promise<void> {
    await this.linking
    const leftAsServed = [...rewritten].filter((file) => !written.has(file))
    linkFiles(servedDir, dir, leftAsServed)
  }

  /** Serves `dir` from now on, and removes, in the background, the generations before `left` (the one just served). */
  async switchTo(dir: string, left: string): Promise<void> {
    await writeAtomically(path.join(this.buildsDir, 'current'), `${path.basename(dir)}\n`)
    const keep = new Set([path.basename(dir), path.basename(left)])
    const stale = (await readdir(this.buildsDir)).filter((entry) => /^build-\d+$/.test(entry) && !keep.has(entry))
    this.removing = Promise.all(stale.map((entry) => rm(path.join(this.buildsDir, entry), { recursive: true, force: true }))).then(
      () => undefined,
      (error: unknown) => this.log(`无法删除旧的网站版本：${error instanceof Error ? error.message : String(error)}`),
    )
  }

  /** Waits for the removals under way, and ends the linker thread. */
  async settle(): Promise<void> {
    await this.linking.catch(() => undefined)
    await this.removing
    await this.linker.stop()
  }

  /** One job on the linker thread. */
  private link(job: LinkJob): Promise<void> {
    const thread = this.linker.get()
    return new Promise<void>((resolve, reject) => {
      const finish = (error: Error | null) => {
        thread.off('message', onMessage)
        thread.off('error', finish)
        thread.off('exit', onExit)
        this.linker.release()
        if (error) reject(new Error(`新版本网站的链接线程出错：${error.message}`))
        else resolve()
      }
      const onMessage = (answer: LinkAnswer) => finish('error' in answer ? new Error(answer.error) : null)
      const onExit = (code: number) => finish(new Error(`线程意外退出（${code}）`))
      thread.on('message', onMessage)
      thread.on('error', finish)
      thread.on('exit', onExit)
      thread.postMessage(job)
    })
  }
}
