import { createHash } from 'node:crypto'

const VOID_ELEMENTS = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr'])
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g

/**
 * What Pagefind reads of a page, for deciding whether its shard must be indexed again: the title
 * element, the `data-pagefind-body` element without the parts marked `data-pagefind-ignore`, and
 * every tag anywhere that carries a `data-pagefind-*` attribute. Navigation, footers, related
 * cards and the like are left out, so changing them re-indexes nothing. Where an ignored part holds
 * metadata or filters (which Pagefind reads even there), it is kept whole: when in doubt, more; its
 * images count too (the first image of a page, ignored or not, is its `image` / `image_alt`).
 */
export const searchDigest = (html: string): string => {
  const hash = createHash('sha256')
  hash.update(/<title>[^<]*<\/title>/.exec(html)?.[0] ?? '')
  const bodyStart = html.search(/<[a-z]+[^>]*\sdata-pagefind-body[\s=>]/)
  let depth = 0
  let bodyDone = bodyStart < 0
  let position = 0
  let ignoreFrom = -1
  let ignoreDepth = 0
  for (const match of html.matchAll(TAG)) {
    const [tag, closing, rawName, attributes] = match as unknown as [string, string, string, string]
    const start = match.index
    const end = start + tag.length
    if (depth === 0) {
      if (!bodyDone && start === bodyStart) {
        hash.update(tag)
        depth = 1
        position = end
      } else if (tag.includes('data-pagefind')) hash.update(tag)
      continue
    }
    if (ignoreFrom < 0) hash.update(html.slice(position, start))
    position = end
    if (closing) {
      depth -= 1
      if (ignoreFrom >= 0 && depth === ignoreDepth) {
        const ignored = html.slice(ignoreFrom, end)
        if (/data-pagefind-(meta|filter|sort)/.test(ignored)) hash.update(ignored)
        else for (const image of ignored.match(/<img\s[^>]*>/g) ?? []) hash.update(image)
        ignoreFrom = -1
      } else if (ignoreFrom < 0) hash.update(tag)
      if (depth === 0) bodyDone = true
      continue
    }
    const selfClosing = VOID_ELEMENTS.has(rawName.toLowerCase()) || attributes.trimEnd().endsWith('/')
    if (ignoreFrom < 0 && !selfClosing && /\sdata-pagefind-ignore(?=[\s=/]|$)/.test(attributes)) {
      ignoreFrom = start
      ignoreDepth = depth
    } else if (ignoreFrom < 0) hash.update(tag)
    if (!selfClosing) depth += 1
  }
  return hash.digest('base64url')
}
