/**
 * Every rich-text field of every collection and global, found in the running config however deep
 * (rows, tabs, groups, arrays, blocks), with its editor profile, and a read of every stored value
 * through the save check. Found, not listed: a rich-text field added later is read too.
 */
import type { LexicalRichTextAdapter } from '@payloadcms/richtext-lexical'
import type { Field, Payload } from 'payload'
import { expect } from 'vitest'

import { findRichTextProblem } from '@fengcai/shared/richtext/check'
import type { RichTextProfile } from '@fengcai/shared/richtext/catalog'

type Data = Record<string, unknown>
/** A rich-text field as the config has it (its editor carries the save check's hook). */
export type RichTextField = { name: string; type: 'richText'; label?: unknown; editor: LexicalRichTextAdapter }
/** A rich-text field: its path for messages, the field, and how to read its values out of a document. */
type RichTextPlace = { where: string; field: RichTextField; valuesIn: (data: Data) => unknown[] }

const asData = (value: unknown): Data | null => (value && typeof value === 'object' && !Array.isArray(value) ? (value as Data) : null)
const itemsOf = (value: unknown): Data[] => (Array.isArray(value) ? value.map(asData).filter((item): item is Data => item !== null) : [])

/** The rich-text fields among `fields`, each with a reader of its values from the data those fields are in. */
export const richTextPlaces = (fields: Field[], where: string): RichTextPlace[] =>
  fields.flatMap((field): RichTextPlace[] => {
    const name = 'name' in field ? field.name : null
    const inner = (nested: Field[], read: (data: Data) => Data[], label: string) =>
      richTextPlaces(nested, label).map((place) => ({ ...place, valuesIn: (data: Data) => read(data).flatMap(place.valuesIn) }))
    if (field.type === 'richText' && name) return [{ where: `${where}.${name}`, field: field as unknown as RichTextField, valuesIn: (data) => [data[name]] }]
    if (field.type === 'tabs')
      return field.tabs.flatMap((tab) =>
        'name' in tab && tab.name
          ? inner(tab.fields, (data) => [asData(data[tab.name as string])].filter((item): item is Data => item !== null), `${where}.${tab.name}`)
          : inner(tab.fields, (data) => [data], where),
      )
    if (field.type === 'array' && name) return inner(field.fields, (data) => itemsOf(data[name]), `${where}.${name}[]`)
    if (field.type === 'blocks' && name)
      return (field.blocks ?? []).flatMap((block) =>
        typeof block === 'string'
          ? []
          : inner(block.fields, (data) => itemsOf(data[name]).filter((item) => item.blockType === block.slug), `${where}.${name}[${block.slug}]`),
      )
    if ('fields' in field && Array.isArray(field.fields))
      return name
        ? inner(field.fields, (data) => [asData(data[name])].filter((item): item is Data => item !== null), `${where}.${name}`)
        : inner(field.fields, (data) => [data], where)
    return []
  })

/** Every collection's and global's rich-text fields, by the collection's or global's slug. */
export const richTextFieldsOf = (payload: Payload): { slug: string; global: boolean; places: RichTextPlace[] }[] =>
  [
    ...payload.config.collections.map((entity) => ({ slug: entity.slug, global: false, fields: entity.fields })),
    ...payload.config.globals.map((entity) => ({ slug: entity.slug, global: true, fields: entity.fields })),
  ]
    .map(({ slug, global, fields }) => ({ slug, global, places: richTextPlaces(fields, slug) }))
    .filter(({ places }) => places.length > 0)

/**
 * Reads every stored value of every rich-text field (drafts too), expects each to pass the check with
 * its field's profile, and counts, per collection or global, the documents with a value checked.
 */
export const expectStoredBodiesPass = async (payload: Payload): Promise<Record<string, number>> => {
  const { richTextProfile } = await import('@/editor/profile')
  const checked: Record<string, number> = {}
  for (const { slug, global, places } of richTextFieldsOf(payload)) {
    const profiled = places.map((place) => ({ ...place, profile: richTextProfile(place.field.editor.editorConfig) as RichTextProfile }))
    const docs: Data[] = global
      ? [(await payload.findGlobal({ slug: slug as never, draft: true, depth: 0, overrideAccess: true })) as unknown as Data]
      : ((await payload.find({ collection: slug as never, draft: true, limit: 0, pagination: false, depth: 0, overrideAccess: true }))
          .docs as unknown as Data[])
    for (const doc of docs) {
      let any = false
      for (const place of profiled)
        for (const value of place.valuesIn(doc)) {
          expect(findRichTextProblem(value, place.profile), `${place.where} ${String(doc.id ?? '')}`).toBeNull()
          if (value) any = true
        }
      if (any) checked[slug] = (checked[slug] ?? 0) + 1
    }
  }
  return checked
}
