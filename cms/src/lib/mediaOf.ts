/**
 * The media a document uses, found from its collection's fields: upload fields at any depth
 * (groups, named tabs, arrays, blocks) and upload nodes in rich text. The preview sends them with
 * the draft, so a picture uploaded a moment ago shows before the site worker has taken it in.
 */
import type { FlattenedField } from 'payload'

import { collectionSlugs } from '@fengcai/shared'

const idOf = (value: unknown): number | string | null => {
  if (typeof value === 'number' || typeof value === 'string') return value
  if (value && typeof value === 'object' && 'id' in value) return idOf((value as { id: unknown }).id)
  return null
}

/** Upload nodes (`{ type: 'upload', relationTo: 'media', value }`) anywhere in a Lexical state. */
const richTextMedia = (node: unknown, found: Set<string>, depth = 0): void => {
  // The CMS refuses deeper documents on save; a stored one is not walked until the stack runs out.
  if (!node || typeof node !== 'object' || depth > 64) return
  if (Array.isArray(node)) {
    for (const child of node) richTextMedia(child, found, depth + 1)
    return
  }
  const record = node as Record<string, unknown>
  if (record.type === 'upload' && record.relationTo === collectionSlugs.media) {
    const id = idOf(record.value)
    if (id !== null) found.add(String(id))
  }
  richTextMedia(record.root, found, depth + 1)
  richTextMedia(record.children, found, depth + 1)
}

const isMediaRelation = (relationTo: unknown): boolean =>
  Array.isArray(relationTo) ? relationTo.includes(collectionSlugs.media) : relationTo === collectionSlugs.media

const walk = (fields: FlattenedField[], data: unknown, found: Set<string>): void => {
  if (!data || typeof data !== 'object') return
  const record = data as Record<string, unknown>
  for (const field of fields) {
    const value = record[field.name]
    if (value === undefined || value === null) continue
    switch (field.type) {
      case 'upload':
      case 'relationship':
        if (!isMediaRelation(field.relationTo)) break
        for (const item of Array.isArray(value) ? value : [value]) {
          // A polymorphic relation is `{ relationTo, value }`.
          const target = item && typeof item === 'object' && 'relationTo' in item ? (item as { relationTo: unknown; value: unknown }) : null
          if (target && target.relationTo !== collectionSlugs.media) continue
          const id = idOf(target ? target.value : item)
          if (id !== null) found.add(String(id))
        }
        break
      case 'richText':
        richTextMedia(value, found)
        break
      case 'group':
      case 'tab':
        walk(field.flattenedFields, value, found)
        break
      case 'array':
        if (Array.isArray(value)) for (const row of value) walk(field.flattenedFields, row, found)
        break
      case 'blocks':
        if (!Array.isArray(value)) break
        for (const row of value) {
          const block = field.blocks.find((candidate) => typeof candidate === 'object' && candidate.slug === (row as { blockType?: unknown })?.blockType)
          if (block && typeof block === 'object') walk(block.flattenedFields, row, found)
        }
        break
      default:
        break
    }
  }
}

/** The ids (as strings) of every media document a document of these fields refers to. */
export const mediaOf = (fields: FlattenedField[], doc: unknown): string[] => {
  const found = new Set<string>()
  walk(fields, doc, found)
  return [...found]
}
