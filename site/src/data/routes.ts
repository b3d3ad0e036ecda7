/** The site's sections and page addresses: defined once in shared/, for the CMS's previews too. */
export { pageOf, sectionOfCollection, sections } from '@fengcai/shared'
export type { Section } from '@fengcai/shared'
