/**
 * What a Lexical editor can write, read from its own resolved configuration (the nodes its
 * features register, its heading sizes, list kinds, link and upload fields), so the check on save
 * follows the editor when a feature is added or removed. It reads Payload's sanitized editor
 * config (`editorConfig.features.nodes`, `resolvedFeatureMap` and each feature's
 * `sanitizedServerFeatureProps`, @payloadcms/richtext-lexical 3.90, dist/index.js and
 * dist/features/typesServer.d.ts) and fails at start-up, in words, when that shape changes or a
 * feature writes a node shared/src/richtext/catalog.ts does not describe.
 */
import type { SanitizedServerEditorConfig } from '@payloadcms/richtext-lexical'
import type { Field } from 'payload'

import { CATALOG_NODE_TYPES } from '@fengcai/shared/richtext/catalog'
import type { FieldRule, RichTextProfile } from '@fengcai/shared/richtext/catalog'

/** Nodes Lexical registers itself in every editor; features list only their own. */
const LEXICAL_CORE_NODES = ['root', 'paragraph', 'text', 'linebreak', 'tab']

const LIST_FEATURES = { unorderedList: 'bullet', orderedList: 'number', checklist: 'check' } as const

class EditorShapeError extends Error {
  constructor(detail: string) {
    super(`Rich text check: ${detail}. Update cms/src/editor/profile.ts (and shared/src/richtext/catalog.ts) for this version of @payloadcms/richtext-lexical.`)
  }
}

type NodeEntry = SanitizedServerEditorConfig['features']['nodes'][number]['node']

const nodeType = (node: NodeEntry): string => {
  const klass = 'getType' in node ? node : (node.withKlass ?? node.replace)
  const type: unknown = klass?.getType?.()
  if (typeof type !== 'string') throw new EditorShapeError('a feature registers a node without a type')
  return type
}

/** A link's or an image's field as the check sees it; only the kinds Payload's link and upload drawers use. */
const fieldRule = (field: Field, owner: string): [string, FieldRule] => {
  if (!('name' in field)) throw new EditorShapeError(`${owner} has an unnamed field (${field.type})`)
  switch (field.type) {
    case 'text':
    case 'textarea':
      return [field.name, field.name === 'url' && owner === 'link' ? { kind: 'url' } : { kind: 'text', maxLength: field.maxLength ?? null }]
    case 'checkbox':
      return [field.name, { kind: 'checkbox' }]
    case 'radio':
    case 'select':
      return [field.name, { kind: 'option', options: field.options.map((option) => (typeof option === 'string' ? option : option.value)) }]
    case 'relationship':
      return [field.name, { kind: 'relationship', relationTo: ([] as string[]).concat(field.relationTo) }]
    default:
      throw new EditorShapeError(`${owner} field "${field.name}" is a ${field.type} field, which the check does not know`)
  }
}

const propsOf = (config: SanitizedServerEditorConfig, key: string): Record<string, unknown> | undefined => {
  const feature = config.resolvedFeatureMap.get(key)
  if (!feature) return undefined
  const props: unknown = feature.sanitizedServerFeatureProps
  if (props !== undefined && (typeof props !== 'object' || props === null)) throw new EditorShapeError(`the ${key} feature's props are not an object`)
  return (props ?? {}) as Record<string, unknown>
}

/** The profile of one sanitized Lexical editor. */
export const richTextProfile = (config: SanitizedServerEditorConfig): RichTextProfile => {
  if (!(config?.resolvedFeatureMap instanceof Map) || !Array.isArray(config.features?.nodes)) {
    throw new EditorShapeError('the editor config has no resolvedFeatureMap or features.nodes')
  }
  const nodes = [...new Set([...LEXICAL_CORE_NODES, ...config.features.nodes.map(({ node }) => nodeType(node))])]
  const unknown = nodes.filter((type) => !(CATALOG_NODE_TYPES as string[]).includes(type))
  if (unknown.length) throw new EditorShapeError(`the editor writes nodes the catalog does not describe (${unknown.join(', ')})`)

  const heading = propsOf(config, 'heading')
  const sizes = heading?.enabledHeadingSizes ?? ['h1', 'h2', 'h3', 'h4', 'h5', 'h6']
  if (heading && !(Array.isArray(sizes) && sizes.every((size) => typeof size === 'string')))
    throw new EditorShapeError('the heading feature has no enabledHeadingSizes list')

  const link = propsOf(config, 'link')
  if (link && !Array.isArray(link.fields)) throw new EditorShapeError('the link feature has no fields')
  const linkFields = ((link?.fields ?? []) as Field[]).filter((field) => !('name' in field) || field.name !== 'text').map((field) => fieldRule(field, 'link'))

  const upload = propsOf(config, 'upload')
  if (upload && !Array.isArray(upload.enabledCollectionSlugs)) throw new EditorShapeError('the upload feature has no enabledCollectionSlugs')
  const uploadCollections = (upload?.collections ?? {}) as Record<string, { fields?: Field[] } | undefined>
  const uploads = Object.fromEntries(
    ((upload?.enabledCollectionSlugs ?? []) as string[]).map((slug) => [
      slug,
      Object.fromEntries((uploadCollections[slug]?.fields ?? []).map((field) => fieldRule(field, `upload (${slug})`))),
    ]),
  )

  return {
    nodes,
    headingTags: heading ? (sizes as string[]) : [],
    listTypes: Object.entries(LIST_FEATURES)
      .filter(([key]) => config.resolvedFeatureMap.has(key))
      .map(([, listType]) => listType),
    alignment: config.resolvedFeatureMap.has('align'),
    indent: config.resolvedFeatureMap.has('indent'),
    linkFields: Object.fromEntries(linkFields),
    uploads,
  }
}
