/** Runs of lines that are not the story: a site's menu, other pages' titles and teasers. */
import { isListedTitle, FURNITURE_LINE, HAN, charsAtMost, isParagraphShaped, short } from './lines'
import { ISSUE_ITEM, MENU_WORD, TRUNCATED } from './furniture'
import { isMeta } from './meta'
import { isDateOnly } from './dates'
import { HONOR_HEADING } from './honor-roll'

/** Runs of three or more title-like lines inside the body: another page's list of articles. */
export const dropTitleLists = (blocks: string[], removed: string[]): string[] => {
  const kept: string[] = []
  let run: string[] = []
  const flush = () => {
    if (run.length >= 3)
      removed.push(
        `其他文章的标题列表（${run.length} 条）：${run
          .slice(0, 3)
          .map((line) => short(line, 24))
          .join(' / ')}…`,
      )
    else kept.push(...run)
    run = []
  }
  for (const block of blocks) {
    const listItem = isListedTitle(block) && charsAtMost(block, 50)
    if (listItem) run.push(block)
    else {
      flush()
      kept.push(block)
    }
  }
  flush()
  return kept
}

/** A menu item: a short line of Chinese words, no punctuation, no digits. */
export const isMenuItem = (line: string): boolean =>
  charsAtMost(line, 8) && HAN.test(line) && !/[\d，。！？、：；,.!?:;“”"（）()《》]/.test(line) && !HONOR_HEADING.test(line)

/** A menu on one line: 首页 | 新闻中心 | 志愿服务. */
export const isMenuLine = (line: string): boolean => {
  if (!charsAtMost(line, 80)) return false
  const items = line.split(/[\s|｜/·•]+/).filter(Boolean)
  return items.length >= 3 && items.every((item) => charsAtMost(item, 6)) && items.some((item) => MENU_WORD.test(item))
}

/**
 * The lines of a site's menu: runs of three or more menu items before the story's first
 * paragraph, or anywhere with a word only menus have (首页, 新闻中心 …), and one-line menus.
 */
export const menuLines = (lines: string[]): Set<number> => {
  const menu = new Set<number>()
  const text = (index: number) => (lines[index] as string).replace(/^## /, '')
  const firstParagraph = lines.findIndex(isParagraphShaped)
  let start = 0
  for (let index = 0; index <= lines.length; index += 1) {
    if (index < lines.length && isMenuLine(text(index))) menu.add(index)
    else if (index < lines.length && isMenuItem(text(index))) continue
    const run = Array.from({ length: index - start }, (_, offset) => start + offset)
    // The last short line before a meta line is the story's title, not one more menu item.
    const last = run[run.length - 1]
    if (last !== undefined && index < lines.length && isMeta(lines[index] as string) && !MENU_WORD.test(text(last))) run.pop()
    if (run.length >= 3 && (firstParagraph < 0 || start < firstParagraph || run.some((at) => MENU_WORD.test(text(at))))) for (const at of run) menu.add(at)
    start = index + 1
  }
  return menu
}

/**
 * Other pages' teasers inside the body: runs holding two or more leads cut short (…… at the end)
 * or issue items (第12期：…), with the titles and dates between them; and a line of issue items.
 */
export const dropTeasers = (blocks: string[], removed: string[]): string[] => {
  const issueItems = (block: string) => (charsAtMost(block, FURNITURE_LINE) ? (block.match(ISSUE_ITEM)?.length ?? 0) : 0)
  const isTeaser = (block: string) =>
    (charsAtMost(block, 300) && TRUNCATED.test(block)) || (issueItems(block) > 0 && /^第/.test(block) && charsAtMost(block, 80))
  const isBetween = (block: string) => (isListedTitle(block) && charsAtMost(block, 50)) || isDateOnly(block)
  const kept: string[] = []
  let run: string[] = []
  let teasers = 0
  const flush = () => {
    if (teasers >= 2)
      removed.push(
        `其他文章的摘要（${teasers} 条）：${run
          .slice(0, 2)
          .map((line) => short(line, 24))
          .join(' / ')}…`,
      )
    else for (const block of run) kept.push(block)
    run = []
    teasers = 0
  }
  for (const block of blocks) {
    if (issueItems(block) >= 2) {
      removed.push(`其他文章的标题列表：${short(block, 48)}`)
      continue
    }
    if (isTeaser(block)) {
      run.push(block)
      teasers += 1
    } else if (isBetween(block)) run.push(block)
    else {
      flush()
      kept.push(block)
    }
  }
  flush()
  return kept
}
