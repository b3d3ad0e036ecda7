/** 通知公告: short notices with a body or a link elsewhere, and files to download. */
import { z } from 'zod'

import { excerpt, lexicalPlainText } from '@fengcai/shared'
import type { Announcement as AnnouncementDoc } from '@fengcai/shared/payload-types'

import { toAttachment } from './attachments'
import type { Attachment } from './attachments'
import { dateLabel, id, relation, text } from './common'
import type { DateLabel, Link } from './common'
import type { Lookup } from './context'
import { richTextToHtml } from './richtext'
import { pageOf } from './routes'
import type { FieldsOf, RawDoc } from './raw'

export const announcementSchema = z.object({
  id,
  title: z.string(),
  slug: z.string(),
  date: z.string(),
  body: z.unknown(),
  externalUrl: text,
  attachments: z.array(relation).nullish(),
  topics: z.array(relation).nullish(),
  publishedAt: z.string().nullish(),
} satisfies FieldsOf<AnnouncementDoc>)

export type Announcement = {
  id: string
  title: string
  slug: string
  /** Its own page on the site (every announcement has one, a link-only one too). */
  href: string
  /** The notice on another site, when it lives there. */
  externalUrl: string | null
  date: DateLabel | null
  summary: string
  bodyHtml: string
  attachments: Attachment[]
  topics: Link[]
}

export type AnnouncementLookups = { attachment: Lookup<RawDoc>; topic: Lookup<Link>; richText: (data: unknown) => unknown }

export const toAnnouncement = (raw: RawDoc, lookups: AnnouncementLookups): Announcement => {
  const parsed = announcementSchema.parse(raw)
  const plain = lexicalPlainText(parsed.body)
  return {
    id: parsed.id,
    title: parsed.title,
    slug: parsed.slug,
    href: pageOf('announcements', parsed.slug),
    externalUrl: parsed.externalUrl || null,
    date: dateLabel(parsed.date),
    summary: plain ? excerpt(plain, 100) : '',
    bodyHtml: plain ? richTextToHtml(lookups.richText(parsed.body)) : '',
    attachments: (parsed.attachments ?? []).flatMap((value) => {
      const doc = lookups.attachment(value)
      const attachment = doc ? toAttachment(doc) : null
      return attachment ? [attachment] : []
    }),
    topics: (parsed.topics ?? []).map(lookups.topic).filter((value): value is Link => Boolean(value)),
  }
}

/** The newest `count` announcements (a home page block's list). */
export const latestAnnouncements = (site: { announcements: readonly Announcement[] }, count: number): Announcement[] => site.announcements.slice(0, count)
