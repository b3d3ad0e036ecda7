/**
 * Honour rolls as old pages list them after a story: "unit [工作室：name] 荣获 award" entries
 * (often several on a line, separated by tabs), "award：name、name（unit）" lines, or an award
 * heading followed by names.
 */
import type { HonoreeType } from '../entry-types'

import { MAX_LINE_WARNINGS, short } from './lines'
import { looksLikeName } from './names'
import { normalisePunctuation } from './punctuation'

export type HonorRollEntry = { name: string; unit: string | null; award: string; type: HonoreeType }

export const HONOR_HEADING =
  /^(?:[一二三四五六七八九十\d]+[、.．]\s*)?(?:荣誉榜|光荣榜|荣誉名单|表彰名单|获奖名单|获奖名录|.{0,30}(?:表彰|获奖|荣誉|先进)(?:名单|名录))[:：]?$/

const ORGANIZATION_SUFFIX =
  /(?:公司|集团|合作社|协会|学会|中心|街道|医院|学校|小学|中学|大学|学院|委员会|局|院|站|所|队|总队|支队|部|馆|厂|社|办|处|组|村|居委会|居民区|基金会|商会|联合会)(?:[（(][^）)]*[)）])?$/
const LABELLED = /^(.+?)\s+(工作室|项目|团队|集体|个人)[:：]\s*(.+?)\s+荣获\s*(.+)$/
const AWARDED = /^(.+?)\s*荣获\s*(.+)$/
const AWARD_LIST = /^(.{2,40}?)(?:[（(][^）)]{0,10}[）)])?[:：]\s*(.+)$/
const NAME_WITH_UNIT = /^(.+?)[（(]([^）)]+)[)）]$/

const typeOf = (name: string, label?: string): HonoreeType => {
  if (label === '项目') return 'project'
  if (label === '个人') return 'individual'
  if (label) return 'collective'
  if (looksLikeName(name)) return 'individual'
  if (/项目|计划|行动|课堂|工程/.test(name)) return 'project'
  if (ORGANIZATION_SUFFIX.test(name)) return 'organization'
  return 'collective'
}

const clean = (text: string): string => text.replace(/\s+/g, ' ').trim()

/** The longest text read as one "… 荣获 …" entry. */
const MAX_ENTRY_LENGTH = 300

/** One "… 荣获 …" entry, or null when the text is not one. */
export const parseAwardedEntry = (text: string): HonorRollEntry | null => {
  // An entry is a line of a list; the expressions below retry their lazy parts at every split,
  // so a long line (body text, or a pasted megabyte) is not one.
  if (text.length > MAX_ENTRY_LENGTH) return null
  const labelled = LABELLED.exec(text.trim())
  if (labelled) {
    const [, unit, label, name, award] = labelled as unknown as [string, string, string, string, string]
    return { name: clean(name), unit: clean(unit), award: clean(award), type: typeOf(name, label) }
  }
  const awarded = AWARDED.exec(text.trim())
  if (!awarded) return null
  const [, who, award] = awarded as unknown as [string, string, string]
  const parts = clean(who).split(' ')
  // "单位 具体对象 荣获 …": the first part is the unit when it reads as one.
  if (parts.length > 1 && ORGANIZATION_SUFFIX.test(parts[0] as string)) {
    const name = parts.slice(1).join(' ')
    return { name, unit: parts[0] as string, award: clean(award), type: typeOf(name) }
  }
  const name = clean(who)
  return { name, unit: null, award: clean(award), type: typeOf(name) }
}

const AWARD_HEADING =
  /^(?:[一二三四五六七八九十\d]+[、.．]\s*).+|(?:志愿者|项目|集体|个人|奖|单位|组织|团队|工作室|称号|标兵|模范|之星|能手|家庭|社区|站点?)(?:[（(][^）)]*[)）])?[:：]?$/

const MAX_NAME_PART = 100

const namesOf = (list: string, award: string, separator: RegExp = /[、，,；;]|\s{2,}|\t/): HonorRollEntry[] =>
  list
    .split(separator)
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      // A part of a list is a name, perhaps with its unit: a long one is not, and the expression
      // would retry each of its brackets to the end.
      const withUnit = part.length <= MAX_NAME_PART ? NAME_WITH_UNIT.exec(part) : null
      const name = clean(withUnit ? (withUnit[1] as string) : part)
      return { name, unit: withUnit ? clean(withUnit[2] as string) : null, award, type: typeOf(name) }
    })

/** Entries of one honour roll at most (the largest real ones list a few hundred); the rest is reported unread. */
export const MAX_HONOR_ENTRIES = 2000

/**
 * The entries of an honour roll from the lines after its heading. Lines that fit none of the
 * shapes are returned apart, so that nothing disappears unseen.
 */
export const parseHonorRoll = (lines: string[]): { entries: HonorRollEntry[]; unread: string[] } => {
  const entries: HonorRollEntry[] = []
  const unread: string[] = []
  let award: string | null = null
  // Pushed one by one: spreading a list of a million names into push() overflows the stack.
  const add = (found: readonly (HonorRollEntry | null)[]): void => {
    for (const entry of found) if (entry && entries.length < MAX_HONOR_ENTRIES) entries.push(entry)
  }
  for (const line of lines) {
    if (entries.length >= MAX_HONOR_ENTRIES) {
      unread.push(line)
      continue
    }
    const segments = line
      .split('\t')
      .map((segment) => segment.trim())
      .filter(Boolean)
    const awarded = segments.map(parseAwardedEntry)
    if (awarded.length && awarded.every(Boolean)) {
      add(awarded)
      continue
    }
    const list = AWARD_LIST.exec(line.trim())
    if (list && !/荣获/.test(line)) {
      add(namesOf(list[2] as string, clean((list[1] as string).replace(/^[一二三四五六七八九十\d]+[、.．]\s*/, ''))))
      continue
    }
    // A short line without separators names the award of the names that follow it.
    if (!/[、，,\t]/.test(line) && line.trim().length <= 30 && AWARD_HEADING.test(line.trim()) && !looksLikeName(line.trim())) {
      award = clean(line.replace(/^[一二三四五六七八九十\d]+[、.．]\s*/, ''))
      continue
    }
    // Under an award heading, one space is enough between names.
    if (award) add(namesOf(line, award, /[、，,；;\s]+/))
    else unread.push(line)
  }
  return { entries, unread }
}

/**
 * The honour-roll draft after a story: its entries (each unread line a warning), titled by its
 * heading or after the story; the individuals are added to the names found.
 */
export const honorRollDraft = (
  heading: string | null,
  lines: string[],
  title: string | null,
  warnings: string[],
  names: { original: string; simplified: string }[],
): { title: string; entries: HonorRollEntry[] } => {
  const { entries, unread } = parseHonorRoll(lines)
  for (const line of unread.slice(0, MAX_LINE_WARNINGS)) warnings.push(`荣誉榜中有一行未能识别，请手工核对：${short(line, 60)}`)
  if (unread.length > MAX_LINE_WARNINGS) warnings.push(`荣誉榜中另有 ${unread.length - MAX_LINE_WARNINGS} 行未能识别，请手工核对`)
  const storyTitle = title ? normalisePunctuation(title) : null
  const named = heading && heading !== '荣誉榜' ? heading : null
  const honorRoll = {
    title: short(named ?? (storyTitle ? `荣誉榜：${storyTitle}` : '荣誉榜'), 110),
    entries: entries.map((entry) => ({
      ...entry,
      name: normalisePunctuation(entry.name),
      unit: entry.unit ? normalisePunctuation(entry.unit) : null,
      award: normalisePunctuation(entry.award),
    })),
  }
  const listed = new Set(names.map((name) => name.simplified))
  for (const entry of honorRoll.entries) {
    if (entry.type !== 'individual' || listed.has(entry.name)) continue
    listed.add(entry.name)
    names.push({ original: entry.name, simplified: entry.name })
  }
  return honorRoll
}
