/** Where each section of the public site lives; every page address is built from these (site and CMS alike). */
import { NOTICE_RESULT_PAGE } from './notice-outcome'
import { collectionSlugs } from './slugs'

export const sections = {
  stories: '/stories/',
  notices: '/notices/',
  honors: '/honors/',
  galleries: '/galleries/',
  announcements: '/announcements/',
  topics: '/topics/',
  columns: '/columns/',
  districts: '/districts/',
  organizations: '/organizations/',
  search: '/search/',
} as const

export type Section = keyof typeof sections

/** The page of one document in a section. */
export const pageOf = (section: Section, slug: string): string => `${sections[section]}${slug}/`

/** The 结果公告 page of a notice (shared/src/notice-outcome.ts). */
export const noticeResultPageOf = (slug: string): string => `${pageOf('notices', slug)}${NOTICE_RESULT_PAGE}/`

/** The section that shows the documents of a CMS collection (internal links in rich text, previews). */
export const sectionOfCollection: Partial<Record<string, Section>> = {
  [collectionSlugs.stories]: 'stories',
  [collectionSlugs.notices]: 'notices',
  [collectionSlugs.honorRolls]: 'honors',
  [collectionSlugs.galleries]: 'galleries',
  [collectionSlugs.announcements]: 'announcements',
  [collectionSlugs.topics]: 'topics',
  [collectionSlugs.columns]: 'columns',
  [collectionSlugs.districts]: 'districts',
  [collectionSlugs.organizations]: 'organizations',
}

/** What a path on the public site shows: a fixed page, the page of one document, or nothing the site builds. */
export type SitePathTarget = { kind: 'page' } | { kind: 'document'; collection: string; slug: string } | { kind: 'none' }

/** The site's pages outside the sections (site/src/pages), as readers reach them. */
const FIXED_PAGES = new Set([
  '/',
  '/privacy/',
  '/about/',
  '/accessibility/',
  '/jiucuo/',
  '/feeds/',
  '/sitemap/',
  '/rss.xml',
  '/honors/rss.xml',
  '/notices/rss.xml',
  '/announcements/rss.xml',
  '/notices/progress/',
  '/robots.txt',
  '/favicon.ico',
  '/favicon.svg',
])

/** A month's archive page below a listing: `2026/11`, or its further pages `2026/11/page/2` (site/src/data/listing.ts). */
const isArchive = (parts: readonly string[]): boolean =>
  (parts.length === 2 || (parts.length === 4 && parts[2] === 'page' && /^[2-9]$|^[1-9]\d{1,5}$/.test(parts[3] as string))) &&
  /^\d{4}$/.test(parts[0] as string) &&
  /^(0[1-9]|1[0-2])$/.test(parts[1] as string)

/** A 专题's own feed, below its page. */
export const TOPIC_FEED = 'rss.xml'

/** What follows a document's slug on one of its pages: an archive page, a notice's 结果公告, or a 专题's feed. */
const isPageBelow = (section: Section, below: readonly string[]): boolean =>
  below.length === 0 ||
  isArchive(below) ||
  (section === 'notices' && below.length === 1 && below[0] === NOTICE_RESULT_PAGE) ||
  (section === 'topics' && below.length === 1 && below[0] === TOPIC_FEED)

/**
 * What the site serves at `path` (from the site's root; query and fragment ignored, the final
 * slash optional): a section's listing and its archive pages (`/stories/2026/11/`), a document's
 * page (`/stories/<slug>/`, a taxonomy's archive pages and a notice's 结果公告 under it), or a fixed page.
 */
export const sitePathTarget = (path: string): SitePathTarget => {
  const clean = (path.split(/[?#]/, 1)[0] as string).replace(/\/*$/, '/')
  if (FIXED_PAGES.has(clean) || FIXED_PAGES.has(clean.slice(0, -1))) return { kind: 'page' }
  const [first, ...rest] = clean.split('/').filter(Boolean)
  const section = (Object.keys(sections) as Section[]).find((name) => sections[name] === `/${first}/`)
  if (!section) return { kind: 'none' }
  if (rest.length === 0 || isArchive(rest)) return { kind: 'page' }
  const collection = Object.keys(sectionOfCollection).find((slug) => sectionOfCollection[slug] === section)
  if (!collection || !isPageBelow(section, rest.slice(1))) return { kind: 'none' }
  try {
    return { kind: 'document', collection, slug: decodeURIComponent(rest[0] as string) }
  } catch {
    // A malformed escape (%E4%B8) names no slug the CMS could have given.
    return { kind: 'none' }
  }
}
