/** Where each section of the public site lives; every page address is built from these (site and CMS alike). */
import { collectionSlugs } from './slugs'

export const sections = {
  stories: '/stories/',
  notices: '/notices/',
  honors: '/honors/',
  galleries: '/galleries/',
  columns: '/columns/',
  districts: '/districts/',
  organizations: '/organizations/',
  search: '/search/',
} as const

export type Section = keyof typeof sections

/** The page of one document in a section. */
export const pageOf = (section: Section, slug: string): string => `${sections[section]}${slug}/`

/** The section that shows the documents of a CMS collection (internal links in rich text, previews). */
export const sectionOfCollection: Partial<Record<string, Section>> = {
  [collectionSlugs.stories]: 'stories',
  [collectionSlugs.notices]: 'notices',
  [collectionSlugs.honorRolls]: 'honors',
  [collectionSlugs.galleries]: 'galleries',
  [collectionSlugs.columns]: 'columns',
  [collectionSlugs.districts]: 'districts',
  [collectionSlugs.organizations]: 'organizations',
}
