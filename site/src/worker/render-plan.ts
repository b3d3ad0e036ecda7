/**
 * Keys → work, for one publish: the paths whose cache key changed (or that have none) are
 * rendered; of those, a page whose props are unchanged and whose navigation changed only gets
 * the new menu swapped into its old text (./swap-client); the files of paths that are gone are
 * deleted; and a page that failed keeps its old key, so the next publish tries it again.
 */
import { fileOfPath, splitKey } from './paths'
import type { PathWithRoute } from './paths'

/** The cache key each path was last rendered with (undefined: it has none). */
export type Keys = Map<string, string | undefined>

export type RenderPlan = {
  /** Every path to bring up to date. */
  toRender: PathWithRoute[]
  /** Of those, the pages whose only change is the menu. */
  navOnly: PathWithRoute[]
  /** The rest, rendered in full, one at a time. */
  inFull: PathWithRoute[]
}

export const keysOf = (paths: PathWithRoute[]): Keys => new Map(paths.map((entry) => [entry.pathname, entry.cacheKey]))

export const planRender = (paths: PathWithRoute[], keys: Keys): RenderPlan => {
  const toRender = paths.filter((entry) => entry.cacheKey === undefined || keys.get(entry.pathname) !== entry.cacheKey || !keys.has(entry.pathname))
  // A navigation change (a renamed column in the menu) changes every page, but only in the menu.
  const navOnly = toRender.filter((entry) => {
    const [before, after] = [splitKey(keys.get(entry.pathname)), splitKey(entry.cacheKey)]
    return before && after && before.props === after.props && before.nav !== after.nav
  })
  const swappable = new Set(navOnly)
  // Rendered one page at a time: rendering is synchronous work on one thread, so more at once
  // only adds switching (renaming a column of 2,000 stories: 5.5 s of rendering at 4, 4.7 s at 1).
  return { toRender, navOnly, inFull: toRender.filter((entry) => !swappable.has(entry)) }
}

/** The files of the last publish's paths that no path of this one is written to, in order. */
export const goneFiles = (before: PathWithRoute[], after: PathWithRoute[]): string[] => {
  const stillThere = new Set(after.map(fileOfPath))
  return before.map(fileOfPath).filter((file) => !stillThere.has(file))
}

/** The keys after a publish: a path that failed keeps its old key (or none), every other its new one. */
export const nextKeys = (paths: PathWithRoute[], keys: Keys, failedPaths: Set<string>): Keys => {
  const next: Keys = new Map()
  for (const entry of paths) {
    if (failedPaths.has(entry.pathname)) {
      if (keys.has(entry.pathname)) next.set(entry.pathname, keys.get(entry.pathname))
    } else next.set(entry.pathname, entry.cacheKey)
  }
  return next
}
