/**
 * The CMS's published content, loaded once per build over HTTP and mapped to the view
 * models pages render. Shapes are checked with zod, so a CMS change fails the build loudly.
 */
import { z } from 'zod'

import { calendarDaysLeft, collectionSlugs, formatDateZh, isoDateInShanghai, noticeStatus } from '@fengcai/shared'
import type { NoticeStatus } from '@fengcai/shared'

import { cmsPublicUrl, findAll, getJson } from './client'
import { ogImageUrl, toImage } from './media'
import type { Image } from './media'
import { richTextToHtml } from './richtext'

const id = z.union([z.number(), z.string()]).transform(String)
const text = z.string().nullish().transform((value) => value ?? '')
const relation = z.unknown()
const seoSchema = z.object({ title: text, description: text, ogImage: relation }).nullish()
const newsroom = { source: text, correspondent: text, reporter: text, responsibleEditor: text }

/** The id of a relationship value, populated or not. */
const refId = (value: unknown): string | null => {
  if (value === null || value === undefined) return null
  if (typeof value === 'object') return 'id' in value ? String((value as { id: unknown }).id) : null
  return String(value)
}

const taxonomySchema = z.object({ id, name: z.string(), slug: z.string(), description: text, kind: text, order: z.number().nullish() })
const organizationSchema = taxonomySchema.extend({ district: relation, logo: relation })

const storySchema = z.object({
  id,
  title: z.string(),
  subtitle: text,
  summary: text,
  slug: z.string(),
  cover: relation,
  body: z.unknown(),
  column: relation,
  district: relation,
  organizations: z.array(relation).nullish(),
  tags: z.array(z.string()).nullish(),
  ...newsroom,
  publishedAt: z.string().nullish(),
  featured: z.boolean().nullish(),
  relatedStories: z.array(relation).nullish(),
  viewCount: z.number().nullish(),
  seo: seoSchema,
})

const honorRollSchema = z.object({
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
        type: z.enum(['individual', 'collective', 'project', 'organization']),
        unit: text,
        award: text,
        organization: relation,
        story: relation,
        photo: relation,
      }),
    )
    .nullish(),
  ...newsroom,
  publishedAt: z.string().nullish(),
  seo: seoSchema,
})

const noticeSchema = z.object({
  id,
  title: z.string(),
  slug: z.string(),
  intro: z.unknown(),
  nominees: z
    .array(
      z.object({
        id: z.string(),
        name: z.string(),
        type: z.enum(['individual', 'collective', 'project']),
        unit: text,
        category: text,
        deeds: text,
        photo: relation,
        story: relation,
      }),
    )
    .nullish(),
  opensAt: z.string(),
  closesAt: z.string(),
  objectionContact: z
    .object({ department: text, phone: text, email: text, address: text, officeHours: text })
    .nullish(),
  results: relation,
  ...newsroom,
  publishedAt: z.string().nullish(),
  seo: seoSchema,
})

const gallerySchema = z.object({
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
  ...newsroom,
  publishedAt: z.string().nullish(),
  seo: seoSchema,
})

export type Link = { name: string; href: string }

export type DateLabel = { iso: string; label: string }

const dateLabel = (value: string | null | undefined): DateLabel | null => {
  if (!value) return null
  const date = new Date(value)
  return { iso: isoDateInShanghai(date), label: formatDateZh(date) }
}

export type Seo = { title: string; description: string; image: string | null }

export type StoryCard = {
  id: string
  title: string
  href: string
  summary: string
  date: DateLabel | null
  cover: Image | null
  column: Link | null
  featured: boolean
}

export type Story = StoryCard & {
  slug: string
  subtitle: string
  bodyHtml: string
  district: Link | null
  organizations: Link[]
  tags: string[]
  source: string
  correspondent: string
  reporter: string
  responsibleEditor: string
  viewCount: number
  /** Where the page-view beacon posts to (the CMS, as readers' browsers reach it). */
  viewEndpoint: string
  related: StoryCard[]
  coverFull: Image | null
  seo: Seo
}

export type HonorEntry = {
  id: string
  name: string
  type: 'individual' | 'collective' | 'project' | 'organization'
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
  date: DateLabel | null
  seo: Seo
}

export type Nominee = {
  id: string
  name: string
  type: 'individual' | 'collective' | 'project'
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

/** The approved comments of a notice, already masked by the CMS; objections never come here. */
const loadPublicComments = async (noticeId: string): Promise<{ comments: PublicComment[]; retentionDays: number }> => {
  const parsed = publicCommentsSchema.parse(await getJson(`${collectionSlugs.noticeComments}/published`, { notice: noticeId }))
  const comments = parsed.comments.map((comment) => ({
    id: comment.id,
    nomineeId: comment.nomineeId ?? null,
    name: comment.name,
    content: comment.content,
    publicReply: comment.publicReply ?? '',
    date: dateLabel(comment.createdAt),
  }))
  return { comments, retentionDays: parsed.retentionDays }
}

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
  contact: { department: string; phone: string; email: string; address: string; officeHours: string }
  results: Link | null
  /** Approved public comments; those about a nominee carry its id. */
  comments: PublicComment[]
  /** Where the comment form gets its proof-of-work challenge and posts to (the CMS, as browsers reach it). */
  feedback: { challengeUrl: string; submitUrl: string; retentionDays: number }
  date: DateLabel | null
  seo: Seo
}

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
  seo: Seo
}

export type Taxonomy = { id: string; name: string; slug: string; href: string; description: string; kind: string }

export type Site = {
  stories: Story[]
  columns: Taxonomy[]
  districts: Taxonomy[]
  organizations: Taxonomy[]
  honorRolls: HonorRoll[]
  notices: Notice[]
  galleries: Gallery[]
  builtAt: Date
}

const published = { 'where[_status][equals]': 'published', depth: 1 }

const load = async (): Promise<Site> => {
  const [rawStories, rawColumns, rawDistricts, rawOrganizations, rawHonors, rawNotices, rawGalleries] = await Promise.all([
    findAll(collectionSlugs.stories, { ...published, sort: '-publishedAt' }),
    findAll(collectionSlugs.columns, { depth: 0, sort: 'order' }),
    findAll(collectionSlugs.districts, { depth: 0, sort: 'order' }),
    findAll(collectionSlugs.organizations, { depth: 1, sort: 'name' }),
    findAll(collectionSlugs.honorRolls, { ...published, sort: '-publishedAt' }),
    findAll(collectionSlugs.notices, { ...published, sort: '-opensAt' }),
    findAll(collectionSlugs.galleries, { ...published, sort: '-date' }),
  ])
  const now = new Date()

  const taxonomy = (raw: unknown[], base: string): Taxonomy[] =>
    raw.map((item) => {
      const parsed = taxonomySchema.passthrough().parse(item)
      return { id: parsed.id, name: parsed.name, slug: parsed.slug, href: `/${base}/${parsed.slug}/`, description: parsed.description, kind: parsed.kind }
    })
  const columns = taxonomy(rawColumns, 'columns')
  const districts = taxonomy(rawDistricts, 'districts')
  const organizations = rawOrganizations.map((item) => {
    const parsed = organizationSchema.parse(item)
    return { id: parsed.id, name: parsed.name, slug: parsed.slug, href: `/organizations/${parsed.slug}/`, description: parsed.description, kind: parsed.kind }
  })
  const byId = <T extends { id: string }>(list: T[]) => new Map(list.map((item) => [item.id, item]))
  const columnById = byId(columns)
  const districtById = byId(districts)
  const organizationById = byId(organizations)
  const link = (map: Map<string, { name: string; href: string }>, value: unknown): Link | null => {
    const found = map.get(refId(value) ?? '')
    return found ? { name: found.name, href: found.href } : null
  }

  const parsedStories = rawStories.map((raw) => storySchema.parse(raw))
  const cards = new Map<string, StoryCard>(
    parsedStories.map((story) => [
      story.id,
      {
        id: story.id,
        title: story.title,
        href: `/stories/${story.slug}/`,
        summary: story.summary,
        date: dateLabel(story.publishedAt),
        cover: toImage(story.cover, 'card'),
        column: link(columnById, story.column),
        featured: Boolean(story.featured),
      },
    ]),
  )
  const storyLink = (value: unknown): Link | null => {
    const card = cards.get(refId(value) ?? '')
    return card ? { name: card.title, href: card.href } : null
  }
  const seo = (value: z.infer<typeof seoSchema>, title: string, description: string, image: unknown): Seo => ({
    title: value?.title || title,
    description: value?.description || description,
    image: ogImageUrl(value?.ogImage) ?? ogImageUrl(image),
  })

  const stories: Story[] = parsedStories.map((story) => {
    const card = cards.get(story.id) as StoryCard
    return {
      ...card,
      slug: story.slug,
      subtitle: story.subtitle,
      bodyHtml: richTextToHtml(story.body),
      district: link(districtById, story.district),
      organizations: (story.organizations ?? []).map((value) => link(organizationById, value)).filter((value): value is Link => Boolean(value)),
      tags: story.tags ?? [],
      source: story.source,
      correspondent: story.correspondent,
      reporter: story.reporter,
      responsibleEditor: story.responsibleEditor,
      viewCount: story.viewCount ?? 0,
      viewEndpoint: `${cmsPublicUrl()}/api/${collectionSlugs.stories}/${encodeURIComponent(story.id)}/view`,
      related: (story.relatedStories ?? []).map((value) => cards.get(refId(value) ?? '')).filter((value): value is StoryCard => Boolean(value)),
      coverFull: toImage(story.cover, 'full'),
      seo: seo(story.seo, story.title, story.summary, story.cover),
    }
  })

  const honorRolls: HonorRoll[] = rawHonors.map((raw) => {
    const roll = honorRollSchema.parse(raw)
    return {
      id: roll.id,
      title: roll.title,
      slug: roll.slug,
      href: `/honors/${roll.slug}/`,
      awardingBody: roll.awardingBody,
      year: roll.year,
      introHtml: richTextToHtml(roll.intro),
      entries: (roll.entries ?? []).map((entry) => ({
        id: entry.id,
        name: entry.honoreeName,
        type: entry.type,
        unit: entry.unit,
        award: entry.award,
        organization: link(organizationById, entry.organization),
        story: storyLink(entry.story),
        photo: toImage(entry.photo, 'card'),
      })),
      date: dateLabel(roll.publishedAt),
      seo: seo(roll.seo, roll.title, `${roll.awardingBody} ${roll.year} 年度`, null),
    }
  })
  const honorById = byId(honorRolls.map((roll) => ({ id: roll.id, name: roll.title, href: roll.href })))

  const commentsApi = `${cmsPublicUrl()}/api/${collectionSlugs.noticeComments}`
  const notices: Notice[] = await Promise.all(rawNotices.map(async (raw) => {
    const notice = noticeSchema.parse(raw)
    const published = await loadPublicComments(notice.id)
    const opens = new Date(notice.opensAt)
    const closes = new Date(notice.closesAt)
    return {
      id: notice.id,
      title: notice.title,
      slug: notice.slug,
      href: `/notices/${notice.slug}/`,
      introHtml: richTextToHtml(notice.intro),
      nominees: (notice.nominees ?? []).map((nominee) => ({
        id: nominee.id,
        name: nominee.name,
        type: nominee.type,
        unit: nominee.unit,
        category: nominee.category || '其他',
        deeds: nominee.deeds,
        photo: toImage(nominee.photo, 'card'),
        story: storyLink(nominee.story),
      })),
      opensAt: notice.opensAt,
      closesAt: notice.closesAt,
      period: {
        opens: dateLabel(notice.opensAt) as DateLabel,
        closes: dateLabel(notice.closesAt) as DateLabel,
        // closesAt is 24:00 of the last day; readers are told the last day itself.
        lastDay: dateLabel(new Date(closes.getTime() - 1).toISOString()) as DateLabel,
      },
      status: noticeStatus(opens, closes, now),
      daysLeft: calendarDaysLeft(closes, now),
      contact: {
        department: notice.objectionContact?.department ?? '',
        phone: notice.objectionContact?.phone ?? '',
        email: notice.objectionContact?.email ?? '',
        address: notice.objectionContact?.address ?? '',
        officeHours: notice.objectionContact?.officeHours ?? '',
      },
      results: link(honorById, notice.results),
      comments: published.comments,
      feedback: { challengeUrl: `${commentsApi}/challenge`, submitUrl: `${commentsApi}/submit`, retentionDays: published.retentionDays },
      date: dateLabel(notice.publishedAt ?? notice.opensAt),
      seo: seo(notice.seo, notice.title, `公示期：${formatDateZh(opens)}至${formatDateZh(new Date(closes.getTime() - 1))}`, null),
    }
  }))

  const galleries: Gallery[] = rawGalleries.map((raw) => {
    const gallery = gallerySchema.parse(raw)
    const campaign = link(columnById, gallery.campaignColumn)
    return {
      id: gallery.id,
      title: gallery.title,
      slug: gallery.slug,
      href: `/galleries/${gallery.slug}/`,
      campaign: campaign ?? (gallery.campaignName ? { name: gallery.campaignName, href: null } : null),
      description: gallery.description,
      date: dateLabel(gallery.date),
      district: link(districtById, gallery.district),
      cover: toImage(gallery.cover, 'card'),
      photos: (gallery.photos ?? []).flatMap((photo) => {
        const image = toImage(photo.image, 'full')
        const thumb = toImage(photo.image, 'card')
        return image && thumb ? [{ id: photo.id, image, thumb, caption: photo.caption, credit: photo.credit, takenAt: dateLabel(photo.takenAt) }] : []
      }),
      videos: gallery.videos ?? [],
      seo: seo(gallery.seo, gallery.title, gallery.description, gallery.cover),
    }
  })

  return { stories, columns, districts, organizations, honorRolls, notices, galleries, builtAt: now }
}

let cached: Promise<Site> | null = null

/** Everything the site shows, fetched once per build however many pages ask. */
export const loadSite = (): Promise<Site> => {
  cached ??= load()
  return cached
}

/** Splits a list into numbered pages for `/…/page/N/` routes. */
export const paginate = <T>(items: T[], pageSize: number): T[][] => {
  const pages: T[][] = []
  for (let index = 0; index < items.length; index += pageSize) pages.push(items.slice(index, index + pageSize))
  return pages.length ? pages : [[]]
}

export const PAGE_SIZE = 12

/** Probes the CMS before a build starts, so a down CMS fails fast with one clear message. */
export const checkCms = async (): Promise<void> => {
  await getJson(collectionSlugs.stories, { limit: 1, depth: 0 })
}
