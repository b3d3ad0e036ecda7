/**
 * Publishing a large change at one moment. Written in place, a change of many pages (a column
 * renamed: its stories, its lists and the menu of every page) is live page by page for as long as
 * the publish takes, and a reader meanwhile finds the new name on one page and the old on the
 * next. Such a publish goes into a new generation instead: a copy of the served site as hard links
 * (no bytes copied), where the publish replaces files by rename as it does in place, so the served
 * files are never touched; then `current` is pointed at it, and every page changes at once. The
 * static server reads `current` on each request (cms/scripts/lib/static-server.ts).
 *
 * The copy costs a link and a folder per file (at 10,000 stories about a second), so small
 * publishes, a page and its lists, are still written in place.
 */
import fs from 'node:fs'
import { readdir, rm } from 'node:fs/promises'
import path from 'node:path'

import { writeAtomically } from '../integrations/write-atomically'

/** A publish that brings up to date at least this share of the pages goes into a new generation. */
const GENERATION_SHARE = 0.1

export const wantsGeneration = (toRender: number, pages: number): boolean => toRender > 0 && toRender >= pages * GENERATION_SHARE

/** `to` as a copy of `from` made of hard links: same files, same bytes, none copied. */
const linkTree = (from: string, to: string): void => {
  fs.mkdirSync(to)
  for (const entry of fs.readdirSync(from, { withFileTypes: true })) {
    const [source, target] = [path.join(from, entry.name), path.join(to, entry.name)]
    if (entry.isDirectory()) linkTree(source, target)
    else fs.linkSync(source, target)
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

  constructor(
    private readonly buildsDir: string,
    private readonly log: (message: string) => void,
  ) {}

  /** A new generation: the served site's files, linked. Synchronous: a thread-pool round trip per file cost more than the link. */
  async next(servedDir: string): Promise<string> {
    await this.removing
    this.last = Math.max(Date.now(), this.last + 1, Number(path.basename(servedDir).replace(/^build-/, '')) + 1)
    const dir = path.join(this.buildsDir, `build-${this.last}`)
    fs.rmSync(dir, { recursive: true, force: true })
    linkTree(servedDir, dir)
    return dir
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

  /** Waits for the removals under way. */
  async settle(): Promise<void> {
    await this.removing
  }
}
