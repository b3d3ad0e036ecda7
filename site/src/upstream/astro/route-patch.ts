/**
 * Seam: a changed route's entry of Astro's route cache patched where its paths changed, instead of
 * dropped and filled again from all of them.
 *
 * Refilling the entry (./route-paths `refill`) costs what the route holds, not what changed: Astro's
 * `callGetStaticPaths` (astro 7.3.5, dist/core/render/route-cache.js:14-45) validates every path and
 * keys it by `stringifyParams`, and `StaticPaths#getPathsForRoute` (dist/runtime/prerender/static-paths.js)
 * formats every pathname once more: ~0.7 s per 100,000 paths, for a story route whose only change
 * is one story. Here the page's new answer is laid over the route's last one: the paths with the
 * same params before and after (the unchanged start and end) keep their pathnames, and only the
 * paths in between, new or moved, go through Astro's own `StaticPaths` (the validation and the
 * pathnames it would give them), on a route cache of their own. The entry keeps Astro's shape: its
 * `staticPaths` array in the page's order with a `keyed` map from each path's params key (its
 * pathname, for a route that is neither a redirect nor an i18n fallback) to the path object.
 */
import type { PathWithRoute } from './prerenderer'

type StaticPath = { params: Record<string, string | undefined>; cacheKey?: unknown }
export type KeyedPaths = StaticPath[] & { keyed: Map<string, StaticPath> }
type Route = PathWithRoute['route']

/** A route's paths after a change, with the path objects that came and the ones that went (a new key: both). */
export type PathDelta = { paths: PathWithRoute[]; added: PathWithRoute[]; removed: PathWithRoute[] }

/** The most paths in the changed stretch patched; beyond it (a bulk change) the route is refilled. */
export const PATCH_LIMIT = 512

const sameParams = (a: StaticPath, b: StaticPath): boolean => {
  if (a === b) return true
  const keys = Object.keys(b.params)
  if (keys.length !== Object.keys(a.params).length) return false
  for (const key of keys) if (a.params[key] !== b.params[key]) return false
  return true
}

const keyOf = (path: StaticPath): string | undefined => (path.cacheKey === undefined ? undefined : String(path.cacheKey))

/** Where `fresh` differs from `cached` in params: the length of the same start and of the same end. */
export const changedStretch = (cached: readonly StaticPath[], fresh: readonly StaticPath[]): { start: number; end: number } => {
  const shorter = Math.min(cached.length, fresh.length)
  let start = 0
  while (start < shorter && sameParams(cached[start] as StaticPath, fresh[start] as StaticPath)) start += 1
  let end = 0
  while (end < shorter - start && sameParams(cached[cached.length - 1 - end] as StaticPath, fresh[fresh.length - 1 - end] as StaticPath)) end += 1
  return { start, end }
}

/**
 * Lays `fresh` (the page's answer of this publish) over the route's cached entry and its kept
 * paths (`kept[i]` the path of `cached[i]`), in place for the entry; returns the route's paths and
 * what changed, or null when the change is too large to patch (or the two lists do not line up), for a refill.
 * `pathsOf` gives Astro's paths and keyed entries for the changed stretch alone.
 */
export const patchRoute = async (
  route: Route,
  cached: KeyedPaths,
  kept: readonly PathWithRoute[],
  fresh: StaticPath[],
  pathsOf: (stretch: StaticPath[]) => Promise<{ paths: PathWithRoute[]; keyed: Map<string, StaticPath> }>,
): Promise<PathDelta | null> => {
  if (kept.length !== cached.length || !(cached.keyed instanceof Map)) return null
  const { start, end } = changedStretch(cached, fresh)
  const [gone, stretchOf] = [cached.length - start - end, fresh.slice(start, fresh.length - end)]
  if (gone + stretchOf.length > PATCH_LIMIT) return null
  const stretch = stretchOf.length ? await pathsOf(stretchOf) : { paths: [], keyed: new Map<string, StaticPath>() }
  if (stretch.paths.length !== stretchOf.length) return null

  const paths: PathWithRoute[] = new Array<PathWithRoute>(fresh.length)
  const [added, removed] = [[...stretch.paths], kept.slice(start, start + gone)]
  // The same params: the same pathname; a new key takes the page's new path object.
  const carry = (from: number, to: number) => {
    const [now, path] = [fresh[to] as StaticPath, kept[from] as PathWithRoute]
    const cacheKey = keyOf(now)
    if (cacheKey !== undefined && cacheKey === path.cacheKey) {
      // As ./route-paths keeps a whole route whose keys are unchanged (same key, same page); a path
      // without a key is rendered every time, so it takes the page's new props.
      paths[to] = path
      return
    }
    cached[from] = now
    cached.keyed.set(path.pathname, now)
    paths[to] = { pathname: path.pathname, route, cacheKey }
    added.push(paths[to])
    removed.push(path)
  }
  for (let index = 0; index < start; index += 1) carry(index, index)
  for (let index = 1; index <= end; index += 1) carry(cached.length - index, fresh.length - index)
  for (let index = start; index < start + gone; index += 1) cached.keyed.delete((kept[index] as PathWithRoute).pathname)
  stretch.paths.forEach((path, index) => (paths[start + index] = path))
  for (const [key, path] of stretch.keyed) cached.keyed.set(key, path)
  cached.splice(start, gone, ...fresh.slice(start, fresh.length - end))
  return { paths, added, removed }
}
