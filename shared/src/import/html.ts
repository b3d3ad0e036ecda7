/**
 * HTML of an old page (or of a Word file converted by mammoth) to lines of text, one block per
 * line, with the page's furniture set apart: what sits in nav, aside, header, footer, form,
 * script and style never reaches the article, and the editor is shown it as removed.
 */

const FURNITURE = ['script', 'style', 'noscript', 'template', 'nav', 'aside', 'header', 'footer', 'form', 'iframe', 'svg', 'button', 'select']
const BLOCKS = ['p', 'div', 'section', 'article', 'main', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'table', 'tr', 'td', 'th', 'blockquote', 'figure', 'figcaption', 'dd', 'dt', 'dl', 'pre', 'title', 'center']

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ldquo: '“', rdquo: '”', lsquo: '‘', rsquo: '’', mdash: '—', ndash: '–', hellip: '…', middot: '·', copy: '©', ensp: ' ', emsp: ' ', thinsp: ' ' }

export const decodeEntities = (text: string): string =>
  text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (match, code: string) => {
    if (code[0] === '#') {
      const value = code[1] === 'x' || code[1] === 'X' ? Number.parseInt(code.slice(2), 16) : Number.parseInt(code.slice(1), 10)
      return Number.isFinite(value) && value > 0 && value < 0x110000 ? String.fromCodePoint(value) : match
    }
    return ENTITIES[code.toLowerCase()] ?? match
  })

const stripTags = (html: string): string => decodeEntities(html.replace(/<[^>]*>/g, ' ')).replace(/[ \t\u00a0\u3000]+/g, ' ').trim()

export type HtmlText = {
  /** The page's own title (`<title>` or the first `<h1>`), when it has one. */
  title: string | null
  /** Block-level text, one block a line; headings marked with a leading `## `. */
  text: string
  /** What was set aside as page furniture, as short texts. */
  removed: string[]
}

export const looksLikeHtml = (input: string): boolean => /<(?:html|body|p|div|h[1-6]|br|article|span|table)\b[^>]*>/i.test(input)

/** The text of an HTML document or fragment, blocks on their own lines. */
export const htmlToText = (html: string): HtmlText => {
  const removed: string[] = []
  // Line breaks in HTML source are spaces; blocks and <br> make the lines.
  let body = html.replace(/<!--[\s\S]*?-->/g, '').replace(/<!doctype[^>]*>/gi, '').replace(/\s+/g, ' ')
  const pageTitle = /<title[^>]*>([\s\S]*?)<\/title>/i.exec(body)
  const firstH1 = /<h1[^>]*>([\s\S]*?)<\/h1>/i.exec(body)
  body = body.replace(/<head[\s\S]*?<\/head>/i, '')
  for (const tag of FURNITURE) {
    body = body.replace(new RegExp(`<${tag}\\b[^>]*>[\\s\\S]*?<\\/${tag}>`, 'gi'), (match) => {
      const text = stripTags(match)
      if (text && !['script', 'style', 'noscript', 'template', 'svg'].includes(tag)) removed.push(text.length > 80 ? `${text.slice(0, 80)}…` : text)
      return '\n'
    })
  }
  // Images keep their captions' place: alt texts are not article text.
  body = body.replace(/<img\b[^>]*>/gi, '\n')
  body = body.replace(/<br\s*\/?>/gi, '\n')
  body = body.replace(/<h([1-6])\b[^>]*>([\s\S]*?)<\/h\1>/gi, (_, level: string, inner: string) => (level === '1' ? `\n${stripTags(inner)}\n` : `\n## ${stripTags(inner)}\n`))
  for (const tag of BLOCKS) body = body.replace(new RegExp(`</?${tag}\\b[^>]*>`, 'gi'), '\n')
  body = body.replace(/<[^>]*>/g, '')
  const text = body
    .split('\n')
    .map((line) => stripTags(line))
    .filter(Boolean)
    .join('\n')
  const title = firstH1 ? stripTags(firstH1[1] ?? '') : pageTitle ? stripTags(pageTitle[1] ?? '').split(/\s*[-_|–—]\s*/)[0] ?? null : null
  return { title: title || null, text, removed }
}
