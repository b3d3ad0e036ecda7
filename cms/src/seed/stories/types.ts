import type { ColumnKey, DistrictKey, OrganizationKey } from '../taxonomy'

export type StorySeed = {
  title: string
  subtitle?: string
  column: ColumnKey
  district: DistrictKey
  organizations: OrganizationKey[]
  tags: string[]
  daysAgo: number
  featured?: boolean
  source: string
  correspondent?: string
  reporter?: string
  editor: string
  paragraphs: [string, string, string, string]
  heading: string
  caption: string
  credit: string
  views: number
}
