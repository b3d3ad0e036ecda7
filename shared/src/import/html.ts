/**
 * HTML of an old page (or of a Word file converted by mammoth) to lines of text, one block per
 * line, with the page's furniture set apart: what sits in nav, aside, header, footer, form,
 * script and style never reaches the article, and the editor is shown it as removed.
 *
 * Read with the one HTML walker (../html/walk), linear in the input; entities decoded by
 * `entities`. No tree is needed here: tags only start and end lines and furniture.
 */
import { decodeHTML, decodeHTMLAttribute } from 'entities'

import { walkHtml } from '../html/walk'

/** Set apart from the article; the first five are not even shown as removed. */
const FURNITURE = new Set(['script', 'style', 'noscript', 'template', 'nav', 'aside', 'header', 'footer', 'form', 'iframe', 'svg', 'button', 'select'])
const SILENT_FURNITURE = new Set(['script', 'style', 'noscript', 'template', 'svg'])
const BLOCKS = new Set([
  'p',
  'div',
  'section',
  'article',
  'main',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'li',
  'ul',
  'ol',
  'table',
  'tr',
  'td',
  'th',
  'blockquote',
  'figure',
  'figcaption',
  'dd',
  'dt',
  'dl',
  'pre',
  'title',
  'center',
  'br',
  'img',
  'hr',
])
const SUBHEADINGS = new Set(['h2', 'h3', 'h4', 'h5', 'h6'])
/** A block whose class names a photo's caption: caption, pic-desc, img_txt, photo-text, slide-caption. */
const CAPTION_CLASS = /caption|(?:pic|img|image|photo|figure|slide|gallery)[-_]?(?:desc|txt|text|note|info|intro|explain|word)/i
/** How much of an attribute's value is kept for the reader. */
const ATTRIBUTE_KEPT = 200
/** The attributes read: a block's class, an image's file and text. */
const READ_ATTRIBUTES = new Set(['class', 'src', 'alt'])
/** An image that is the page's, not the story's: logo, icon, banner, QR code, avatar, button. */
const PAGE_IMAGE = /logo|icon|banner|qr|ewm|erweima|avatar|btn|button|gongan|beian|ga\.png/i
/**
 * The line right after a photo is its caption when it reads as one: short, no sentence end, not a
 * heading or a numbered section (一、…, （二）…, 01 …), not a quoted sentence; never the page's
 * title under a banner.
 */
const captionShaped = (text: string): boolean =>
  text.length <= 60 &&
  /\p{Script=Han}/u.test(text) &&
  !/[。！？…：:；][”’」]?$/.test(text) &&
  !/^(?:## |[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）]|\d{1,2}\s*[.、．\s])/.test(text)
/** Marks a line that was a `<figcaption>`: a photo caption, kept apart from the body. */
export const CAPTION_PREFIX = '@@图注 '
/** Marks the line right after a photo that reads as its caption: a caption unless the importer finds it is furniture. */
export const PHOTO_LINE_MARK = '\u2063'
/** How much of one removed piece the editor is shown. */
const REMOVED_PREVIEW = 80

export type HtmlText = {
  /** The page's own title (`<title>` or the first `<h1>`), when it has one. */
  title: string | null
  /** The site's name after the title in `<title>` (标题 - 某区志愿服务网), when it has one. */
  siteName: string | null
  /** Block-level text, one block a line; headings marked with a leading `## `, captions with CAPTION_PREFIX. */
  text: string
  /** What was set aside as page furniture, as short texts. */
  removed: string[]
}

/** Spaces of every kind run together, as a browser shows them. */
const squeeze = (text: string): string => text.replace(/[\s\u00a0\u3000]+/g, ' ').trim()

/** True when the input has an HTML block or line tag (looked for in bounded steps, never backtracking far). */
export const looksLikeHtml = (input: string): boolean => /<(?:html|body|p|div|h[1-6]|br|article|span|table)\b[^<>]{0,300}>/i.test(input)

/** Only the attributes a reader asks about, and only their first characters (a class, a file's name). */
const WALK_OPTIONS = { attribute: (name: string) => READ_ATTRIBUTES.has(name), valueLength: ATTRIBUTE_KEPT }

/** The text of an HTML document or fragment, blocks on their own lines. */
export const htmlToText = (html: string): HtmlText => {
  // Where each kind of furniture is last closed: an opening tag with no closing one after it
  // (a sloppy page's stray <nav>) is not taken to hold the rest of the page.
  const lastClose = new Map<string, number>()
  walkHtml(html, { close: (name, at) => FURNITURE.has(name) && lastClose.set(name, at) })

  const lines: string[] = []
  const removed: string[] = []
  let line = ''
  let furniture: { tag: string; depth: number; text: string } | null = null
  let inHead = 0
  let inArticle = 0
  let capture: { tag: string; text: string } | null = null
  // Written from callbacks: an object, so the type checker does not narrow it to null.
  const found: { title: string | null; h1: string | null } = { title: null, h1: null }

  /** Keeps enough of a removed piece to show its beginning, however long it is. */
  const keepRemoved = (text: string): void => {
    if (furniture && furniture.text.length <= REMOVED_PREVIEW * 4) furniture.text += text
  }

  // Whether the last thing shown was a photo (an image of the story's, not the page's), and the element just opened.
  let afterPhoto = false
  let opened = ''
  const endLine = (): void => {
    const text = squeeze(line)
    if (text) {
      lines.push(afterPhoto && captionShaped(text) && text !== found.h1 && !/^h[1-6]$/.test(opened) ? `${PHOTO_LINE_MARK}${text}` : text)
      afterPhoto = false
    }
    line = ''
  }

  const open = (name: string, at: number): void => {
    if (furniture) {
      if (name === furniture.tag) furniture.depth += 1
      keepRemoved(' ')
      return
    }
    if (name === 'article') inArticle += 1
    // An <article>'s own <header> holds its title and meta line, its <footer> its credits: not the page's.
    const articlePart = inArticle > 0 && (name === 'header' || name === 'footer')
    if (FURNITURE.has(name) && !articlePart && (lastClose.get(name) ?? -1) > at) {
      furniture = { tag: name, depth: 1, text: '' }
      return
    }
    if (name === 'head') inHead += 1
    if ((name === 'title' && found.title === null) || (name === 'h1' && found.h1 === null)) capture = { tag: name, text: '' }
    if (inHead) return
    if (BLOCKS.has(name)) endLine()
    if (SUBHEADINGS.has(name)) line = '## '
    if (name === 'figcaption') line = CAPTION_PREFIX
    opened = name
    if (name === 'img') afterPhoto = true
  }
  const attribute = (name: string, value: string): void => {
    if (furniture || inHead) return
    if (opened === 'img' && PAGE_IMAGE.test(value)) afterPhoto = false
    if (name === 'class' && BLOCKS.has(opened) && !line.trim() && CAPTION_CLASS.test(value)) line = CAPTION_PREFIX
  }
  const addText = (text: string): void => {
    if (capture) capture.text += text
    if (furniture) keepRemoved(text)
    else if (!inHead) line += text
  }
  const close = (name: string): void => {
    if (furniture) {
      keepRemoved(' ')
      if (name !== furniture.tag || --furniture.depth > 0) return
      const text = squeeze(furniture.text)
      if (text && !SILENT_FURNITURE.has(furniture.tag)) removed.push(text.length > REMOVED_PREVIEW ? `${text.slice(0, REMOVED_PREVIEW)}…` : text)
      furniture = null
      return
    }
    if (capture?.tag === name) {
      const text = squeeze(capture.text)
      if (name === 'title') found.title = text
      else found.h1 = text
      capture = null
    }
    if (name === 'head') inHead = Math.max(0, inHead - 1)
    if (name === 'article') inArticle = Math.max(0, inArticle - 1)
    if (!inHead && BLOCKS.has(name)) endLine()
  }

  walkHtml(
    html,
    {
      open: (tag) => {
        open(tag.name, tag.start)
        for (const [name, value] of tag.attributes) attribute(name, decodeHTMLAttribute(value))
      },
      close,
      text: (start, end) => addText(decodeHTML(html.slice(start, end))),
    },
    WALK_OPTIONS,
  )
  endLine()

  // A page title usually ends in the site's name: "标题 - 某区志愿服务网".
  const titleParts = found.title === null ? [] : found.title.split(/\s*[-_|｜–—]\s*/)
  const title = found.h1 ?? titleParts[0] ?? null
  const siteName = titleParts.length >= 2 ? (titleParts[titleParts.length - 1] as string) : null
  return { title: title || null, siteName: siteName || null, text: lines.filter((text) => text !== '##' && text !== CAPTION_PREFIX.trim()).join('\n'), removed }
}
