/** Building blocks every collection's view model uses: ids, texts, dates, links, SEO. */
import { z } from 'zod'

import { formatDateZh, shanghaiDay } from '@fengcai/shared'

import { ogImageUrl } from './media'

export const id = z.union([z.number(), z.string()]).transform(String)
export const text = z
  .string()
  .nullish()
  .transform((value) => value ?? '')
export const relation = z.unknown()
export const seoSchema = z.object({ title: text, description: text, ogImage: relation }).nullish()
export const newsroom = { source: text, correspondent: text, reporter: text, responsibleEditor: text }

/** The id of a relationship value, populated or not. */
export const refId = (value: unknown): string | null => {
  if (value === null || value === undefined) return null
  if (typeof value === 'object') return 'id' in value ? String((value as { id: unknown }).id) : null
  return String(value)
}

export type Link = { name: string; href: string }

export type DateLabel = { iso: string; label: string }

const dateLabels = new Map<string, DateLabel>()

/** A date as pages print it; the same date gives the same (never changed) object. */
export const dateLabel = (value: string | null | undefined): DateLabel | null => {
  if (!value) return null
  const known = dateLabels.get(value)
  if (known) return known
  const date = new Date(value)
  const label = { iso: shanghaiDay(date), label: formatDateZh(date) }
  // Bounded: a worker that runs for months sees each story's date once.
  if (dateLabels.size >= 100_000) dateLabels.clear()
  dateLabels.set(value, label)
  return label
}

export type Seo = { title: string; description: string; image: string | null }

/**
 * A page's SEO fields, falling back to its title, description and picture; `media` resolves the
 * share image and the picture (ids in a snapshot) to media documents.
 */
export const seo = (value: z.infer<typeof seoSchema>, title: string, description: string, image: unknown, media: (value: unknown) => unknown): Seo => ({
  title: value?.title || title,
  description: value?.description || description,
  image: ogImageUrl(media(value?.ogImage)) ?? ogImageUrl(media(image)),
})

/** Newest first by the given date, then by id (so equal dates always come out in one order). */
export const newestFirst =
  <T extends { id: number | string }>(date: (item: T) => string | null | undefined) =>
  (a: T, b: T): number =>
    String(date(b) ?? '').localeCompare(String(date(a) ?? '')) || Number(b.id) - Number(a.id)
