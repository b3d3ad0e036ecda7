/**
 * Relations in a snapshot are ids; the context resolves them against the published documents:
 * media for pictures, taxonomy terms and stories for links. An id it does not know (a draft, a
 * deleted document) resolves to nothing, as the CMS's API would leave it unpopulated.
 */
import { RICH_TEXT_LIMITS } from '@fengcai/shared/richtext/catalog'

import type { Link } from './common'
import { refId } from './common'
import type { RawDoc } from './raw'

export type Lookup<T> = (value: unknown) => T | null

export const lookup =
  <T>(map: Map<string, T>): Lookup<T> =>
  (value) =>
    map.get(refId(value) ?? '') ?? null

export const byId = <T extends { id: string | number }>(list: readonly T[]): Map<string, T> => new Map(list.map((item) => [String(item.id), item]))

/**
 * A link lookup that keeps only name and address: one link object a document, shared by every
 * view model that names it (view models are never changed), not one each (three a story).
 */
export const linkLookup = (map: Map<string, { name: string; href: string }>): Lookup<Link> => {
  const links = new Map<string, Link>()
  return (value) => {
    const id = refId(value) ?? ''
    const known = links.get(id)
    if (known) return known
    const found = map.get(id)
    if (!found) return null
    const link = { name: found.name, href: found.href }
    links.set(id, link)
    return link
  }
}

/**
 * The same Lexical state with upload nodes and internal links populated from the snapshot, as
 * the CMS would populate them at depth 1 for an anonymous reader.
 */
export const populateRichText = (data: unknown, media: Map<string, RawDoc>, documents: Partial<Record<string, Map<string, { slug: string }>>>): unknown => {
  const visit = (node: unknown, depth: number): unknown => {
    if (Array.isArray(node)) return node.map((child) => visit(child, depth))
    // Nothing below the renderer's depth bound is shown (./richtext); a deeper text, stored before
    // the CMS refused one, is left as it is rather than walked until the stack runs out.
    if (!node || typeof node !== 'object' || depth > RICH_TEXT_LIMITS.maxDepth + 1) return node
    const record = node as Record<string, unknown>
    const copy: Record<string, unknown> = {}
    for (const [key, value] of Object.entries(record)) copy[key] = key === 'children' || key === 'root' ? visit(value, depth + 1) : value
    if (record.type === 'upload' && record.relationTo === 'media') copy.value = media.get(refId(record.value) ?? '') ?? record.value
    const fields = record.fields as { doc?: { relationTo?: string; value?: unknown } } | undefined
    if (fields?.doc?.relationTo) {
      const target = documents[fields.doc.relationTo]?.get(refId(fields.doc.value) ?? '')
      copy.fields = { ...fields, doc: { ...fields.doc, value: target ?? fields.doc.value } }
    }
    return copy
  }
  return visit(data, 0)
}
