/**
 * Dates as old pages write them: `2022-03-07 10:25`, `2022/3/7`, `2022.03.07`, `2022年3月7日`, `07/03/2022`, the
 * `二〇二二年三月七日` of official documents, and relative stamps (`3年前`, `2周前 · 2022年3月7日`)
 * that are only worth their absolute date beside them. All expressions are bounded (no nested
 * quantifiers), so a long line costs linear time.
 */
import { daysBetween, shanghaiDay } from '../dates'

/** A weekday between a date and its time: 2023年10月20日 星期五 15:42. */
const WEEKDAY = '(?:\\s*(?:星期|周|礼拜)[一二三四五六日天])?'
const NUMERIC_DATE = new RegExp(`(\\d{4})\\s*[-/.]\\s*(\\d{1,2})\\s*[-/.]\\s*(\\d{1,2})(?!\\d)${WEEKDAY}(?:(?:\\s*|T)(\\d{1,2}):(\\d{2})(?::\\d{2})?)?`)
const CHINESE_DATE = new RegExp(`(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日${WEEKDAY}(?:\\s*(\\d{1,2})[:：时](\\d{2})分?)?`)
/** Day first, as Hong Kong, Macau and overseas pages write it: 02/12/2022 16:20 (month first only when the day could not be: 12/25/2022). */
const DAY_FIRST_DATE = /(?<![\d/.-])(\d{1,2})([/.])(\d{1,2})\2(\d{4})(?![\d/.])(?:\s+(\d{1,2}):(\d{2}))?/
const HANZI_DATE = /([〇○零OＯ一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日/
/** A relative stamp: 刚刚, 3分钟前, 2周前, 1年前, 昨天 10:20. */
export const RELATIVE_STAMP = /刚刚|\d{1,4}\s*(?:秒|分钟|小时|天|日|周|星期|个月|月|年)前|(?:昨天|前天)(?:\s*\d{1,2}:\d{2})?/

const HANZI_DIGITS = new Map([...'〇一二三四五六七八九'].map((digit, value) => [digit, value]))
for (const zero of '○零OＯ') HANZI_DIGITS.set(zero, 0)

/** 三 → 3, 十二 → 12, 二十一 → 21, 三十 → 30. */
const hanziNumber = (text: string): number => {
  const [tens, ones] = text.split('十') as [string, string | undefined]
  if (ones === undefined) return HANZI_DIGITS.get(tens) ?? NaN
  return (tens ? (HANZI_DIGITS.get(tens) ?? NaN) : 1) * 10 + (ones ? (HANZI_DIGITS.get(ones) ?? NaN) : 0)
}

type Found = { index: number; length: number; parts: (number | undefined)[] }

const numbersOf = (match: RegExpExecArray): Found => ({
  index: match.index,
  length: match[0].length,
  parts: match.slice(1).map((part) => (part === undefined ? undefined : Number(part))),
})

/** The first date written in the text in each of the forms above, first in the text first. */
const datesIn = (written: string): Found[] => {
  // Full-width digits and colons read as ASCII (one code unit each way: places are kept).
  const text = written.replace(/[０-９：]/g, (character) => String.fromCharCode(character.charCodeAt(0) - 0xfee0))
  const found: Found[] = []
  const numeric = NUMERIC_DATE.exec(text)
  if (numeric) found.push(numbersOf(numeric))
  const chinese = CHINESE_DATE.exec(text)
  if (chinese) found.push(numbersOf(chinese))
  const dayFirst = DAY_FIRST_DATE.exec(text)
  if (dayFirst) {
    const [first, second] = [Number(dayFirst[1]), Number(dayFirst[3])]
    const [day, month] = second > 12 ? [second, first] : [first, second]
    found.push({
      index: dayFirst.index,
      length: dayFirst[0].length,
      parts: [Number(dayFirst[4]), month, day, ...[dayFirst[5], dayFirst[6]].map((part) => (part === undefined ? undefined : Number(part)))],
    })
  }
  const hanzi = HANZI_DATE.exec(text)
  if (hanzi) {
    const year = Number([...(hanzi[1] as string)].map((digit) => HANZI_DIGITS.get(digit)).join(''))
    found.push({ index: hanzi.index, length: hanzi[0].length, parts: [year, hanziNumber(hanzi[2] as string), hanziNumber(hanzi[3] as string)] })
  }
  return found.sort((a, b) => a.index - b.index)
}

const isoOf = ({ parts: [year, month, day, hour, minute] }: Found): string | null => {
  if (!year || !month || !day || month > 12 || day > 31 || year < 1990 || year > 2100) return null
  if ((hour ?? 0) > 23 || (minute ?? 0) > 59) return null
  const pad = (value: number) => String(value).padStart(2, '0')
  return `${year}-${pad(month)}-${pad(day)}T${pad(hour ?? 0)}:${pad(minute ?? 0)}:00+08:00`
}

/** The first valid date in the text, where it is and what it says. */
const findDate = (text: string): (Found & { iso: string }) | null => {
  for (const found of datesIn(text)) {
    const iso = isoOf(found)
    if (iso) return { ...found, iso }
  }
  return null
}

/** The first date in the text as ISO 8601 in Shanghai time (`2023-08-11T10:25:00+08:00`), or null. */
export const dateOf = (text: string): string | null => findDate(text)?.iso ?? null

/** Every date in the text, with where it starts and ends. */
export const datesOf = (text: string): { iso: string; start: number; end: number }[] => {
  const dates: { iso: string; start: number; end: number }[] = []
  let offset = 0
  for (let found = findDate(text); found && dates.length < 8; found = findDate(text.slice(offset))) {
    const start = offset + found.index
    offset = start + Math.max(1, found.length)
    dates.push({ iso: found.iso, start, end: offset })
  }
  return dates
}

/**
 * A date with a two-digit year right after a date label or opening a meta line, as old portals print
 * it: 发表时间：24-03-05, 日期：13/4/18, 更新于 24.3.5, 时间：24年3月5日, [24-03-05] 来源：…. Read only there
 * (the caller reads meta lines only): inside a sentence, 24-03-05 may be anything.
 */
const SHORT_YEAR_DATE =
  /(?:^[[【(（]?|时间|日期|发布于|发表于|更新于|发布|发表)\s*[:：]?\s*(\d{2})\s*(?:([-/.])\s*(\d{1,2})\s*\2\s*(\d{1,2})|年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日)(?![\d:.])/
export const shortYearDateOf = (text: string): string | null => {
  const match = SHORT_YEAR_DATE.exec(text.replace(/[０-９：]/g, (character) => String.fromCharCode(character.charCodeAt(0) - 0xfee0)))
  if (!match) return null
  const [year, month, day] = [2000 + Number(match[1]), Number(match[3] ?? match[5]), Number(match[4] ?? match[6])]
  return isoOf({ index: match.index, length: match[0].length, parts: [year, month, day] })
}

/** Whether the text has a date in it. */
export const hasDate = (text: string): boolean => dateOf(text) !== null

/** The line with its first date (and a time, a weekday or a relative stamp) taken out, or null when it has none. */
export const withoutDate = (line: string): string | null => {
  const found = findDate(line)
  if (!found) return null
  return (line.slice(0, found.index) + line.slice(found.index + found.length))
    .replace(RELATIVE_STAMP, '')
    .replace(/(?:星期|周|礼拜)[一二三四五六日天]|\d{1,2}:\d{2}(?::\d{2})?/g, '')
}

/**
 * Whether the line is nothing but a date (with a weekday, a time, a relative stamp, brackets and
 * separators around it): `2022.03.07`, `3年前 (2021-04-18)`, `二〇二二年三月七日 星期一`.
 */
export const isDateOnly = (line: string): boolean => {
  if (line.length > 60) return false
  const rest = withoutDate(line)
  return rest !== null && /^[\s()（）[\]【】·•|｜/,，、:：-]*$/.test(rest)
}

/** Days from the date of `iso` to the date of `now`, both in Shanghai. */
export const daysBefore = (iso: string, now: Date): number => daysBetween(iso.slice(0, 10), shanghaiDay(now))
