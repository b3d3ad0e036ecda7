/**
 * Writes the demo content. Every item is looked up by its title (or name) first, so running
 * it twice adds nothing. Side effects such as site rebuilds are switched off by `context.seed`.
 */
import type { Payload, Where } from 'payload'

import { DAY_MS, addDays, collectionSlugs, defaultWorkCalendar, globalSlugs, shanghaiDay, shanghaiInstant } from '@fengcai/shared'

import { seedTopicsAndAnnouncements } from './announcements'
import { gallerySeeds } from './galleries'
import { homepageSeed } from './homepage'
import { honorRollSeeds } from './honorRolls'
import { commentSeeds, noticeSeeds, objectionContact } from './notices'
import { footerMarksSeed } from './footerMarks'
import { drawScene } from './images'
import { heading, image, paragraph, richText } from '@/lib/lexical'
import { storySeeds } from './stories'
import { columnSeeds, districtIntro, districtSeeds, organizationSeeds, siteSettingsSeed } from './taxonomy'

const context = { seed: true }

const sceneAlts = [
  '示意插图：晴空下并肩站立的志愿者',
  '示意插图：山坡前的一群志愿者',
  '示意插图：夕阳下的志愿服务队',
  '示意插图：绿地上的志愿者合影',
  '示意插图：暖色天空下的社区居民',
  '示意插图：紫色黄昏中的志愿者',
]

type Ids = Record<string, number>

const daysAgo = (days: number): string => new Date(Date.now() - days * DAY_MS).toISOString()

/** 09:00 Shanghai time, `days` days from today. */
const shanghaiMorning = (days: number): string => {
  return shanghaiInstant(addDays(shanghaiDay(new Date()), days), '09:00').toISOString()
}

export type SeedLog = (message: string) => void

export const seedDemoContent = async (payload: Payload, log: SeedLog = () => undefined): Promise<void> => {
  const findId = async (collection: string, where: Where): Promise<number | null> => {
    const found = await payload.find({
      collection: collection as 'stories',
      where,
      limit: 1,
      depth: 0,
      overrideAccess: true,
      draft: true,
      pagination: false,
    })
    const doc = found.docs[0]
    return doc ? Number(doc.id) : null
  }

  const upsert = async (collection: string, key: Where, data: Record<string, unknown>): Promise<number> => {
    const existing = await findId(collection, key)
    if (existing) return existing
    const doc = await payload.create({
      collection: collection as 'stories',
      data: data as never,
      overrideAccess: true,
      context,
    })
    return Number(doc.id)
  }

  const calendar = await payload.findGlobal({ slug: globalSlugs.workCalendar, overrideAccess: true })
  if (!calendar.holidays?.length && !calendar.makeupWorkdays?.length) {
    await payload.updateGlobal({
      slug: globalSlugs.workCalendar,
      data: {
        holidays: defaultWorkCalendar.holidays.map((day) => ({ day })),
        makeupWorkdays: defaultWorkCalendar.makeupWorkdays.map((day) => ({ day })),
      },
      overrideAccess: true,
      context,
    })
  }

  const settings = await payload.findGlobal({ slug: globalSlugs.siteSettings, overrideAccess: true })
  if (!settings.organizer)
    await payload.updateGlobal({ slug: globalSlugs.siteSettings, data: { ...siteSettingsSeed, objectionContact }, overrideAccess: true, context })

  const districts: Ids = {}
  for (const [index, [key, name]] of districtSeeds.entries()) {
    districts[key] = await upsert(collectionSlugs.districts, { name: { equals: name } }, { name, order: (index + 1) * 10, description: districtIntro(name) })
  }
  const columns: Ids = {}
  for (const { key, ...column } of columnSeeds) {
    columns[key] = await upsert(collectionSlugs.columns, { name: { equals: column.name } }, column)
  }

  const media: number[] = []
  for (let index = 0; index < 24; index += 1) {
    const name = `seed-${String(index + 1).padStart(2, '0')}`
    const existing = await findId(collectionSlugs.media, { filename: { equals: `${name}.webp` } })
    if (existing) {
      media.push(existing)
      continue
    }
    const doc = await payload.create({
      collection: collectionSlugs.media,
      data: { alt: sceneAlts[index % sceneAlts.length] as string, credit: '风采演示图库' },
      file: { data: await drawScene(index), mimetype: 'image/jpeg', name: `${name}.jpg`, size: 0 },
      overrideAccess: true,
      context,
    })
    media.push(Number(doc.id))
  }
  const pick = (index: number): number => media[index % media.length] as number
  log(`媒体库：${media.length} 张演示图片`)

  const organizations: Ids = {}
  for (const [index, { key, district, ...organization }] of organizationSeeds.entries()) {
    organizations[key] = await upsert(
      collectionSlugs.organizations,
      { name: { equals: organization.name } },
      { ...organization, district: districts[district], logo: pick(index + 3) },
    )
  }

  const stories: Ids = {}
  for (const [index, story] of storySeeds.entries()) {
    const [first, second, third, fourth] = story.paragraphs
    stories[story.title] = await upsert(
      collectionSlugs.stories,
      { title: { equals: story.title } },
      {
        title: story.title,
        subtitle: story.subtitle,
        column: columns[story.column],
        district: districts[story.district],
        organizations: story.organizations.map((key) => organizations[key]),
        tags: story.tags,
        cover: pick(index),
        body: richText([
          paragraph(first),
          paragraph(second),
          heading(story.heading),
          image(pick(index + 7), story.caption, story.credit),
          paragraph(third),
          paragraph(fourth),
        ]),
        source: story.source,
        correspondent: story.correspondent,
        reporter: story.reporter,
        responsibleEditor: story.editor,
        featured: Boolean(story.featured),
        publishedAt: daysAgo(story.daysAgo),
        viewCount: story.views,
        _status: 'published',
      },
    )
  }
  // Related stories: others of the same column, filled only where an editor has set none.
  for (const story of storySeeds) {
    const id = stories[story.title] as number
    const current = await payload.findByID({ collection: collectionSlugs.stories, id, depth: 0, overrideAccess: true })
    if (current.relatedStories?.length) continue
    const related = storySeeds
      .filter((other) => other.column === story.column && other.title !== story.title)
      .slice(0, 3)
      .map((other) => stories[other.title] as number)
    await payload.update({
      collection: collectionSlugs.stories,
      id,
      data: { relatedStories: related },
      overrideAccess: true,
      context,
    })
  }
  log(`新闻稿：${storySeeds.length} 篇`)

  const honorRolls: Ids = {}
  for (const [index, roll] of honorRollSeeds.entries()) {
    honorRolls[roll.title] = await upsert(
      collectionSlugs.honorRolls,
      { title: { equals: roll.title } },
      {
        title: roll.title,
        awardingBody: roll.awardingBody,
        year: roll.year,
        intro: richText(roll.intro.map(paragraph)),
        entries: roll.entries.map(({ organization, storyTitle, ...entry }, entryIndex) => ({
          ...entry,
          organization: organization ? organizations[organization] : undefined,
          story: storyTitle ? stories[storyTitle] : undefined,
          photo: entry.type === 'individual' ? pick(index * 5 + entryIndex) : undefined,
        })),
        publishedAt: daysAgo(roll.daysAgo),
        source: roll.awardingBody,
        responsibleEditor: '林若溪',
        _status: 'published',
      },
    )
  }
  log(`荣誉榜：${honorRollSeeds.length} 个`)

  const noticeIds: Ids = {}
  for (const notice of noticeSeeds) {
    noticeIds[notice.title] = await upsert(
      collectionSlugs.notices,
      { title: { equals: notice.title } },
      {
        title: notice.title,
        intro: richText(notice.intro.map(paragraph)),
        nominees: notice.nominees,
        opensAt: shanghaiMorning(notice.opensInDays),
        objectionContact,
        results: notice.resultsTitle ? honorRolls[notice.resultsTitle] : undefined,
        publishedAt: shanghaiMorning(Math.min(notice.opensInDays, 0)),
        source: objectionContact.department,
        _status: 'published',
      },
    )
  }
  for (const [index, comment] of commentSeeds.entries()) {
    const noticeId = noticeIds[comment.noticeTitle] as number
    const notice = await payload.findByID({ collection: collectionSlugs.notices, id: noticeId, depth: 0, overrideAccess: true })
    const nominee = notice.nominees?.find((row) => row.name === comment.nomineeName)
    await upsert(
      collectionSlugs.noticeComments,
      { idempotencyKey: { equals: `seed-comment-${index + 1}-0000` } },
      {
        receipt: `GS-00000000-SD${String(index + 1).padStart(2, '0')}`,
        idempotencyKey: `seed-comment-${index + 1}-0000`,
        kind: comment.kind,
        status: comment.status,
        notice: noticeId,
        nomineeId: nominee?.id ?? undefined,
        nomineeName: nominee?.name ?? undefined,
        name: comment.name,
        phone: comment.phone,
        content: comment.content,
        publicReply: comment.publicReply,
      },
    )
  }
  log(`公示：${noticeSeeds.length} 个，留言与异议 ${commentSeeds.length} 条`)

  const galleries: Ids = {}
  for (const [index, gallery] of gallerySeeds.entries()) {
    galleries[gallery.title] = await upsert(
      collectionSlugs.galleries,
      { title: { equals: gallery.title } },
      {
        title: gallery.title,
        campaignColumn: gallery.column ? columns[gallery.column] : undefined,
        campaignName: gallery.campaignName,
        description: gallery.description,
        date: daysAgo(gallery.daysAgo),
        district: districts[gallery.district],
        cover: pick(index * 6),
        photos: gallery.photos.map((photo, photoIndex) => ({
          ...photo,
          image: pick(index * 6 + photoIndex),
          takenAt: daysAgo(gallery.daysAgo),
        })),
        videos: gallery.videos,
        publishedAt: daysAgo(gallery.daysAgo),
        _status: 'published',
      },
    )
  }
  log(`图集：${gallerySeeds.length} 个`)
  log(await seedTopicsAndAnnouncements(payload, { findId, upsert, pick, stories, galleries }))
  // The footer's marks upload their QR pictures after the demo pictures, which keep their places in the media library.
  if (!settings.siteCode)
    await payload.updateGlobal({ slug: globalSlugs.siteSettings, data: await footerMarksSeed(payload, context), overrideAccess: true, context })

  const homepage = await payload.findGlobal({ slug: globalSlugs.homepage, depth: 0, overrideAccess: true })
  if (!homepage.blocks?.length) {
    const refs = {
      story: (title: string) => stories[title] as number,
      column: (key: string) => columns[key] as number,
      picture: pick,
      topic: await findId(collectionSlugs.topics, { title: { equals: '城市马拉松志愿者在行动' } }),
    }
    await payload.updateGlobal({ slug: globalSlugs.homepage, data: { blocks: homepageSeed(refs) }, overrideAccess: true, context })
    log('首页版块：演示版块已填入')
  }
}
