/**
 * Everything the portal says about dates is in Shanghai time, whatever the server's zone. This is
 * the one place that knows how: Shanghai is UTC+8 all year (no daylight saving since 1991), so a
 * Shanghai day or wall-clock time is the UTC one of the instant moved on by eight hours — plain
 * arithmetic, which a build that formats tens of thousands of dates does far faster than Intl.
 */
export const SITE_TIME_ZONE = 'Asia/Shanghai'

const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000
export const DAY_MS = 24 * 60 * 60 * 1000

/** The wall clock in Shanghai at an instant, as `2026-11-22T14:05:09`. */
export const shanghaiWallClock = (instant: Date): string => new Date(instant.getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 19)

/** The Shanghai calendar day of an instant, as `YYYY-MM-DD`: for `<time datetime>`, stable keys and "today". */
export const shanghaiDay = (instant: Date): string => shanghaiWallClock(instant).slice(0, 10)

/** `HH:MM` on the wall clock in Shanghai. */
export const shanghaiTime = (instant: Date): string => shanghaiWallClock(instant).slice(11, 16)

/** The instant a Shanghai wall-clock time happens: `time` is `HH:MM` on `day` (`YYYY-MM-DD`). */
export const shanghaiInstant = (day: string, time = '00:00'): Date => new Date(Date.parse(`${day}T${time}:00Z`) - SHANGHAI_OFFSET_MS)

/** The instant a Shanghai calendar day begins (00:00 +08:00). */
export const startOfShanghaiDay = (day: string): Date => shanghaiInstant(day)

/** The calendar day `days` after `day` (before, when negative), both `YYYY-MM-DD`. */
export const addDays = (day: string, days: number): string => new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10)

/** Whole calendar days from `earlier` to `later`, both `YYYY-MM-DD` (negative when `later` is earlier). */
export const daysBetween = (earlier: string, later: string): number =>
  Math.round((Date.parse(`${later}T00:00:00Z`) - Date.parse(`${earlier}T00:00:00Z`)) / DAY_MS)

/** `2026年11月22日`: how the portal prints a date to readers. */
export const formatDateZh = (date: Date): string => {
  const [year, month, day] = shanghaiDay(date).split('-')
  return `${year}年${Number(month)}月${Number(day)}日`
}

/** `2026-11-22 14:05`: a moment in Shanghai time, for exports and staff screens. */
export const formatDateTimeZh = (date: Date): string => `${shanghaiDay(date)} ${shanghaiTime(date)}`

/** `2026年11月22日 14:05`: a moment in Shanghai time as the admin shows dates (its dateFormat). */
export const formatMomentZh = (date: Date): string => `${formatDateZh(date)} ${shanghaiTime(date)}`
