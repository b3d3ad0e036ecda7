/**
 * Rich text kept as the HTML it renders to, where that HTML reads nothing but the text itself: no
 * picture (an upload node, whose image comes from the media) and no link to a document of the site
 * (whose address comes from that document). Such a field's Lexical tree is needed once, when it
 * arrives; afterwards the site worker would only keep it between publishes. At 30,000 stories the
 * stories' trees were ~100 MB of its heap (13 node objects, their arrays and text for a story of six
 * paragraphs), while the HTML, which a story's view model keeps anyway (../data/stories, `bodyHtml`),
 * holds the same text once. A field that reads other documents keeps its tree, rendered again with
 * them (./context, populateRichText) whenever a story is worked out again.
 */
import { RICH_TEXT_LIMITS } from '@fengcai/shared/richtext/catalog'
import { isRecord } from '@fengcai/shared/richtext/rules'

import type { RawDoc } from './raw'
import { richTextToHtml } from './richtext'

/**
 * Told by a registered symbol, not by `instanceof`: the snapshot is made by one copy of this module
 * (the site worker's, or the build's integration) and read by another (the one bundled into the
 * compiled pages), whose class is another class.
 */
const RENDERED = Symbol.for('fengcai.renderedText')

/** A rich-text field kept as its HTML. Not for JSON: a snapshot holding it is the worker's own. */
export class RenderedText {
  declare readonly [RENDERED]: true
  constructor(readonly html: string) {}
}
Object.defineProperty(RenderedText.prototype, RENDERED, { value: true })

/** Whether a field's value is kept as its HTML, whichever copy of this module made it. */
export const isRenderedText = (value: unknown): value is RenderedText =>
  typeof value === 'object' && value !== null && (value as { [RENDERED]?: unknown })[RENDERED] === true

/**
 * Whether the HTML of a tree reads another document: an upload node, or a node linking to a
 * document (what ./context populates). A tree deeper than the renderer reads counts as reading one,
 * so it stays as it was rather than being walked until the stack runs out.
 */
const readsDocuments = (node: unknown, depth: number): boolean => {
  if (Array.isArray(node)) return node.some((child) => readsDocuments(child, depth))
  if (!isRecord(node)) return false
  if (depth > RICH_TEXT_LIMITS.maxDepth + 1) return true
  if (node.type === 'upload') return true
  if (isRecord(node.fields) && node.fields.doc !== undefined && node.fields.doc !== null) return true
  return readsDocuments(node.root, depth + 1) || readsDocuments(node.children, depth + 1)
}

/**
 * Replaces, in place, each of `fields` of the documents whose HTML reads no other document with
 * that HTML (RenderedText); the others keep their tree.
 */
export const renderSelfContained = <T extends RawDoc>(docs: readonly T[], fields: readonly string[]): T[] => {
  for (const doc of docs)
    for (const field of fields) {
      const value: unknown = doc[field]
      if (isRecord(value) && isRecord(value.root) && !readsDocuments(value, 0)) (doc as RawDoc)[field] = new RenderedText(richTextToHtml(value))
    }
  return docs as T[]
}

/** The HTML of a rich-text field: kept (RenderedText), or rendered from its tree with the documents it reads (`populate`). */
export const htmlOfRichText = (value: unknown, populate: (data: unknown) => unknown): string =>
  isRenderedText(value) ? value.html : richTextToHtml(populate(value))
