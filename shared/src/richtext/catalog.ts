/**
 * Every node Lexical and Payload's features write into our rich text, with the type of each of
 * its attributes and the nodes it may hold: the one list. An editor's profile (its features:
 * heading sizes, list kinds, link and upload fields), derived from the editor's own configuration
 * in cms/src/editor/profile.ts, narrows it for saving; the site renders from it.
 */
import { boolean, documentRef, integer, isRecord, linkUrl, nodeId, nullable, oneOf, record, text } from './rules'
import type { Flaw, Rule } from './rules'

/** A field of a link or of an image in the text, as the editor's feature declares it. */
export type FieldRule =
  | { kind: 'text'; maxLength: number | null }
  | { kind: 'url' }
  | { kind: 'checkbox' }
  | { kind: 'option'; options: readonly string[] }
  | { kind: 'relationship'; relationTo: readonly string[] }

/** What one editor can write, derived from its features. */
export type RichTextProfile = {
  /** Node types: Lexical's own (root, paragraph, text, linebreak, tab) and those of the features. */
  nodes: readonly string[]
  headingTags: readonly string[]
  listTypes: readonly ('bullet' | 'number' | 'check')[]
  /** The align feature: paragraphs and headings may be centred, justified… */
  alignment: boolean
  /** The indent feature: blocks may be indented. */
  indent: boolean
  /** The link drawer's fields (url, linkType, doc, newTab…), without its text. */
  linkFields: Readonly<Record<string, FieldRule>>
  /** Collections an image in the text may come from, with the fields it carries (caption, credit). */
  uploads: Readonly<Record<string, Readonly<Record<string, FieldRule>>>>
}

export const RICH_TEXT_LIMITS = {
  /** Levels below the root: a list nested ten deep is about 24. */
  maxDepth: 32,
  maxNodes: 20_000,
  /** Characters of text in one field; a long feature story has 20,000. */
  maxTextLength: 200_000,
  maxIndent: 10,
} as const

export type NodeSpec = {
  /** Node types it may hold; null for a leaf, which has no `children`. */
  children: readonly string[] | null
  /** Attributes besides `type` and `children`. */
  attributes: Readonly<Record<string, Rule>>
  required: readonly string[]
  /** Rules across attributes (a numbered list is an `ol`; a link to a document names it). */
  consistent?: (node: Record<string, unknown>) => Flaw | null
}

/** Lexical's text formats: bold … capitalize (eleven bits). */
const TEXT_FORMATS = 2 ** 11 - 1
const ALIGNMENTS = ['', 'left', 'start', 'center', 'right', 'end', 'justify'] as const
const STYLE = text(1000)
const version = integer(0, 100)

const INLINE = ['text', 'linebreak', 'tab', 'link', 'autolink'] as const
const BLOCKS = ['paragraph', 'heading', 'quote', 'list', 'upload', 'horizontalrule'] as const
export type CatalogNodeType = 'root' | (typeof BLOCKS)[number] | 'listitem' | (typeof INLINE)[number]

/** Which nodes each node may hold (null: a leaf, without `children`), as Lexical nests them. */
export const NODE_CHILDREN: Readonly<Record<CatalogNodeType, readonly CatalogNodeType[] | null>> = {
  root: BLOCKS,
  paragraph: INLINE,
  heading: INLINE,
  // A pasted quote keeps its paragraphs.
  quote: [...INLINE, 'paragraph'],
  list: ['listitem'],
  // A nested list sits in an item of its own.
  listitem: [...INLINE, 'list'],
  link: ['text', 'linebreak', 'tab'],
  autolink: ['text', 'linebreak', 'tab'],
  upload: null,
  horizontalrule: null,
  linebreak: null,
  tab: null,
  text: null,
}

export const CATALOG_NODE_TYPES = Object.keys(NODE_CHILDREN) as CatalogNodeType[]

const fieldRule = (field: FieldRule): Rule => {
  switch (field.kind) {
    case 'text':
      return nullable(text(field.maxLength ?? 10_000))
    case 'url':
      return nullable(linkUrl)
    case 'checkbox':
      return nullable(boolean)
    case 'option':
      return oneOf(field.options)
    case 'relationship':
      return nullable(record({ relationTo: oneOf(field.relationTo), value: documentRef }, ['relationTo', 'value']))
  }
}

const fieldRules = (fields: Readonly<Record<string, FieldRule>>): Rule =>
  record(Object.fromEntries(Object.entries(fields).map(([name, field]) => [name, fieldRule(field)])))

const missing = (path: string): Flaw => ({ path, expected: '不能缺少' })

/** A link to a document names the document; any other link has an address. */
const linkTarget = (node: Record<string, unknown>): Flaw | null => {
  const fields = node.fields as Record<string, unknown>
  if (fields.linkType === 'internal') return fields.doc ? null : missing('fields.doc')
  return fields.url ? null : missing('fields.url')
}

/** The catalog's nodes that the profile's editor writes, with its narrowed attributes. */
export const nodeSpecs = (profile: RichTextProfile): ReadonlyMap<string, NodeSpec> => {
  const element: Record<string, Rule> = {
    version,
    direction: oneOf(['ltr', 'rtl', null]),
    format: oneOf(profile.alignment ? ALIGNMENTS : ['']),
    indent: integer(0, profile.indent ? RICH_TEXT_LIMITS.maxIndent : 0),
    textFormat: integer(0, TEXT_FORMATS),
    textStyle: STYLE,
  }
  const elementOf = (attributes: Record<string, Rule> = {}, required: string[] = [], consistent?: NodeSpec['consistent']): Omit<NodeSpec, 'children'> => ({
    attributes: { ...element, ...attributes },
    required: ['version', ...required],
    consistent,
  })
  const leaf = (attributes: Record<string, Rule>, required: string[] = [], consistent?: NodeSpec['consistent']): Omit<NodeSpec, 'children'> => ({
    attributes: { version, ...attributes },
    required: ['version', ...required],
    consistent,
  })
  const uploadFields = new Map(Object.entries(profile.uploads).map(([collection, fields]) => [collection, fieldRules(fields)]))
  const linkFields = fieldRules(profile.linkFields)
  const catalog: Record<CatalogNodeType, Omit<NodeSpec, 'children'>> = {
    root: elementOf(),
    paragraph: elementOf(),
    heading: elementOf({ tag: oneOf(profile.headingTags) }, ['tag']),
    quote: elementOf(),
    list: elementOf({ listType: oneOf(profile.listTypes), start: integer(0, 1_000_000), tag: oneOf(['ul', 'ol']) }, ['listType'], (node) =>
      node.tag === undefined || node.tag === (node.listType === 'number' ? 'ol' : 'ul') ? null : { path: 'tag', expected: '与列表类型不符' },
    ),
    // A list item's indent is how deep its list is nested.
    listitem: elementOf({
      indent: integer(0, RICH_TEXT_LIMITS.maxIndent),
      value: integer(0, 10_000_000),
      ...(profile.listTypes.includes('check') ? { checked: boolean } : {}),
    }),
    link: elementOf({ fields: linkFields, id: nodeId }, ['fields'], linkTarget),
    autolink: elementOf({ fields: linkFields }, ['fields'], linkTarget),
    upload: leaf(
      {
        format: oneOf(profile.alignment ? ALIGNMENTS : ['']),
        id: nodeId,
        relationTo: oneOf([...uploadFields.keys()]),
        value: documentRef,
        // Checked against the fields of its collection, below.
        fields: nullable((value) => (isRecord(value) ? null : { path: '', expected: '应为一组属性' })),
        // An image still uploading when the draft is autosaved: the browser's own blob: address.
        pending: record(
          {
            formID: nodeId,
            src: (value) => (typeof value === 'string' && /^blob:\S{1,2000}$/.test(value) ? null : { path: '', expected: '应为上传中的图片' }),
          },
          ['formID', 'src'],
        ),
      },
      [],
      (node) => {
        if (node.pending !== undefined) return null
        if (node.relationTo === undefined) return missing('relationTo')
        if (node.value === undefined || node.value === null) return missing('value')
        if (node.fields === undefined || node.fields === null) return null
        const found = uploadFields.get(node.relationTo as string)?.(node.fields) ?? null
        return found && { path: `fields.${found.path}`.replace(/\.$/, ''), expected: found.expected }
      },
    ),
    horizontalrule: leaf({}),
    linebreak: leaf({}),
    tab: leaf({ text: oneOf(['\t']), detail: integer(0, 3), format: integer(0, TEXT_FORMATS), mode: oneOf(['normal']), style: STYLE }),
    text: leaf(
      {
        text: text(RICH_TEXT_LIMITS.maxTextLength),
        detail: integer(0, 3),
        format: integer(0, TEXT_FORMATS),
        mode: oneOf(['normal', 'token', 'segmented']),
        style: STYLE,
      },
      ['text'],
    ),
  }
  const enabled = new Set<string>(profile.nodes)
  return new Map(
    CATALOG_NODE_TYPES.filter((type) => enabled.has(type)).map((type) => {
      const children = NODE_CHILDREN[type]
      return [type, { ...catalog[type], children: children && children.filter((child) => enabled.has(child)) }]
    }),
  )
}
