/** Honour rolls: the awarded people, teams and projects of a year. */
import { z } from 'zod'

import { honoreeTypes } from '@fengcai/shared'
import type { HonoreeType } from '@fengcai/shared'
import type { HonorRoll as HonorRollDoc } from '@fengcai/shared/payload-types'

import { dateLabel, id, newsroom, relation, seo, seoSchema, text } from './common'
import type { DateLabel, Link, Seo } from './common'
import type { Lookup } from './context'
import { toImage } from './media'
import type { Image } from './media'
import { richTextToHtml } from './richtext'
import { pageOf } from './routes'
import { termTokens } from './search-terms'
import type { FieldsOf, RawDoc } from './raw'

export const honorRollSchema = z.object({
  id,
  title: z.string(),
  slug: z.string(),
  awardingBody: text,
  year: z.number(),
  intro: z.unknown(),
  entries: z
    .array(
      z.object({
        id: text,
        honoreeName: z.string(),
        type: z.enum(honoreeTypes) satisfies z.ZodType<NonNullable<HonorRollDoc['entries']>[number]['type']>,
        unit: text,
        award: text,
        organization: relation,
        story: relation,
        photo: relation,
      } satisfies FieldsOf<NonNullable<HonorRollDoc['entries']>[number]>),
    )
    .nullish(),
  ...newsroom,
  publishedAt: z.string().nullish(),
  seo: seoSchema,
} satisfies FieldsOf<HonorRollDoc>)

export type HonorEntry = {
  id: string
  name: string
  type: HonoreeType
  unit: string
  award: string
  organization: Link | null
  story: Link | null
  photo: Image | null
}

export type HonorRoll = {
  id: string
  title: string
  slug: string
  href: string
  awardingBody: string
  year: number
  introHtml: string
  entries: HonorEntry[]
  /** The search tokens of the organisations its entries name (./search-terms). */
  searchTerms: string[]
  date: DateLabel | null
  seo: Seo
}

export type HonorLookups = {
  media: Lookup<RawDoc>
  organization: Lookup<Link>
  story: Lookup<Link>
  richText: (data: unknown) => unknown
}

export const toHonorRoll = (raw: RawDoc, lookups: HonorLookups): HonorRoll => {
  const roll = honorRollSchema.parse(raw)
  return {
    id: roll.id,
    title: roll.title,
    slug: roll.slug,
    href: pageOf('honors', roll.slug),
    awardingBody: roll.awardingBody,
    year: roll.year,
    introHtml: richTextToHtml(lookups.richText(roll.intro)),
    entries: (roll.entries ?? []).map((entry) => ({
      id: entry.id,
      name: entry.honoreeName,
      type: entry.type,
      unit: entry.unit,
      award: entry.award,
      organization: lookups.organization(entry.organization),
      story: lookups.story(entry.story),
      photo: toImage(lookups.media(entry.photo), 'card'),
    })),
    searchTerms: termTokens(
      (roll.entries ?? []).map((entry): ['organizations', unknown, Lookup<Link>] => ['organizations', entry.organization, lookups.organization]),
    ),
    date: dateLabel(roll.publishedAt),
    seo: seo(roll.seo, roll.title, `${roll.awardingBody} ${roll.year} 年度`, null, lookups.media),
  }
}
