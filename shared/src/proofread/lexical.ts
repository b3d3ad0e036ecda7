/**
 * A rich-text value (Lexical's JSON) as the proofreader reads it: one block of plain text per
 * paragraph, heading, list item and quote, in reading order, with the images and links in it.
 * Each block names where it is in the tree (`node`: the child indexes from the root), so a
 * finding's offset within a block can be shown in place by the editor.
 *
 * A block's text is that of its inline children only, as Lexical's `getTextContent()` gives it
 * for a block without nested blocks: text as written, a line break as "\n", a tab as "\t", a
 * link's text in its place. A block nested in another (a list inside a list item, a paragraph
 * inside a quote) is a block of its own and is left out of its parent's text.
 */
import { RICH_TEXT_LIMITS } from '../richtext/catalog'
import { isRecord } from '../richtext/rules'

/** Elements whose inline content is a block of text. */
const TEXT_BLOCKS = new Set(['paragraph', 'heading', 'quote', 'listitem'])
/** Elements that sit inside a block's text and hold text of their own. */
const INLINE_ELEMENTS = new Set(['link', 'autolink'])

export type RichTextBlock = {
  /** Its number among the field's blocks and images, in reading order, from 0. */
  index: number
  /** Child indexes from the root to the block: [2] is the root's third child, [2, 0] the first item of that list. */
  node: number[]
  type: string
  text: string
}

export type RichTextImage = {
  index: number
  node: number[]
  relationTo: string | null
  /** The media document's id (depth 0) or the id of the document populated in its place. */
  mediaId: number | string | null
  caption: string
  credit: string
}

export type RichTextLink = {
  /** The block the link's text stands in, and where in that block's text. */
  block: number
  node: number[]
  offset: number
  length: number
  text: string
  /** An address the editor typed (http(s), mailto, tel, a path on the site), or null. */
  url: string | null
  /** The document an internal link names. */
  doc: { relationTo: string; id: number | string } | null
}

export type RichTextParts = { blocks: RichTextBlock[]; images: RichTextImage[]; links: RichTextLink[] }

type Node = Record<string, unknown>

const childrenOf = (node: Node): Node[] => (Array.isArray(node.children) ? node.children.filter(isRecord) : [])
const stringOr = (value: unknown): string => (typeof value === 'string' ? value : '')
const idOf = (value: unknown): number | string | null => {
  const id = isRecord(value) ? value.id : value
  return typeof id === 'number' || typeof id === 'string' ? id : null
}

const isInline = (node: Node): boolean =>
  typeof node.text === 'string' || node.type === 'linebreak' || node.type === 'tab' || INLINE_ELEMENTS.has(stringOr(node.type))

const linkTarget = (node: Node): Pick<RichTextLink, 'url' | 'doc'> => {
  const fields = isRecord(node.fields) ? node.fields : {}
  const doc = isRecord(fields.doc) ? fields.doc : null
  const id = doc ? idOf(doc.value) : null
  if (fields.linkType === 'internal' && doc && typeof doc.relationTo === 'string' && id !== null) return { url: null, doc: { relationTo: doc.relationTo, id } }
  return { url: stringOr(fields.url) || null, doc: null }
}

/** The blocks, images and links of a rich-text value; an empty or malformed value has none. */
export const richTextParts = (value: unknown): RichTextParts => {
  const parts: RichTextParts = { blocks: [], images: [], links: [] }
  const root = isRecord(value) && isRecord(value.root) ? value.root : null
  if (!root) return parts
  let count = 0

  /** The text of a block's inline children, recording the links in it. */
  const inlineText = (children: Node[], block: number, path: number[]): string => {
    let text = ''
    const read = (nodes: Node[], depth: number): void => {
      if (depth > RICH_TEXT_LIMITS.maxDepth) return
      for (const child of nodes) {
        if (child.type === 'linebreak') text += '\n'
        else if (child.type === 'tab') text += '\t'
        else if (typeof child.text === 'string') text += child.text
        else if (INLINE_ELEMENTS.has(stringOr(child.type))) {
          const offset = text.length
          read(childrenOf(child), depth + 1)
          parts.links.push({ block, node: path, offset, length: text.length - offset, text: text.slice(offset), ...linkTarget(child) })
        }
      }
    }
    read(children, 0)
    return text
  }

  const visit = (node: Node, path: number[]): void => {
    if (path.length > RICH_TEXT_LIMITS.maxDepth) return
    const type = stringOr(node.type)
    if (type === 'upload') {
      const fields = isRecord(node.fields) ? node.fields : {}
      parts.images.push({
        index: count++,
        node: path,
        relationTo: typeof node.relationTo === 'string' ? node.relationTo : null,
        mediaId: idOf(node.value),
        caption: stringOr(fields.caption),
        credit: stringOr(fields.credit),
      })
      return
    }
    const children = childrenOf(node)
    const inline = children.filter(isInline)
    // A quote of pasted paragraphs, or a list item holding only a nested list, is no block itself.
    if (TEXT_BLOCKS.has(type) && (inline.length > 0 || children.length === 0)) {
      const index = count++
      parts.blocks.push({ index, node: path, type, text: inlineText(inline, index, path) })
    }
    children.forEach((child, position) => {
      if (!isInline(child)) visit(child, [...path, position])
    })
  }

  childrenOf(root).forEach((child, position) => visit(child, [position]))
  return parts
}
