/** Builds Lexical editor states (demo content, imported articles): the same JSON the admin editor saves. */
import { randomBytes } from 'node:crypto'

type Node = Record<string, unknown>

const text = (value: string): Node => ({
  type: 'text',
  version: 1,
  text: value,
  format: 0,
  style: '',
  mode: 'normal',
  detail: 0,
})

const element = (type: string, children: Node[], extra: Node = {}): Node => ({
  type,
  version: 1,
  format: '',
  indent: 0,
  direction: 'ltr',
  children,
  ...extra,
})

/** A paragraph of inline nodes: text as strings, links as `link` gives them. */
export const paragraphOf = (...children: (string | Node)[]): Node =>
  element(
    'paragraph',
    children.map((child) => (typeof child === 'string' ? text(child) : child)),
    { textFormat: 0, textStyle: '' },
  )

export const paragraph = (value: string): Node => paragraphOf(value)

/** A link on `label`: to an address (`{ linkType: 'custom', url }`) or a document (`{ linkType: 'internal', doc }`). */
export const link = (fields: Node, label: string): Node =>
  element('link', [text(label)], { id: randomBytes(12).toString('hex'), fields: { newTab: false, ...fields } })

export const heading = (value: string, tag: 'h2' | 'h3' = 'h2'): Node => element('heading', [text(value)], { tag })

export const quote = (value: string): Node => element('quote', [text(value)])

export const bulletList = (items: string[]): Node =>
  element(
    'list',
    items.map((item, index) => element('listitem', [text(item)], { value: index + 1 })),
    { listType: 'bullet', start: 1, tag: 'ul' },
  )

/** An inline image from the media library with its caption and photo credit. */
export const image = (mediaId: number, caption: string, credit: string): Node => ({
  type: 'upload',
  version: 3,
  format: '',
  id: randomBytes(12).toString('hex'),
  relationTo: 'media',
  value: mediaId,
  fields: { caption, credit },
})

export const richText = (children: Node[]) => ({
  root: { type: 'root', version: 1, format: '' as const, indent: 0, direction: 'ltr' as const, children },
})
