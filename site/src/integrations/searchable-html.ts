/**
 * What Pagefind is given of a page (./pagefind): the page's text in a form its tokenizer indexes
 * without a Chinese word segmenter.
 */
import { walkHtml } from '@fengcai/shared/html/walk'
import { toSearchText } from '@fengcai/shared/search-text'

/** Elements whose contents are code, not text. */
const CODE = new Set(['script', 'style'])

/**
 * A page as the index reads it: its Chinese as encoded character pairs (@fengcai/shared/search-text), tags,
 * attributes, comments, scripts and styles untouched. The served page is not changed; titles come from the
 * `data-title` attribute the templates put beside `data-pagefind-meta`.
 */
export const searchableHtml = (html: string): string => {
  let out = ''
  let position = 0
  let inCode = false
  walkHtml(html, {
    open: (tag) => {
      inCode = CODE.has(tag.name) && !tag.selfClosing
    },
    close: () => {
      inCode = false
    },
    text: (start, end) => {
      if (inCode) return
      out += html.slice(position, start) + toSearchText(html.slice(start, end))
      position = end
    },
  })
  return out + html.slice(position)
}
