import type { CollectionConfig } from 'payload'

export type CollectionHooks = NonNullable<CollectionConfig['hooks']>

/**
 * A collection's hooks from several sets (its own, then helpers' such as `rebuildHooks` and
 * `reviewHooks`): each kind of hook is every set's hooks of that kind, in the order of the sets.
 * Spreading sets into one object keeps only the last set's hooks of a kind; this never drops one.
 */
export const mergeHooks = (...sets: (CollectionHooks | undefined)[]): CollectionHooks => {
  const merged: Record<string, unknown[]> = {}
  for (const set of sets) {
    for (const [kind, hooks] of Object.entries(set ?? {})) {
      if (Array.isArray(hooks)) merged[kind] = [...(merged[kind] ?? []), ...hooks]
    }
  }
  return merged as CollectionHooks
}
