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
