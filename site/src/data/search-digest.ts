import { createHash } from 'node:crypto'

const VOID_ELEMENTS = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr'])
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g
const BODY = /<[a-z]+[^>]*\sdata-pagefind-body[\s=>]/
const TITLE_META = /\sdata-pagefind-meta="title[[:]/

/**
 * What Pagefind reads of a page, as a page of its own: the `<html>` tag, the title element (where
 * the body names no title), and the `data-pagefind-body` element without the parts marked
 * `data-pagefind-ignore`. Where an ignored part holds metadata or filters (which Pagefind reads
 * even there) it is kept whole; otherwise only its images stay, still ignored (the first image of
 * a page, ignored or not, is its `image` / `image_alt`). Navigation, footers, related cards and the like are left out, so Pagefind parses
 * a third of the page and indexes exactly what it would have indexed of the whole (the same index
 * files, byte for byte). A page with `data-pagefind-*` attributes outside its body is given whole;
 * a page without a searchable body gives null.
 */
export const searchExtract = (html: string): string | null => {
  // Most list pages have no searchable body: a plain search says so before the pattern runs.
  const bodyStart = html.includes('data-pagefind-body') ? html.search(BODY) : -1
  if (bodyStart < 0) return null
  let out = ''
  let depth = 0
  let bodyDone = false
  let position = 0
  let ignoreFrom = -1
  let ignoreDepth = 0
  for (const match of html.matchAll(TAG)) {
    const [tag, closing, rawName, attributes] = match as unknown as [string, string, string, string]
    const start = match.index
    const end = start + tag.length
    if (depth === 0) {
      if (!bodyDone && start === bodyStart) {
        out += tag
        depth = 1
        position = end
      } else if (tag.includes('data-pagefind')) return html
      continue
    }
    if (ignoreFrom < 0) out += html.slice(position, start)
    position = end
    if (closing) {
      depth -= 1
      if (ignoreFrom >= 0 && depth === ignoreDepth) {
        const ignored = html.slice(ignoreFrom, end)
        out += /data-pagefind-(meta|filter|sort)/.test(ignored) ? ignored : `<div data-pagefind-ignore>${(ignored.match(/<img\s[^>]*>/g) ?? []).join('')}</div>`
        ignoreFrom = -1
      } else if (ignoreFrom < 0) out += tag
      if (depth === 0) bodyDone = true
      continue
    }
    const selfClosing = VOID_ELEMENTS.has(rawName.toLowerCase()) || attributes.trimEnd().endsWith('/')
    if (ignoreFrom < 0 && !selfClosing && /\sdata-pagefind-ignore(?=[\s=/]|$)/.test(attributes)) {
      ignoreFrom = start
      ignoreDepth = depth
    } else if (ignoreFrom < 0) out += tag
    if (!selfClosing) depth += 1
  }
  const htmlTag = /<html(?:[^>"']|"[^"]*"|'[^']*')*>/.exec(html)?.[0] ?? '<html>'
  // Pagefind reads the title element only for a page whose body names no title: otherwise it is
  // left out, so a term's own page, whose title element holds its name, is indexed without it.
  const title = TITLE_META.test(out) ? '' : (/<title>[^<]*<\/title>/.exec(html)?.[0] ?? '')
  return `<!DOCTYPE html>${htmlTag}<head>${title}</head><body>${out}</body></html>`
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
