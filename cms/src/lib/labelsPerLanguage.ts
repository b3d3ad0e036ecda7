import { getTranslation } from '@payloadcms/translations'
import type { CollectionConfig, Field, GlobalConfig, LabelFunction } from 'payload'

type Labels = { singular?: unknown; plural?: unknown }

/**
 * A label given per language ({ zh: '新闻稿', en: 'Stories' }) as Payload's label function, which
 * Payload calls with the request's i18n before a label reaches the admin. Payload 3.90 passes the
 * raw object into some sentences, where it reads "[object Object]": the dashboard card's 创建新的…
 * (payloadcms/payload#17069), a list column's sort buttons (ui SortColumn, from buildColumnState's
 * clientField.label) and the relationship drawer's 新建… (payloadcms/payload#17959). A function is
 * resolved on the server for every one of them. Can go once all three pass getTranslation(label).
 */
const perLanguage = (label: unknown): unknown => {
  if (!label || typeof label !== 'object' || !Object.values(label).every((text) => typeof text === 'string')) return label
  const texts = label as Record<string, string>
  const resolve: LabelFunction = ({ i18n }) => getTranslation(texts, i18n)
  textsOfLabel.set(resolve, texts)
  return resolve
}

/** The texts behind each label function made here, for our own words that name a field or a collection. */
const textsOfLabel = new WeakMap<LabelFunction, Record<string, string>>()

/**
 * A label's text in one language (our error messages and mails say 正文, 新闻稿), whichever form the
 * label has: a string, texts per language, or one of the functions made here. Null when it has none.
 */
export const labelIn = (label: unknown, language: string): string | null => {
  if (typeof label === 'string') return label
  const texts = typeof label === 'function' ? textsOfLabel.get(label as LabelFunction) : label
  const text = texts && typeof texts === 'object' ? (texts as Record<string, unknown>)[language] : undefined
  return typeof text === 'string' ? text : null
}

const labelsPerLanguage = (labels: Labels | undefined): Labels | undefined =>
  labels && { ...labels, singular: perLanguage(labels.singular), plural: perLanguage(labels.plural) }

const fieldsPerLanguage = (fields: Field[]): Field[] =>
  fields.map((field) => {
    const resolved: Record<string, unknown> = { ...field }
    if ('label' in field) resolved.label = perLanguage(field.label)
    if ('labels' in field) resolved.labels = labelsPerLanguage(field.labels as Labels | undefined)
    if ('fields' in field) resolved.fields = fieldsPerLanguage(field.fields)
    if (field.type === 'blocks')
      resolved.blocks = field.blocks.map((block) => ({ ...block, labels: labelsPerLanguage(block.labels), fields: fieldsPerLanguage(block.fields) }))
    return resolved as Field
  })

/** Every label of a collection and its fields given per language, as functions (see perLanguage). */
export const withCollectionLabelsPerLanguage = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  labels: labelsPerLanguage(collection.labels) as CollectionConfig['labels'],
  fields: fieldsPerLanguage(collection.fields),
})

/** A global's label and its fields' labels given per language, as functions (see perLanguage). */
export const withGlobalLabelsPerLanguage = (global: GlobalConfig): GlobalConfig => ({
  ...global,
  label: perLanguage(global.label) as GlobalConfig['label'],
  fields: fieldsPerLanguage(global.fields),
})
