/**
 * Every list a request writes, held to its field's `maxRows` on every save — drafts included, which
 * Payload does not validate (a draft of 100,000 公示对象 would be stored, then rendered and
 * proofread on each preview). The budgets themselves are in the config (shared ARRAY_LIMITS;
 * tests/int/cms/InputBudgets.int.test.ts finds any list without one).
 */
import type { CollectionBeforeValidateHook, Field } from 'payload'

import { publicError } from '@/lib/errors'
import { labelIn } from '@/lib/labelsPerLanguage'

type Walked = Field & {
  name?: string
  type: string
  hasMany?: boolean
  maxRows?: number
  label?: unknown
  fields?: Field[]
  tabs?: { name?: string; fields: Field[] }[]
}

/** The field's Chinese label, whichever form it has by now (texts, or the function lib/labelsPerLanguage makes of them). */
const labelOf = (field: Walked): string => labelIn(field.label, 'zh') || field.name || ''

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)

/** The first list in `data` longer than its field allows, as a Chinese message; null when none is. */
export const listOverBudget = (fields: readonly Field[], data: unknown): string | null => {
  if (!isRecord(data)) return null
  for (const raw of fields) {
    const field = raw as Walked
    const value = field.name ? data[field.name] : data
    const isList = field.type === 'array' || field.hasMany === true
    if (isList && Array.isArray(value) && field.maxRows !== undefined && value.length > field.maxRows)
      return `“${labelOf(field)}”最多 ${field.maxRows} 项，收到 ${value.length} 项。`
    const nested: [readonly Field[], unknown][] = []
    if (field.type === 'array' && Array.isArray(value)) for (const row of value) nested.push([field.fields ?? [], row])
    else if (field.type === 'group' || field.type === 'row' || field.type === 'collapsible') nested.push([field.fields ?? [], value])
    else if (field.type === 'tabs') for (const tab of field.tabs ?? []) nested.push([tab.fields, tab.name ? data[tab.name] : data])
    for (const [inner, innerData] of nested) {
      const problem = listOverBudget(inner, innerData)
      if (problem) return problem
    }
  }
  return null
}

/** Refuses, before anything else of the save, a request whose list is longer than its budget. */
export const enforceListBudgets: CollectionBeforeValidateHook = ({ collection, data }) => {
  const problem = listOverBudget(collection.fields, data)
  if (problem) throw publicError(problem, 400)
  return data
}
