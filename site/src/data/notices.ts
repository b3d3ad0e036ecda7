/** Public notices (公示) of nominees, with their period, objection contact and approved comments. */
import { z } from 'zod'

import { calendarDaysLeft, collectionSlugs, formatNoticePeriod, noticeLastMoment, noticeStatus, nomineeTypes } from '@fengcai/shared'
import type { NomineeType, NoticeStatus } from '@fengcai/shared'
import type { Notice as NoticeDoc } from '@fengcai/shared/payload-types'

import { cmsPublicUrl } from './client'
import { dateLabel, id, newsroom, relation, seo, seoSchema, text } from './common'
import type { DateLabel, Link, Seo } from './common'
import type { Lookup } from './context'
import { toImage } from './media'
import type { Image } from './media'
import { nomineeOutcomeShape, outcomeSchema, toOutcome } from './notice-outcomes'
import type { NoticeOutcome } from './notice-outcomes'
import { richTextToHtml } from './richtext'
import { pageOf } from './routes'
import { contactWithDefaults, objectionContactSchema } from './settings'
import type { ObjectionContact } from './settings'
import type { FieldsOf, RawDoc } from './raw'

export const noticeSchema = z.object({
  id,
  title: z.string(),
  slug: z.string(),
  intro: z.unknown(),
  nominees: z
    .array(
      z.object({
        id: z.string(),
        name: z.string(),
        type: z.enum(nomineeTypes) satisfies z.ZodType<NonNullable<NoticeDoc['nominees']>[number]['type']>,
        unit: text,
        category: text,
        deeds: text,
        photo: relation,
        story: relation,
        ...nomineeOutcomeShape,
      } satisfies FieldsOf<NonNullable<NoticeDoc['nominees']>[number]>),
    )
    .nullish(),
  opensAt: z.string(),
  closesAt: z.string(),
  objectionContact: objectionContactSchema.nullish(),
  results: relation,
  outcome: outcomeSchema,
  topics: z.array(relation).nullish(),
  ...newsroom,
  publishedAt: z.string().nullish(),
  seo: seoSchema,
} satisfies FieldsOf<NoticeDoc>)

export type Nominee = {
  id: string
  name: string
  type: NomineeType
  unit: string
  category: string
  deeds: string
  photo: Image | null
  story: Link | null
}

export type PublicComment = {
  id: string
  nomineeId: string | null
  name: string
  content: string
  publicReply: string
  date: DateLabel | null
}

const publicCommentsSchema = z.object({
  comments: z.array(
    z.object({
      id: id,
      nomineeId: z.string().nullish(),
      name: z.string(),
      content: z.string(),
      publicReply: z.string().nullish(),
      createdAt: z.string(),
    }),
  ),
  retentionDays: z.number().int().positive(),
})

export type Notice = {
  id: string
  title: string
  slug: string
  href: string
  introHtml: string
  nominees: Nominee[]
  opensAt: string
  closesAt: string
  period: { opens: DateLabel; closes: DateLabel; lastDay: DateLabel }
  /** The status when the site was built; NoticeStatus works it out again in the browser. */
  status: NoticeStatus
  daysLeft: number
  /** Its own 异议受理, each item left empty filled from 站点设置. */
  contact: ObjectionContact
  results: Link | null
  /** The 结果公告 once staff have announced the result (./notice-outcomes). */
  outcome: NoticeOutcome | null
  /** Approved public comments; those about a nominee carry its id. */
  comments: PublicComment[]
  /** Where the comment form gets its proof-of-work challenge and posts to (the CMS, as browsers reach it). */
  feedback: { challengeUrl: string; submitUrl: string; retentionDays: number }
  date: DateLabel | null
  /** The 落款: the issuing office (the notice's source, else the office taking objections). */
  issuer: string
  seo: Seo
}

export type NoticeLookups = {
  media: Lookup<RawDoc>
  story: Lookup<Link>
  honorRoll: Lookup<Link>
  richText: (data: unknown) => unknown
  /** 站点设置's 异议受理. */
  contactDefaults: ObjectionContact
}

/** A notice as of `now` (its status and days left), with the CMS's published comments on it. */
export const toNotice = (raw: RawDoc, publishedComments: unknown, lookups: NoticeLookups, now: Date): Notice => {
  const notice = noticeSchema.parse(raw)
  const published = publicCommentsSchema.parse(publishedComments)
  const opens = new Date(notice.opensAt)
  const closes = new Date(notice.closesAt)
  const contact = contactWithDefaults(notice.objectionContact, lookups.contactDefaults)
  const commentsApi = `${cmsPublicUrl()}/api/${collectionSlugs.noticeComments}`
  const results = lookups.honorRoll(notice.results)
  return {
    id: notice.id,
    title: notice.title,
    slug: notice.slug,
    href: pageOf('notices', notice.slug),
    introHtml: richTextToHtml(lookups.richText(notice.intro)),
    nominees: (notice.nominees ?? []).map((nominee) => ({
      id: nominee.id,
      name: nominee.name,
      type: nominee.type,
      unit: nominee.unit,
      category: nominee.category || '其他',
      deeds: nominee.deeds,
      photo: toImage(lookups.media(nominee.photo), 'card'),
      story: lookups.story(nominee.story),
    })),
    opensAt: notice.opensAt,
    closesAt: notice.closesAt,
    period: {
      opens: dateLabel(notice.opensAt) as DateLabel,
      closes: dateLabel(notice.closesAt) as DateLabel,
      // closesAt is 24:00 of the last day; readers are told the last day itself (notice-period.ts).
      lastDay: dateLabel(noticeLastMoment(closes).toISOString()) as DateLabel,
    },
    status: noticeStatus(opens, closes, now),
    daysLeft: calendarDaysLeft(closes, now),
    contact,
    results,
    outcome: toOutcome({ ...notice, nominees: notice.nominees ?? [] }, results),
    comments: published.comments.map((comment) => ({
      id: comment.id,
      nomineeId: comment.nomineeId ?? null,
      name: comment.name,
      content: comment.content,
      publicReply: comment.publicReply ?? '',
      date: dateLabel(comment.createdAt),
    })),
    feedback: { challengeUrl: `${commentsApi}/challenge`, submitUrl: `${commentsApi}/submit`, retentionDays: published.retentionDays },
    date: dateLabel(notice.publishedAt ?? notice.opensAt),
    issuer: notice.source || contact.department,
    seo: seo(notice.seo, notice.title, `公示期：${formatNoticePeriod(opens, closes)}`, null, lookups.media),
  }
}
