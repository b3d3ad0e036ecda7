/**
 * Shows a proofreading finding in place in the edit form: scrolls to it, selects its text (in the
 * rich-text editor through the DOM selection, which Lexical adopts as its own; in an input with
 * setSelectionRange) and marks it with the CSS Custom Highlight API, which paints a range without
 * touching the editor's DOM (Lexical owns that DOM and would undo any mark put into it).
 *
 * `where` (shared/src/proofread/document.ts) names the field by its form path and, in rich text,
 * the block by its child indexes from the editor's root; Lexical renders each node as one element
 * in that order (a list item as the list's `li`, a nested list inside its item). Offsets count
 * UTF-16 units in the block's text: its text nodes in order, a line break's `<br>` as "\n". The
 * text there is checked against the finding's before anything is marked; where the form changed
 * since the check, the finding's text is looked for in the block, then in every block.
 */
import type { FindingWhere } from '@fengcai/shared/proofread'

export const PROOFREAD_HIGHLIGHT = 'fengcai-proofread'

/** How far it got: the text itself, only the field or block (an image, a changed text), or nothing on the page. */
export type Shown = 'text' | 'field' | 'none'

type Piece = { node: Text; start: number }

/** Elements that are blocks of their own inside a block (a nested list), left out of its text. */
const NESTED_BLOCKS = new Set(['UL', 'OL', 'P', 'BLOCKQUOTE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'DIV', 'TABLE'])

const fieldElement = (field: string): HTMLElement | null => {
  const id = `field-${field.replace(/\./g, '__')}`
  return (
    document.querySelector<HTMLElement>(`[data-field-path="${CSS.escape(field)}"]`) ??
    document.getElementById(id) ??
    document.querySelector<HTMLElement>(`.${CSS.escape(id)}`)
  )
}

/** A block's text as the proofreader read it, and the text nodes it is made of. */
const blockText = (block: Element): { text: string; pieces: Piece[] } => {
  const pieces: Piece[] = []
  let text = ''
  const read = (element: Element): void => {
    for (const child of element.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) {
        pieces.push({ node: child as Text, start: text.length })
        text += (child as Text).data
      } else if (child instanceof HTMLElement) {
        // Lexical closes an empty block, or one ending in a line break, with a `<br>` of its own.
        if (child.tagName === 'BR') text += child.nextSibling ? '\n' : ''
        else if (!NESTED_BLOCKS.has(child.tagName) && child.contentEditable !== 'false') read(child)
      }
    }
  }
  read(block)
  return { text, pieces }
}

const rangeIn = (pieces: Piece[], from: number, to: number): Range | null => {
  const at = (offset: number, end: boolean): { node: Text; offset: number } | null => {
    const piece = pieces.find(({ node, start }) => offset >= start && (end ? offset <= start + node.data.length : offset < start + node.data.length))
    return piece ? { node: piece.node, offset: offset - piece.start } : null
  }
  const start = at(from, false)
  const end = at(to, true)
  if (!start || !end) return null
  const range = document.createRange()
  range.setStart(start.node, start.offset)
  range.setEnd(end.node, end.offset)
  return range
}

/** Where the finding's text is: at its offset if it is still there, else its nearest occurrence; -1 if gone. */
const locate = (text: string, wanted: string, offset: number): number => {
  if (text.slice(offset, offset + wanted.length) === wanted) return offset
  let best = -1
  for (let at = text.indexOf(wanted); at !== -1; at = text.indexOf(wanted, at + 1)) {
    if (best === -1 || Math.abs(at - offset) < Math.abs(best - offset)) best = at
  }
  return best
}

export const clearFindingHighlight = (): void => {
  if (typeof CSS !== 'undefined' && 'highlights' in CSS) CSS.highlights.delete(PROOFREAD_HIGHLIGHT)
}

const mark = (range: Range): void => {
  if (typeof Highlight !== 'undefined' && 'highlights' in CSS) CSS.highlights.set(PROOFREAD_HIGHLIGHT, new Highlight(range))
}

/** Scrolls to an element and outlines it for two seconds (styled by the panel: `[data-proofread-flash]`). */
const flash = (element: Element): Shown => {
  element.scrollIntoView({ block: 'center', behavior: 'smooth' })
  element.setAttribute('data-proofread-flash', '')
  setTimeout(() => element.removeAttribute('data-proofread-flash'), 2_000)
  return 'field'
}

const showInRichText = (field: HTMLElement, editor: HTMLElement, where: FindingWhere, wanted: string): Shown => {
  let block: Element | undefined = editor
  for (const index of where.node ?? []) block = block?.children[index]
  if (!block) return flash(field)
  if (where.part || !wanted) return flash(block)
  const candidates = [block, ...editor.querySelectorAll('p, h1, h2, h3, h4, h5, h6, li, blockquote')]
  for (const candidate of candidates) {
    const { text, pieces } = blockText(candidate)
    const at = locate(text, wanted, candidate === block ? where.offset : 0)
    const range = at === -1 ? null : rangeIn(pieces, at, at + wanted.length)
    if (!range) continue
    candidate.scrollIntoView({ block: 'center', behavior: 'smooth' })
    editor.focus({ preventScroll: true })
    const selection = window.getSelection()
    selection?.removeAllRanges()
    selection?.addRange(range.cloneRange())
    mark(range)
    return 'text'
  }
  return flash(block)
}

/** Scrolls to the finding in the form and marks it. */
export const showFinding = (where: FindingWhere, wanted: string): Shown => {
  clearFindingHighlight()
  const field = fieldElement(where.field)
  if (!field) return 'none'
  const editor = field.querySelector<HTMLElement>('[data-lexical-editor="true"]')
  if (editor) return showInRichText(field, editor, where, wanted)
  const input = field.matches('input, textarea') ? field : field.querySelector('input, textarea')
  if (!(input instanceof HTMLInputElement || input instanceof HTMLTextAreaElement) || !wanted) return flash(field)
  input.scrollIntoView({ block: 'center', behavior: 'smooth' })
  input.focus({ preventScroll: true })
  const at = locate(input.value, wanted, where.offset)
  if (at === -1) return 'field'
  input.setSelectionRange(at, at + wanted.length)
  return 'text'
}
