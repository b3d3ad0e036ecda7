import { z } from 'zod'

import { imageSizes } from '@fengcai/shared'
import type { ImageFamily } from '@fengcai/shared'
import type { Media as MediaDoc } from '@fengcai/shared/payload-types'

import { cmsPublicUrl } from './client'
import { memoizeByObject } from './memo'
import type { FieldsOf } from './raw'

const sizeSchema = z.object({ url: z.string().nullish(), width: z.number().nullish(), height: z.number().nullish() }).partial()

export const mediaSchema = z.object({
  id: z.union([z.number(), z.string()]),
  alt: z.string().nullish(),
  credit: z.string().nullish(),
  url: z.string().nullish(),
  width: z.number().nullish(),
  height: z.number().nullish(),
  focalX: z.number().nullish(),
  focalY: z.number().nullish(),
  sizes: z.record(z.string(), sizeSchema.nullish()).nullish(),
} satisfies FieldsOf<MediaDoc>)

export type RawMedia = z.infer<typeof mediaSchema>

/** What a component needs to print an <img> that never shifts the layout. */
export type Image = {
  src: string
  srcset: string
  width: number
  height: number
  alt: string
  credit: string
  /** CSS object-position from the editor's focal point. */
  position: string
}

export const absoluteMediaUrl = (url: string): string => (/^https?:\/\//.test(url) ? url : `${cmsPublicUrl()}${url}`)

const parseMediaDoc = memoizeByObject((value: object): RawMedia | null => {
  const parsed = mediaSchema.safeParse(value)
  return parsed.success && parsed.data.url ? parsed.data : null
})

/** A populated upload field, or null when it is empty or not populated (an id only). */
export const parseMedia = (value: unknown): RawMedia | null => (value && typeof value === 'object' ? parseMediaDoc(value) : null)

/**
 * The image in one family of sizes: `card` (3:2 crops) for lists, `full` (original ratio)
 * for reading. Missing sizes (a small original is never enlarged) are left out of srcset.
 */
export const toImage = (value: unknown, family: Exclude<ImageFamily, 'og'> = 'full'): Image | null => {
  const media = parseMedia(value)
  if (!media?.url || !media.width || !media.height) return null
  return images[family](media)
}

type Usable = RawMedia & { url: string; width: number; height: number }

/** The image of a media document in one family, one object per document (see memoizeByObject). */
const imageOf = (media: Usable, family: Exclude<ImageFamily, 'og'>): Image => {
  const candidates = imageSizes
    .filter((size) => size.family === family)
    .map((size) => media.sizes?.[size.name])
    .filter((size): size is { url: string; width: number; height: number } => Boolean(size?.url && size.width && size.height))
  const largest = candidates.at(-1)
  const fallback = { url: media.url, width: media.width, height: media.height }
  const main = largest ?? fallback
  const srcset = (candidates.length ? candidates : [fallback]).map((size) => `${absoluteMediaUrl(size.url)} ${size.width}w`).join(', ')
  return {
    src: absoluteMediaUrl(main.url),
    srcset,
    width: main.width,
    height: main.height,
    alt: media.alt ?? '',
    credit: media.credit ?? '',
    position: `${media.focalX ?? 50}% ${media.focalY ?? 50}%`,
  }
}

const images = {
  card: memoizeByObject((media: RawMedia) => imageOf(media as Usable, 'card')),
  full: memoizeByObject((media: RawMedia) => imageOf(media as Usable, 'full')),
}

/** The 1200×630 social-card rendition, for og:image. */
export const ogImageUrl = (value: unknown): string | null => {
  const media = parseMedia(value)
  const og = media?.sizes?.og
  if (og?.url) return absoluteMediaUrl(og.url)
  return media?.url ? absoluteMediaUrl(media.url) : null
}
