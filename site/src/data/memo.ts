import { hash } from 'node:crypto'

/**
 * Keeping view models the same objects from one publish to the next (./story-models), so that
 * what is derived from them (a page's cache key, ./pages) is worked out once per object, not
 * once per publish.
 */

/**
 * A pure function of an object that is never changed in place, remembered for as long as the
 * object lives. A snapshot's documents are replaced when they change, never edited (src/worker),
 * so the site worker maps each unchanged document once, not once per publish.
 */
export const memoizeByObject = <K extends object, V>(compute: (key: K) => V): ((key: K) => V) => {
  const cache = new WeakMap<K, V>()
  return (key) => {
    if (cache.has(key)) return cache.get(key) as V
    const value = compute(key)
    cache.set(key, value)
    return value
  }
}

const isPlain = (value: object): boolean => {
  const prototype = Object.getPrototypeOf(value) as unknown
  return prototype === Object.prototype || prototype === null
}

/**
 * Whether two view-model values are the same value: plain objects with the same keys in the same
 * order and the same values, arrays alike, primitives equal. Any other object (a Date, a Map) is
 * the same only as itself.
 */
export const sameValue = (a: unknown, b: unknown): boolean => {
  if (a === b) return true
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false
    for (let index = 0; index < a.length; index += 1) if (!sameValue(a[index], b[index])) return false
    return true
  }
  if (!isPlain(a) || !isPlain(b)) return false
  const keysA = Object.keys(a)
  const keysB = Object.keys(b)
  if (keysA.length !== keysB.length) return false
  for (let index = 0; index < keysA.length; index += 1) {
    const key = keysA[index] as string
    if (key !== keysB[index] || !sameValue((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key])) return false
  }
  return true
}

/**
 * A list kept sorted from one build to the next: while most of its objects are those of the last
 * list given (a snapshot's documents are replaced when they change, never edited), the new ones
 * are put into the last order by binary search instead of sorting the whole list again. `compare`
 * must be a total order (ties broken by id), so the result is the one a full sort gives.
 */
export class KeptSorted<T extends object> {
  private given: readonly T[] | null = null
  private order: T[] = []

  constructor(private readonly compare: (a: T, b: T) => number) {}

  sort(list: readonly T[]): T[] {
    if (list === this.given) return this.order
    const { kept, added } = this.walk(list) ?? this.compared(list)
    // Many new objects (the first build, a bulk change): a full sort costs no more.
    const order = added.length > 64 ? [...list].sort(this.compare) : kept
    if (added.length <= 64)
      for (const item of added) {
        let [low, high] = [0, order.length]
        while (low < high) {
          const middle = (low + high) >>> 1
          if (this.compare(order[middle] as T, item) <= 0) low = middle + 1
          else high = middle
        }
        order.splice(low, 0, item)
      }
    this.given = list
    this.order = order
    return order
  }

  /**
   * The last order without the objects gone, and the objects new, from one walk of the list beside
   * the last one given: a snapshot's list is the last one with a few documents taken out and their
   * new copies put at its end (src/worker/snapshot-store). Whatever the list, every object of it is
   * either met in the last list's order or new, and every object of that either met or gone. Null
   * past 64 of either.
   */
  private walk(list: readonly T[]): { kept: T[]; added: T[] } | null {
    const given = this.given ?? []
    const gone = new Set<T>()
    let at = 0
    let index = 0
    for (; index < list.length; index += 1) {
      while (at < given.length && given[at] !== list[index]) {
        gone.add(given[at] as T)
        if (gone.size > 64) return null
        at += 1
      }
      if (at === given.length) break
      at += 1
    }
    for (; at < given.length; at += 1) if (gone.add(given[at] as T).size > 64) return null
    const added = list.slice(index)
    if (added.length > 64) return null
    return { kept: gone.size ? this.order.filter((item) => !gone.has(item)) : [...this.order], added }
  }

  /** The same by sets of both lists. */
  private compared(list: readonly T[]): { kept: T[]; added: T[] } {
    const present = new Set(list)
    const kept = this.order.filter((item) => present.has(item))
    const known = new Set(kept)
    return { kept, added: list.filter((item) => !known.has(item)) }
  }
}

const digests = new WeakMap<object, string>()

/**
 * Objects whose text is shorter than this are digested again when asked, not remembered: a date,
 * a link or an image costs less to digest than to keep (a WeakMap entry and a string each, a
 * dozen a story; at 30,000 stories the site worker kept 430,000 of them, ~60 MB).
 */
const REMEMBERED_FROM = 512

/**
 * A digest of a view-model value, worked out once per large object (REMEMBERED_FROM): an object's
 * text is its values' digests (JSON for primitives), hashed when longer than a hash. So an
 * unchanged story that ./story-models keeps costs a lookup, and a list page's digest is that of
 * its cards' digests. Objects digested must not be changed afterwards (view models never are).
 */
export const digestOf = (value: unknown): string => {
  if (typeof value !== 'object' || value === null) return JSON.stringify(value) ?? String(value)
  const known = digests.get(value)
  if (known !== undefined) return known
  let text: string
  if (Array.isArray(value)) text = `[${value.map(digestOf).join(',')}]`
  else if (isPlain(value))
    text = `{${Object.keys(value)
      .map((key) => `${JSON.stringify(key)}:${digestOf((value as Record<string, unknown>)[key])}`)
      .join(',')}}`
  else text = `@${Object.prototype.toString.call(value)}${JSON.stringify(value)}`
  const digest = text.length > 44 ? `#${hash('sha256', text, 'base64url')}` : text
  if (text.length >= REMEMBERED_FROM) digests.set(value, digest)
  return digest
}
