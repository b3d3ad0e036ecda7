/**
 * The one way our code reads HTML: htmlparser2's tokenizer, linear in the input, with each tag's
 * and text's place in the markup so a caller can copy the markup around them byte for byte.
 * Never regular expressions over markup (an input of 100,000 `<` took 18 s through the importer's
 * old tag-stripping expressions, each retrying from every `<`), and not htmlparser2's Parser: it
 * keeps open elements with `unshift`, quadratic in the nesting (32,000 nested `<div>` took
 * seconds). No tree is built; callers that need nesting count it themselves.
 *
 * Text and attribute values are given raw: a caller that wants their characters decodes them
 * with `entities` (decodeHTML, decodeHTMLAttribute), a caller that copies markup keeps them as
 * they are.
 */
import { Tokenizer } from 'htmlparser2'
import type { TokenizerCallbacks } from 'htmlparser2'

export type StartTag = {
  /** In lower case. */
  name: string
  /** The place of its `<`. */
  start: number
  /** Just past its `>`. */
  end: number
  /** Written `<br/>`: whether the element is void is the caller's to know. */
  selfClosing: boolean
  /** The attributes asked for (HtmlWalkOptions.attribute), in order, their values raw. */
  attributes: [name: string, value: string][]
}

export type HtmlHandlers = {
  open?: (tag: StartTag) => void
  /** An end tag, its name in lower case, from its `<` to just past its `>`. */
  close?: (name: string, start: number, end: number) => void
  /**
   * A run of text between markup, raw (`html.slice(start, end)`). The contents of script, style,
   * title, textarea and xmp elements are text too; comments, declarations and CDATA are not.
   */
  text?: (start: number, end: number) => void
}

export type HtmlWalkOptions = {
  /** Which attributes (by lower-case name) the open handler is given; none unless asked. */
  attribute?: (name: string) => boolean
  /** How much of an attribute's value is kept: a caller that only tests a class or a file name need not copy a long one. */
  valueLength?: number
}

/** Walks the markup once, calling the handlers in document order. An unfinished tag at the very end is not reported. */
export const walkHtml = (html: string, handlers: HtmlHandlers, { attribute: wanted, valueLength = Infinity }: HtmlWalkOptions = {}): void => {
  const ignore = (): void => undefined
  let tag: StartTag | null = null
  const attribute = { name: '', value: '', keep: false }
  // Adjacent runs (split at a `<` that starts no tag) are given as one.
  let text = { start: 0, end: 0 }
  const flushText = (): void => {
    if (text.end > text.start) handlers.text?.(text.start, text.end)
    text = { start: 0, end: 0 }
  }
  const endTag = (index: number, selfClosing: boolean): void => {
    if (!tag) return
    tag.end = index + 1
    tag.selfClosing = selfClosing
    handlers.open?.(tag)
    tag = null
  }
  const callbacks: TokenizerCallbacks = {
    onopentagname: (start, end) => {
      flushText()
      tag = { name: html.slice(start, end).toLowerCase(), start: start - 1, end, selfClosing: false, attributes: [] }
    },
    onattribname: (start, end) => {
      attribute.name = wanted ? html.slice(start, end).toLowerCase() : ''
      attribute.keep = wanted?.(attribute.name) ?? false
      attribute.value = ''
    },
    onattribdata: (start, end) => {
      if (attribute.keep && attribute.value.length < valueLength)
        attribute.value += html.slice(start, Math.min(end, start + valueLength - attribute.value.length))
    },
    onattribend: () => {
      if (attribute.keep) tag?.attributes.push([attribute.name, attribute.value])
    },
    onopentagend: (index) => endTag(index, false),
    onselfclosingtag: (index) => endTag(index, true),
    onclosetag: (start, end) => {
      flushText()
      // The tokenizer passes over anything between the name and the `>` (`</div foo>`) without a word.
      const close = html.indexOf('>', end)
      handlers.close?.(html.slice(start, end).toLowerCase(), start - 2, close < 0 ? html.length : close + 1)
    },
    ontext: (start, end) => {
      if (start !== text.end) flushText()
      if (text.end === text.start) text.start = start
      text.end = end
    },
    oncdata: flushText,
    oncomment: flushText,
    ondeclaration: flushText,
    onprocessinginstruction: flushText,
    onend: flushText,
    onattribentity: ignore,
    ontextentity: ignore,
  }
  const tokenizer = new Tokenizer({ decodeEntities: false }, callbacks)
  tokenizer.write(html)
  tokenizer.end()
}
