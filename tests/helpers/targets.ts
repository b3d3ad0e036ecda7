/** Target sizes as a reader's finger meets them: WCAG 2.2 2.5.8 for content, 44 px for the page's frame. */
import type { Page } from 'playwright-core'

/** The page's frame: header, menu, breadcrumb, footer, pagination and month index. */
export const FRAME_TARGETS =
  '.site-header a, .site-header button, .site-header summary, .breadcrumb a, .site-footer a, .pagination a, .pagination [aria-current], .archive a'
/** Links in the content: everything in main outside the frame's parts. */
export const CONTENT_LINKS = 'main a:not(.pagination *, .archive *)'

/**
 * What falls short on the page as it is laid out now: a visible frame target less than 44 px in
 * either direction; a visible content link less than 24 × 24 px whose 24 px circle (centred on it)
 * meets another link or the circle of another small one (2.5.8's spacing exception). Each problem
 * names the element and its size.
 */
// Sent as text: a function passed to page.evaluate would carry the transpiler's name helpers
// (`__name`), which do not exist in the page.
const IN_PAGE = `({ frame, content }) => {
  const boxes = (selector) =>
    [...document.querySelectorAll(selector)]
      .map((element) => ({ element, box: element.getBoundingClientRect() }))
      .filter(({ element, box }) => box.width > 0 && box.height > 0 && getComputedStyle(element).visibility !== 'hidden')
  const name = ({ element, box }) => element.tagName.toLowerCase() + ' “' + (element.textContent || '').trim().slice(0, 24) + '” ' + Math.round(box.width) + '×' + Math.round(box.height)
  const problems = boxes(frame).filter(({ box }) => box.width < 44 || box.height < 44).map((target) => 'frame: ' + name(target))
  const links = boxes(content)
  const centre = (box) => ({ x: box.left + box.width / 2, y: box.top + box.height / 2 })
  const small = links.filter(({ box }) => box.width < 24 || box.height < 24)
  for (const target of small) {
    const c = centre(target.box)
    const crowded = links.some((other) => {
      if (other === target) return false
      if (small.includes(other)) {
        const o = centre(other.box)
        return Math.hypot(c.x - o.x, c.y - o.y) < 24
      }
      const dx = Math.max(other.box.left - c.x, 0, c.x - other.box.right)
      const dy = Math.max(other.box.top - c.y, 0, c.y - other.box.bottom)
      return Math.hypot(dx, dy) < 12
    })
    if (crowded) problems.push('content: ' + name(target))
  }
  return problems
}`

export const targetSizeProblems = (page: Page): Promise<string[]> =>
  page.evaluate(`(${IN_PAGE})(${JSON.stringify({ frame: FRAME_TARGETS, content: CONTENT_LINKS })})`) as Promise<string[]>
