/**
 * The view models pages render, built from a snapshot of the CMS's published content
 * (./snapshot): each collection's mapping lives in its own module, relations are resolved
 * here once. Shapes are checked with zod, so a CMS change fails the build loudly.
 */
import { collectionSlugs } from '@fengcai/shared'

import { toAnnouncement } from './announcements'
import type { Announcement } from './announcements'
import { newestFirst } from './common'
import { byId, linkLookup, lookup, populateRichText } from './context'
import type { Lookup } from './context'
import { toGallery } from './galleries'
import type { Gallery } from './galleries'
import { toHomeBlocks } from './home'
import type { HomeBlock } from './home'
import { toHonorRoll } from './honors'
import type { HonorRoll } from './honors'
import { KeptSorted, memoizeByObject } from './memo'
import { toNotice } from './notices'
import type { Notice } from './notices'
import { toSettings } from './settings'
import type { SiteSettings } from './settings'
import { recordSiteModelMs, snapshotProvider } from './provider'
import { shareEmptyLists } from './shared-strings'
import type { RawDoc, Snapshot } from './raw'
import { loadSnapshot } from './snapshot'
import { storySchema } from './stories'
import type { Story } from './stories'
import { StoryModels } from './story-models'
import { toTaxonomy } from './taxonomy'
import type { Taxonomy } from './taxonomy'
import { toTopic, topicPages } from './topics'
import type { Filed, Topic, TopicItem, TopicPage } from './topics'
import type { DateLabel, Link } from './common'

export type { DateLabel, Link, Seo } from './common'
export type { Gallery } from './galleries'
export type { HomeBlock } from './home'
export type { SiteSettings } from './settings'
export type { HonorEntry, HonorRoll } from './honors'
export type { Nominee, Notice, PublicComment } from './notices'
export type { NoticeOutcome } from './notice-outcomes'
export type { Story, StoryCard } from './stories'
export type { Taxonomy } from './taxonomy'
export type { Announcement } from './announcements'
export type { Attachment } from './attachments'
export type { Topic, TopicItem, TopicPage } from './topics'

export type Site = {
  stories: Story[]
  columns: Taxonomy[]
  districts: Taxonomy[]
  organizations: Taxonomy[]
  honorRolls: HonorRoll[]
  notices: Notice[]
  galleries: Gallery[]
  announcements: Announcement[]
  /** 专题专栏, in the editors' order. */
  topics: Topic[]
  /** Each topic with its content, newest first. */
  topicPages: TopicPage[]
  settings: SiteSettings
  /** The home page's blocks, in the editors' order (./home). */
  home: HomeBlock[]
  builtAt: Date
}

const byOrder = (a: RawDoc, b: RawDoc): number => Number(a.order ?? 0) - Number(b.order ?? 0) || Number(a.id) - Number(b.id)
const byName = (a: RawDoc, b: RawDoc): number => (String(a.name) < String(b.name) ? -1 : String(a.name) > String(b.name) ? 1 : Number(a.id) - Number(b.id))
const sorted = (list: RawDoc[], compare: (a: RawDoc, b: RawDoc) => number): RawDoc[] => [...list].sort(compare)

/** A story document checked against its schema, once per document (see memoizeByObject). */
const parseStory = memoizeByObject((raw: RawDoc) => shareEmptyLists(storySchema.parse(raw)))

/**
 * The stories of the last build (in the site worker, the last publish), in order and mapped: an
 * unchanged story keeps its objects, so neither it nor its pages' cache keys are worked out again
 * (./story-models, ./pages).
 */
const storyOrder = new KeptSorted<RawDoc>(newestFirst((raw) => raw.publishedAt as string))
const storyModels = new StoryModels()

/** What a story's text reads of a document it links to (./context, populateRichText). */
type LinkTarget = { id: RawDoc['id']; slug: string }

/**
 * One collection's link targets, the same Map while its documents' ids and slugs are: a story reads
 * nothing else of a notice, honour roll, gallery, announcement or topic. With the snapshot's list
 * itself among the stories' inputs (./story-models), which the snapshot replaces whole when one of
 * its documents changes, a notice's new title or comment worked out every story again (6.6 s of a
 * notice's publish at 100,000 stories).
 */
class LinkTargets {
  private last: { key: string; targets: Map<string, LinkTarget> } | null = null

  of(docs: readonly RawDoc[]): Map<string, LinkTarget> {
    const list = docs.map((raw) => ({ id: raw.id, slug: String(raw.slug) }))
    const key = list
      .map(({ id, slug }) => `${id} ${slug}`)
      .sort()
      .join('\n')
    if (this.last?.key !== key) this.last = { key, targets: byId(list) }
    return this.last.targets
  }
}
const linkTargets = {
  notices: new LinkTargets(),
  honorRolls: new LinkTargets(),
  galleries: new LinkTargets(),
  announcements: new LinkTargets(),
  topics: new LinkTargets(),
}

type Listed = { title: string; href: string; date: DateLabel | null }

/**
 * The documents of one kind filed under a topic (their raw `topics`), as topic pages list them;
 * `raws` and `models` in the same order. Documents under no topic cost nothing more.
 */
const filedUnder = <T extends Listed>(
  kind: TopicItem['kind'],
  raws: readonly Record<string, unknown>[],
  models: readonly T[],
  summary: (model: T) => string,
): Filed[] =>
  raws.flatMap((raw, index) => {
    const model = models[index]
    if (!model || !Array.isArray(raw.topics) || raw.topics.length === 0) return []
    return [{ topics: raw.topics, item: { kind, title: model.title, href: model.href, date: model.date, summary: summary(model) } }]
  })

/** Every view model of the site from one snapshot, as of `now` (notice statuses). */
export const buildSite = (snapshot: Snapshot, now: Date): Site => {
  const media = byId(snapshot.media)
  const columns = sorted(snapshot.columns, byOrder).map((raw) => toTaxonomy(raw, 'columns'))
  const districts = sorted(snapshot.districts, byOrder).map((raw) => toTaxonomy(raw, 'districts'))
  const organizations = sorted(snapshot.organizations, byName).map((raw) => toTaxonomy(raw, 'organizations'))
  const parsedStories = storyOrder.sort(snapshot.stories).map(parseStory)
  const linkable = {
    [collectionSlugs.notices]: linkTargets.notices.of(snapshot.notices),
    [collectionSlugs.honorRolls]: linkTargets.honorRolls.of(snapshot.honorRolls),
    [collectionSlugs.galleries]: linkTargets.galleries.of(snapshot.galleries),
    [collectionSlugs.announcements]: linkTargets.announcements.of(snapshot.announcements),
    [collectionSlugs.topics]: linkTargets.topics.of(snapshot.topics),
  }
  const richTextTargets = {
    [collectionSlugs.stories]: byId(parsedStories),
    ...linkable,
    [collectionSlugs.columns]: byId(columns),
    [collectionSlugs.districts]: byId(districts),
    [collectionSlugs.organizations]: byId(organizations),
  }
  const common = {
    media: lookup(media),
    column: linkLookup(byId(columns)),
    district: linkLookup(byId(districts)),
    organization: linkLookup(byId(organizations)),
    richText: (data: unknown) => populateRichText(data, media, richTextTargets),
  }
  // What a story's card and page read besides the stories: the lists behind `common` (each
  // replaced whole when one of its documents changes) and the link targets.
  const { media: mediaList, columns: columnList, districts: districtList, organizations: organizationList } = snapshot
  const { card, stories } = storyModels.build(parsedStories, [mediaList, columnList, districtList, organizationList, ...Object.values(linkable)], common)
  // A story's link is made when asked (a notice or an honour roll names a few stories), not kept for every story.
  const storyLink: Lookup<Link> = (value) => {
    const found = card(value)
    return found ? { name: found.title, href: found.href } : null
  }
  const honorRolls = sorted(
    snapshot.honorRolls,
    newestFirst((raw) => raw.publishedAt as string),
  ).map((raw) => toHonorRoll(raw, { ...common, story: storyLink }))
  const honorRoll = linkLookup(byId(honorRolls.map((roll) => ({ id: roll.id, name: roll.title, href: roll.href }))))
  const settings = toSettings(snapshot.settings, common)
  const sortedNotices = sorted(
    snapshot.notices,
    newestFirst((raw) => raw.opensAt as string),
  )
  const notices = sortedNotices.map((raw) =>
    toNotice(
      raw,
      snapshot.comments[String(raw.id)] ?? { comments: [], retentionDays: 180 },
      { ...common, story: storyLink, honorRoll, contactDefaults: settings.objectionContact },
      now,
    ),
  )
  const sortedGalleries = sorted(
    snapshot.galleries,
    newestFirst((raw) => raw.date as string),
  )
  const galleries = sortedGalleries.map((raw) => toGallery(raw, common))
  const topics = sorted(snapshot.topics, byOrder).map((raw) => toTopic(raw, common))
  const topic = linkLookup(byId(topics.map((item) => ({ id: item.id, name: item.title, href: item.href }))))
  const sortedAnnouncements = sorted(
    snapshot.announcements,
    newestFirst((raw) => raw.date as string),
  )
  const attachment = lookup(byId(snapshot.attachments))
  const announcements = sortedAnnouncements.map((raw) => toAnnouncement(raw, { attachment, topic, richText: common.richText }))
  const filed: Filed[] = [
    ...filedUnder('新闻', parsedStories, stories, (story) => story.summary),
    ...filedUnder('图集', sortedGalleries, galleries, (gallery) => gallery.description),
    ...filedUnder('公示', sortedNotices, notices, () => ''),
    ...filedUnder('通知公告', sortedAnnouncements, announcements, (announcement) => announcement.summary),
  ]
  const home = toHomeBlocks(snapshot.homepage, {
    stories,
    story: card,
    column: lookup(byId(columns)),
    media: common.media,
    notices,
    honorRolls,
    galleries,
    announcements,
    topics,
    topic: lookup(byId(topics)),
    shown: new Set(),
  })
  return {
    stories,
    columns,
    districts,
    organizations,
    honorRolls,
    notices,
    galleries,
    announcements,
    topics,
    topicPages: topicPages(topics, filed),
    settings,
    home,
    builtAt: now,
  }
}

/** Stories the last build of the site worked out again rather than kept (./story-models). */
export const storiesMapped = (): number => storyModels.mapped

let cached: Promise<Site> | null = null
let provided: { generation: number; site: Promise<Site> } | null = null

/** Everything the site shows, loaded once per build (or per worker generation) however many pages ask. */
export const loadSite = (): Promise<Site> => {
  const provider = snapshotProvider()
  if (provider) {
    const { generation, snapshot, now } = provider()
    if (provided?.generation !== generation) {
      const started = performance.now()
      provided = { generation, site: Promise.resolve(buildSite(snapshot, now)) }
      recordSiteModelMs(performance.now() - started)
    }
    return provided.site
  }
  cached ??= (async () => {
    const started = performance.now()
    const snapshot = await loadSnapshot()
    const loaded = performance.now()
    const site = buildSite(snapshot, new Date())
    console.log(
      `[data] ${snapshot.stories.length} stories, ${snapshot.media.length} media: loaded in ${Math.round(loaded - started)} ms, ` +
        `mapped in ${Math.round(performance.now() - loaded)} ms`,
    )
    return site
  })()
  return cached
}

/** Stories on a listing page. */
export const PAGE_SIZE = 12
