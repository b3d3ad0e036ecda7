import { createHash } from 'node:crypto'

import { walkHtml } from '@fengcai/shared/html/walk'
import type { StartTag } from '@fengcai/shared/html/walk'

const VOID_ELEMENTS = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr'])
/** The attributes that tell Pagefind what to read; the only ones this reads. */
const PAGEFIND_ATTRIBUTE = /^data-pagefind/
/** Read by Pagefind even inside an ignored part. */
const READ_WHEN_IGNORED = /^data-pagefind-(?:meta|filter|sort)/
/** A body that names the page's title (`data-pagefind-meta="title:…"`, or `title[…]` from an attribute). */
const TITLE_META = /^title[[:]/

const has = (tag: StartTag, name: string): boolean => tag.attributes.some(([attribute]) => attribute === name)

/**
 * What Pagefind reads of a page, as a page of its own: the `<html>` tag, the title element (where
 * the body names no title), and the `data-pagefind-body` element without the parts marked
 * `data-pagefind-ignore`. Where an ignored part holds metadata or filters (which Pagefind reads
 * even there) it is kept whole; otherwise only its images stay, still ignored (the first image of
 * a page, ignored or not, is its `image` / `image_alt`). Navigation, footers, related cards and the like are left out, so Pagefind parses
 * a third of the page and indexes exactly what it would have indexed of the whole (the same index
 * files, byte for byte). A page with `data-pagefind-*` attributes outside its body is given whole;
 * a page without a searchable body gives null. Read with the one HTML walker, once; the extract
 * is cut from the page as it is, byte for byte.
 */
export const searchExtract = (html: string): string | null => {
  // Most list pages have no searchable body: a plain search says so before the page is read.
  if (!html.includes('data-pagefind-body')) return null
  let out = ''
  // Elements open in the body (0: outside it); the body is read once, from its first start tag.
  let depth = 0
  let body: 'before' | 'open' | 'done' = 'before'
  let position = 0
  let whole = false
  let namesTitle = false
  let htmlTag = '<html>'
  const title = { start: -1, element: '' }
  let ignored: { from: number; depth: number; read: boolean; images: string[] } | null = null
  walkHtml(
    html,
    {
      open(tag) {
        const markup = html.slice(tag.start, tag.end)
        if (tag.name === 'html' && htmlTag === '<html>') htmlTag = markup
        if (tag.name === 'title' && title.start < 0) title.start = tag.start
        if (depth === 0) {
          if (body === 'before' && has(tag, 'data-pagefind-body')) {
            out += markup
            depth = 1
            body = 'open'
            position = tag.end
          } else if (tag.attributes.length) whole = true
          return
        }
        if (!ignored) out += html.slice(position, tag.start)
        position = tag.end
        const selfClosing = VOID_ELEMENTS.has(tag.name) || tag.selfClosing
        if (!ignored && !selfClosing && has(tag, 'data-pagefind-ignore')) ignored = { from: tag.start, depth, read: false, images: [] }
        else if (!ignored) out += markup
        if (ignored) {
          ignored.read ||= tag.attributes.some(([name]) => READ_WHEN_IGNORED.test(name))
          if (tag.name === 'img') ignored.images.push(markup)
        }
        // Inside an ignored part too: such a part holds metadata, so it is kept whole.
        namesTitle ||= tag.attributes.some(([name, value]) => name === 'data-pagefind-meta' && TITLE_META.test(value))
        if (!selfClosing) depth += 1
      },
      close(name, start, end) {
        if (name === 'title' && title.start >= 0 && !title.element) title.element = html.slice(title.start, end)
        if (depth === 0) return
        if (!ignored) out += html.slice(position, start)
        position = end
        depth -= 1
        if (ignored && depth === ignored.depth) {
          out += ignored.read ? html.slice(ignored.from, end) : `<div data-pagefind-ignore>${ignored.images.join('')}</div>`
          ignored = null
        } else if (!ignored) out += html.slice(start, end)
        if (depth === 0) body = 'done'
      },
    },
    { attribute: (name) => PAGEFIND_ATTRIBUTE.test(name) },
  )
  if (whole) return html
  // Pagefind reads the title element only for a page whose body names no title: otherwise it is
  // left out, so a term's own page, whose title element holds its name, is indexed without it.
  return `<!DOCTYPE html>${htmlTag}<head>${namesTitle ? '' : title.element}</head><body>${out}</body></html>`
}

/**
 * The digest of what Pagefind reads of a page (searchExtract), for deciding whether its shard
 * must be indexed again: changing what search ignores changes nothing.
 */
export const searchDigest = (html: string): string => extractDigest(searchExtract(html))

/** searchDigest of a page whose extract is at hand. */
export const extractDigest = (extract: string | null): string =>
  createHash('sha256')
    .update(extract ?? '')
    .digest('base64url')
