/** Everything the portal says about dates is in Shanghai time, whatever the server's zone. */
export const SITE_TIME_ZONE = 'Asia/Shanghai'

// One formatter for every call: making one is what costs (a build formats tens of thousands of dates).
const dayFormat = new Intl.DateTimeFormat('en-CA', { timeZone: SITE_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' })

const dateParts = (date: Date): { year: string; month: string; day: string } => {
  const parts = dayFormat.formatToParts(date)
  const get = (type: string): string => parts.find((part) => part.type === type)?.value ?? ''
  return { year: get('year'), month: get('month'), day: get('day') }
}

/** `2026-11-22` in Shanghai time: for `<time datetime>` and for stable keys. */
export const isoDateInShanghai = (date: Date): string => {
  const { year, month, day } = dateParts(date)
  return `${year}-${month}-${day}`
}

/** `2026年11月22日`: how the portal prints a date to readers. */
export const formatDateZh = (date: Date): string => {
  const { year, month, day } = dateParts(date)
  return `${year}年${Number(month)}月${Number(day)}日`
}

const timeFormat = new Intl.DateTimeFormat('en-GB', { timeZone: SITE_TIME_ZONE, hour: '2-digit', minute: '2-digit', hour12: false })

/** `2026-11-22 14:05`: a moment in Shanghai time, for exports and staff screens. */
export const formatDateTimeZh = (date: Date): string => `${isoDateInShanghai(date)} ${timeFormat.format(date)}`

/** `2026年11月22日 14:05`: a moment in Shanghai time as the admin shows dates (its dateFormat). */
export const formatMomentZh = (date: Date): string => `${formatDateZh(date)} ${timeFormat.format(date)}`
