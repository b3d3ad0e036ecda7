import type { CollectionBeforeChangeHook } from 'payload'

import { excerpt, lexicalPlainText } from '@fengcai/shared'

/** Fills an empty summary from the body's opening text, for lists and meta descriptions. */
export const deriveSummary =
  (bodyField = 'body', summaryField = 'summary', max = 120): CollectionBeforeChangeHook =>
  ({ data }) => {
    const current = data[summaryField]
    if (typeof current === 'string' && current.trim()) return data
    const text = lexicalPlainText(data[bodyField])
    if (text) data[summaryField] = excerpt(text, max)
    return data
  }
