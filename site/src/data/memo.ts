import { hash } from 'node:crypto'

/**
 * Keeping view models the same objects from one publish to the next, so that what is derived
 * from them (a page's cache key, ./pages) is worked out once per object, not once per publish.
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
 * The objects of the last build, by key (a story's id): a new build's object that is the same
 * value (sameValue) as the last build's under its key is replaced by that one. Objects given here
 * must never be changed afterwards; keys the new build lacks are forgotten.
 */
export class Interned<T extends object> {
  private last = new Map<string, T>()

  all(entries: Iterable<[string, T]>): Map<string, T> {
    const next = new Map<string, T>()
    for (const [key, fresh] of entries) {
      const old = this.last.get(key)
      next.set(key, old !== undefined && sameValue(old, fresh) ? old : fresh)
    }
    this.last = next
    return next
  }
}

const digests = new WeakMap<object, string>()

/**
 * A digest of a view-model value, worked out once per object: an object's text is its values'
 * digests (JSON for primitives), hashed when longer than a hash. So an unchanged story kept by
 * Interned costs a lookup, and a list page's digest is that of its cards' digests. Objects
 * digested must not be changed afterwards (view models never are).
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
  digests.set(value, digest)
  return digest
}
