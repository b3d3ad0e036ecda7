/**
 * The publisher's book of paths between publishes: the paths of the site as served, the key each
 * page was rendered with, and the pages that failed. A publish's work is worked out from what
 * changed since (../upstream/astro/route-paths `delta`: the path objects added and removed), not
 * from the whole list of paths: at 100,000 stories, 125,000 paths, dropping repeats, comparing
 * every key, finding the files gone, keying the next publish and listing the sitemap's pages cost
 * ~1 s a publish, whatever it changed. When the change is not known (the first publish, one after a
 * publish that failed half-way, Astro's own full pass) or the paths repeat a pathname, the whole
 * list is gone through as before (./render-plan, ./paths), with the same result.
 */
import { fileOfPath, pageNamesOf, unique } from './paths'
import type { PathWithRoute } from './paths'
import { goneFiles, keysOf, nextKeys, planRender } from './render-plan'
import type { Keys, RenderPlan } from './render-plan'

export type PathChanges = { added: PathWithRoute[]; removed: PathWithRoute[] }

export type PublishPlan = RenderPlan & {
  /** This publish's paths, without repeats. */
  paths: PathWithRoute[]
  /** The files of pages that are gone. */
  gone: string[]
  /** The sitemap's pages added and removed; null: every page listed anew. */
  pages: { added: string[]; removed: string[] } | null
  /** Books the publish once done: the paths that failed keep their last key and are tried again. */
  commit: (failed: Set<string>) => void
}

const normalized = (pathname: string): string => pathname.replace(/\/+$/, '')

export class PathBook {
  paths: PathWithRoute[] = []
  keys: Keys = new Map()
  /** Paths (before repeats are dropped) under each pathname. */
  private names = new Map<string, number>()
  private repeated = 0
  private failed = new Set<string>()
  /** Whether the book holds the last publish's outcome (false while a publish is under way). */
  private exact = false

  /** The paths of a full build. */
  seed(paths: PathWithRoute[]): void {
    this.book(paths, keysOf(paths), new Set())
  }

  /** What to do for `all`, the routes' paths of this publish, given what changed since the last (null: unknown). */
  plan(all: PathWithRoute[], changes: PathChanges | null): PublishPlan {
    const known = this.exact && changes !== null && this.repeated === 0
    this.exact = false
    const counts = known ? this.counted(changes) : null
    if (!counts) {
      const paths = unique(all)
      return {
        ...planRender(paths, this.keys),
        paths,
        gone: goneFiles(this.paths, paths),
        pages: null,
        commit: (failed) => this.book(all, nextKeys(paths, this.keys, failed), failed),
      }
    }
    const { added, removed } = changes as PathChanges
    const fresh = new Set(added)
    const candidates = all.filter((entry) => entry.cacheKey === undefined || fresh.has(entry) || this.failed.has(entry.pathname))
    const written = new Set(added.map(fileOfPath))
    return {
      ...planRender(candidates, this.keys),
      paths: all,
      gone: removed.map(fileOfPath).filter((file) => !written.has(file)),
      pages: { added: pageNamesOf(added), removed: pageNamesOf(removed) },
      commit: (failed) => {
        for (const [name, count] of counts) {
          if (count > 0) this.names.set(name, count)
          else this.names.delete(name)
        }
        const before = new Map(removed.map((entry) => [entry.pathname, this.keys.get(entry.pathname)]))
        for (const entry of removed) this.keys.delete(entry.pathname)
        // As nextKeys: a page that failed keeps the key it had (or none).
        for (const entry of candidates) {
          if (!failed.has(entry.pathname)) this.keys.set(entry.pathname, entry.cacheKey)
          else if (before.has(entry.pathname)) this.keys.set(entry.pathname, before.get(entry.pathname))
        }
        for (const entry of candidates) if (!failed.has(entry.pathname)) this.failed.delete(entry.pathname)
        for (const pathname of failed) this.failed.add(pathname)
        this.paths = all
        this.exact = true
      },
    }
  }

  /** Each changed pathname's count of paths after the changes; null if one would repeat. */
  private counted({ added, removed }: PathChanges): Map<string, number> | null {
    const counts = new Map<string, number>()
    const count = (pathname: string, by: number) => {
      const name = normalized(pathname)
      counts.set(name, (counts.get(name) ?? this.names.get(name) ?? 0) + by)
    }
    for (const entry of removed) count(entry.pathname, -1)
    for (const entry of added) count(entry.pathname, 1)
    for (const value of counts.values()) if (value > 1 || value < 0) return null
    return counts
  }

  private book(all: PathWithRoute[], keys: Keys, failed: Set<string>): void {
    this.names = new Map()
    for (const entry of all) {
      const name = normalized(entry.pathname)
      this.names.set(name, (this.names.get(name) ?? 0) + 1)
    }
    this.repeated = [...this.names.values()].filter((count) => count > 1).length
    this.paths = unique(all)
    this.keys = keys
    this.failed = failed
    this.exact = true
  }
}
