/** Meta lines (date, 来源, author, counters around a title), WeChat headers and reposts. */
import { HAN, charsAtMost } from './lines'
import { ROLE_START, SELF_SOURCE } from './bylines'
import { RELATIVE_STAMP, datesOf, hasDate, isDateOnly, shortYearDateOf, withoutDate } from './dates'
import { looksLikeName } from './names'

export const NUMERIC_DATE = /(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})/
export const CHINESE_DATE = /(\d{4})年(\d{1,2})月(\d{1,2})日/
export const META_WORDS =
  /发布时间|发布日期|发表时间|发稿时间|更新时间|时间\s*[:：]|日期\s*[:：]|(?<!图片|照片|图)来源\s*[:：]|作者\s*[:：]|编辑\s*[:：]|供稿\s*[:：]|发布(?:单位|机构|部门|者|人)\s*[:：]|浏览(?:次数|量)?[:：]?\s*\d|阅读(?:次数|量)?[:：]?\s*\d|点击(?:数|量|率)?[:：]?\s*\d|字号|分钟前|小时前|天前|昨天\s*\d|\d+\s*(?:次)?阅读/
/** Words of a meta line that, with a date beside them, make it one wherever it stands. */
export const META_KEYS = /发布|发表|发稿|更新|时间|日期|来源|作者|编辑|记者|通讯员|浏览|阅读|点击/

/** A WeChat article's header: 原创 小普 普陀志愿者在线 2023-08-14 18:30 发表于上海. */
export const WECHAT_HEAD = /^原创(?:\s|$)/
/** A reposted WeChat article's note on whose it is: 以下文章来源于某账号，作者某某. */
export const REPOST = /^以下(?:文章|内容)?(?:来源于|来自|转载自)\s*([^\s，,]{2,20})\s*[，,]?\s*(?:作者\s*[:：]?\s*([^\s，,]{2,12}))?$/
/** A role word standing alone before the author's name in a WeChat header: 原创 ｜ 文 梅若兰. */
export const WECHAT_ROLE = /^(?:文|文字|作者|撰文|撰稿|记者)[:：]?$/

/** A two-character label spaced to the width of longer ones: 来　源：, 名　　称：, 单　位：. */
export const SPACED_LABEL = /(?<![\p{Script=Han}A-Za-z])(\p{Script=Han})[ \t]{1,4}(\p{Script=Han})(?=[ \t]{0,4}[:：])/gu

export const isMeta = (line: string): boolean =>
  charsAtMost(line, 120) &&
  (isDateOnly(line) ||
    /^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?(?:\s+\d+)?$/.test(line.trim()) ||
    (META_WORDS.test(line) && !/[。！？]$/.test(line)) ||
    (RELATIVE_STAMP.test(line) && hasDate(line) && charsAtMost(line, 60)) ||
    (WECHAT_HEAD.test(line) && hasDate(line)) ||
    isAccountStamp(line) ||
    ((CHINESE_DATE.test(line) || NUMERIC_DATE.test(line)) && charsAtMost(line, 40) && /来源|作者|编辑|浏览|阅读|发布/.test(line)))

/** An account's name and a date, as WeChat copies begin: 宝山文明 · 2022年3月7日 10:25. */
export const isAccountStamp = (line: string): boolean => {
  if (!charsAtMost(line, 40)) return false
  const rest = withoutDate(line)
  return rest !== null && charsAtMost(rest.trim(), 16) && /^[\p{Script=Han}A-Za-z\s·•|｜]*$/u.test(rest)
}

/**
 * A meta line that is one wherever it stands (after a sidebar's list, after the first paragraph):
 * a date with a meta word beside it (发布日期：2022-03-07 来源：… 作者：…), or a date alone.
 */
export const isStrongMeta = (line: string): boolean => isMeta(line) && hasDate(line) && (isDateOnly(line) || META_KEYS.test(line)) && !/[。！？]$/.test(line)

/** After the story has begun, only a line with a page's own meta words is a meta line (not 活动时间：…). */
export const isMetaAnywhere = (line: string): boolean =>
  isStrongMeta(line) && /发布(?:时间|日期|于)|发表时间|发稿时间|更新时间|来源[:：]|作者[:：]|浏览|阅读|点击/.test(line)

/**
 * An outlet named without a label before the date of a meta line, as news apps write it:
 * 宝山头条 3天前 (2023-07-03) 阅读量 1.2万. Only a lone word before the stamp, not a name or a meta word.
 */
export const outletIn = (line: string): string | null => {
  if (/[:：]/.test(line) || !charsAtMost(line, 80)) return null
  const parts = line.split(/[\s·•|｜/]+/).filter(Boolean)
  const stamp = parts.findIndex((part) => /\d/.test(part) || RELATIVE_STAMP.test(part))
  const before = parts.slice(0, Math.max(0, stamp))
  const outlet = before.length === 1 ? (before[0] as string) : null
  return outlet && /^[\p{Script=Han}A-Za-z]{2,12}$/u.test(outlet) && !looksLikeName(outlet) && !META_KEYS.test(outlet) && !ROLE_START.test(outlet)
    ? outlet
    : null
}

/** The 来源 of a meta line, up to the next meta word. */
export const sourceIn = (line: string): string | null => {
  const match = /(?<!图片|照片|图)(?:来源|供稿|发布单位|发布机构|发布部门)\s*[:：]\s*([^\s|｜]{2,40})/.exec(line)
  if (!match) return null
  const value = (match[1] as string).split(/作者|编辑|记者|通讯员|发布|时间|日期|浏览|阅读|点击|[\d【[（(】\]）)]/)[0] as string
  return value.length >= 2 && !SELF_SOURCE.test(value) ? value : null
}

/**
 * 原创 [author] account date …: the author (the reporter) and the account (a weak source). Parts
 * between separators (原创 ｜ 文 名 ｜ 账号 ｜ 昨天 12:30), a role word before the name dropped.
 */
export const wechatHeadOf = (line: string): { author: string | null; account: string | null } => {
  const named = line
    .split(/[\s|｜·•]+/)
    .slice(1)
    .filter((part) => part && !WECHAT_ROLE.test(part))
  const stamp = named.findIndex((part) => /\d/.test(part) || RELATIVE_STAMP.test(part))
  const before = named.slice(0, Math.max(0, stamp)).filter((part) => HAN.test(part))
  const [author, account] = before.length >= 2 ? before : [null, before[0] ?? (stamp < 0 ? named[0] : undefined)]
  return { author: author && /^[\p{Script=Han}]{2,4}$/u.test(author) ? author : null, account: account ?? null }
}

/** A label of the date a page was published: 发布日期, 发表时间, 发布于. */
const PUBLISHED_LABEL = /(?:发布|发表|发稿|刊发|刊登|上线|推送|出版)(?:日期|时间|于)\s*[:：]?\s*$/
/** A label of another date: written (成文日期), issued, in force, updated, submitted, of the event. */
const OTHER_DATE_LABEL = /(?:成文|印发|发文|生效|废止|截止|更新|修改|修订|生成|报送|投稿|来稿|收稿|提交|活动|拍摄|撰写|写作)(?:日期|时间|于)\s*[:：]?\s*$/

/**
 * The date of a meta line and what it is: `published` after a publication label, `other` when
 * every date has another label (成文日期：…, 更新时间：…), else `plain`. A two-digit year is read
 * after a label (发表时间：24-03-05).
 */
export const metaDateOf = (line: string): { iso: string; kind: 'published' | 'plain' | 'other' } | null => {
  const dates = datesOf(line)
  let plain: string | null = null
  for (const [index, date] of dates.entries()) {
    const before = line.slice(index === 0 ? 0 : (dates[index - 1] as { end: number }).end, date.start).slice(-12)
    if (PUBLISHED_LABEL.test(before)) return { iso: date.iso, kind: 'published' }
    if (!OTHER_DATE_LABEL.test(before)) plain ??= date.iso
  }
  if (plain) return { iso: plain, kind: 'plain' }
  if (dates[0]) return { iso: dates[0].iso, kind: 'other' }
  const short = shortYearDateOf(line)
  return short ? { iso: short, kind: /发布|发表/.test(line) ? 'published' : 'plain' } : null
}

/** The labels of a meta table's cells (索引号, 发布机构, 成文日期 …), each alone on its line before its value. */
const CELL_LABEL =
  /^(?:名称|文件名称|信息名称|标题|索引号|主题分类|体裁分类|组配分类|服务对象|发布机构|发文机关|发文机构|成文日期|发布日期|发布时间|发文日期|印发日期|生效日期|发文字号|文号|有效性|公开方式|公开范围|公开时限|信息来源|来源|作者|责任编辑|浏览次数|点击数|关键词|所属机构|生成日期|更新时间)\s*[:：]?$/

/** A meta table read cell by cell (发布日期 / 2024-11-08): each label joined with its value (发布日期：2024-11-08). */
export const joinLabelCells = (lines: string[]): string[] => {
  const joined: string[] = []
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index] as string
    const value = lines[index + 1]
    if (index < 60 && CELL_LABEL.test(line) && value !== undefined && charsAtMost(value, 40) && !CELL_LABEL.test(value) && !/[。！？]$/.test(value)) {
      joined.push(`${line.replace(/\s*[:：]$/, '')}：${value}`)
      index += 1
    } else joined.push(line)
  }
  return joined
}
