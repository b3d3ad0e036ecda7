/** Photo galleries of campaigns. */
import { z } from 'zod'

import type { Gallery as GalleryDoc } from '@fengcai/shared/payload-types'

import { dateLabel, id, newsroom, relation, seo, seoSchema, text } from './common'
import type { DateLabel, Link, Seo } from './common'
import type { Lookup } from './context'
import { toImage } from './media'
import type { Image } from './media'
import { pageOf } from './routes'
import { termTokens } from './search-terms'
import type { FieldsOf, RawDoc } from './raw'

export const gallerySchema = z.object({
  id,
  title: z.string(),
  slug: z.string(),
  campaignColumn: relation,
  campaignName: text,
  description: text,
  date: z.string(),
  district: relation,
  cover: relation,
  photos: z.array(z.object({ id: text, image: relation, caption: text, credit: text, takenAt: z.string().nullish() })).nullish(),
  videos: z.array(z.object({ url: z.string(), title: z.string() })).nullish(),
  topics: z.array(relation).nullish(),
  ...newsroom,
  publishedAt: z.string().nullish(),
  seo: seoSchema,
} satisfies FieldsOf<GalleryDoc>)

export type Gallery = {
  id: string
  title: string
  slug: string
  href: string
  campaign: Link | { name: string; href: null } | null
  description: string
  date: DateLabel | null
  district: Link | null
  cover: Image | null
  photos: { id: string; image: Image; thumb: Image; caption: string; credit: string; takenAt: DateLabel | null }[]
  videos: { url: string; title: string }[]
  /** The search tokens of its campaign's column and its district (./search-terms). */
  searchTerms: string[]
  seo: Seo
}

export type GalleryLookups = { media: Lookup<RawDoc>; column: Lookup<Link>; district: Lookup<Link> }

export const toGallery = (raw: RawDoc, lookups: GalleryLookups): Gallery => {
  const gallery = gallerySchema.parse(raw)
  const campaign = lookups.column(gallery.campaignColumn)
  return {
    id: gallery.id,
    title: gallery.title,
    slug: gallery.slug,
    href: pageOf('galleries', gallery.slug),
    campaign: campaign ?? (gallery.campaignName ? { name: gallery.campaignName, href: null } : null),
    description: gallery.description,
    date: dateLabel(gallery.date),
    district: lookups.district(gallery.district),
    cover: toImage(lookups.media(gallery.cover), 'card'),
    photos: (gallery.photos ?? []).flatMap((photo) => {
      const image = toImage(lookups.media(photo.image), 'full')
      const thumb = toImage(lookups.media(photo.image), 'card')
      return image && thumb ? [{ id: photo.id, image, thumb, caption: photo.caption, credit: photo.credit, takenAt: dateLabel(photo.takenAt) }] : []
    }),
    videos: gallery.videos ?? [],
    searchTerms: termTokens([
      ['columns', gallery.campaignColumn, lookups.column],
      ['districts', gallery.district, lookups.district],
    ]),
    seo: seo(gallery.seo, gallery.title, gallery.description, gallery.cover, lookups.media),
  }
}
