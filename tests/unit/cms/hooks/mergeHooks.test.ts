import type { CollectionAfterChangeHook, CollectionBeforeChangeHook, CollectionBeforeOperationHook } from 'payload'
import { describe, expect, it } from 'vitest'

import { mergeHooks } from '@/hooks/mergeHooks'

const before = (name: string): CollectionBeforeChangeHook => Object.defineProperty(({ data }) => data, 'name', { value: name })
const after = (name: string): CollectionAfterChangeHook => Object.defineProperty(({ doc }) => doc, 'name', { value: name })
const operation: CollectionBeforeOperationHook = ({ args }) => args
const names = (hooks: unknown[] | undefined) => (hooks ?? []).map((hook) => (hook as { name: string }).name)

describe('mergeHooks', () => {
  it('should keep every set’s hooks of a kind, in the order of the sets', () => {
    const merged = mergeHooks(
      { beforeChange: [before('own')] },
      { beforeChange: [before('rebuild')], afterChange: [after('queue')] },
      { beforeChange: [before('review')] },
    )
    expect(names(merged.beforeChange)).toEqual(['own', 'rebuild', 'review'])
    expect(names(merged.afterChange)).toEqual(['queue'])
  })

  it('should keep a kind only one set has, and skip sets that are absent or empty', () => {
    const merged = mergeHooks(undefined, { beforeOperation: [operation] }, {}, { beforeChange: [] })
    expect(merged.beforeOperation).toEqual([operation])
    expect(merged.beforeChange).toEqual([])
    expect(Object.keys(merged).sort()).toEqual(['beforeChange', 'beforeOperation'])
  })

  it('should not change the sets it was given', () => {
    const own = { beforeChange: [before('own')] }
    mergeHooks(own, { beforeChange: [before('helper')] })
    expect(names(own.beforeChange)).toEqual(['own'])
  })
})
