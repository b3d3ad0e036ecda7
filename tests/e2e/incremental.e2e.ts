/**
 * The publishing invariant: the site `pnpm start` keeps up to date change by change (Astro's
 * incremental build reusing unchanged pages) is exactly the site a fresh cold build makes of the
 * same content. A seeded random sequence of changes of every kind goes through the REST API in
 * waves; after each wave the stack's site catches up; at the end both sites must have the same
 * files with the same bytes (the search index included, so search answers alike). The worker
 * mirrors the site into a CDN bucket (a real S3 server, s3rver) all along: the bucket must hold
 * the served folder file for file, with each file's content type, and the CDN's purge address must
 * have received exactly the paths the publishes changed or deleted.
 */
import { spawn } from 'node:child_process'
import { readFile, readdir, rm, symlink, writeFile } from 'node:fs/promises'
import path from 'node:path'

import pg from 'pg'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { shanghaiDay } from '@fengcai/shared'
import type { DemoCredentials } from '@fengcai/shared'

import { tinyPdf } from '@/seed/pdf'

import type { PresentIndexes } from '../../site/src/data/search'
import { purgePathOf } from '../../site/src/worker/cdn-objects'

import { GENERATED_SLUG_PREFIX, queueGeneratedStories, seedGeneratedStories } from '../bench/generated-stories'
import { solvedAltchaFrom } from '../helpers/altcha'
import { launchBrowser } from '../helpers/browser'
import { homepageChanges } from '../helpers/homepageChanges'
import { submission } from '../helpers/comments'
import { drawJpeg } from '../helpers/images'
import { richText } from '../helpers/lexical'
import { seededRandom as random } from '../helpers/random'
import { recordPurges } from '../helpers/purgeRecorder'
import type { PurgeRecorder } from '../helpers/purgeRecorder'
import { authHeaders, login } from '../helpers/rest'
import { startBucket } from '../helpers/s3'
import { searchSite } from '../helpers/siteSearch'
import { holdWrites } from '../helpers/sql'
import type { TestBucket } from '../helpers/s3'
import type { Session } from '../helpers/rest'
import { checkedEmptySince, failedSince, readSiteStatus, statusFileOf, waitForSiteStatus } from '../helpers/siteStatus'
import { childEnv, dataDirFromTemplate, otherFilesystemDir, repoRoot, siteCaughtUp, siteShows, startStack } from '../helpers/stack'
import type { Stack } from '../helpers/stack'
import { tearDown } from '../helpers/teardown'

const SEED = Number(process.env.FENGCAI_CHANGES_SEED ?? 20261123)
const WAVES = 6
const CHANGES_PER_WAVE = 12

type Doc = { id: number; [key: string]: unknown }

/** Every file below a folder, relative paths sorted. */
const filesBelow = async (dir: string): Promise<string[]> =>
  (await readdir(dir, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .sort()

describe('incremental publishing', () => {
  let stack: Stack
  let admin: Session
  const log: string[] = []
  const next = random(SEED)
  const pick = <T>(list: T[]): T => list[Math.floor(next() * list.length)] as T

  const api = async (method: string, pathname: string, body?: unknown): Promise<Doc & { docs?: Doc[]; doc?: Doc }> => {
    const response = await fetch(`${stack.cmsUrl}/api/${pathname}`, {
      method,
      headers: { 'content-type': 'application/json', ...authHeaders(admin) },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    const text = await response.text()
    if (!response.ok) throw new Error(`${method} ${pathname} answered ${response.status}: ${text.slice(0, 500)}`)
    return JSON.parse(text)
  }
  const list = async (collection: string, where = ''): Promise<Doc[]> => (await api('GET', `${collection}?limit=200&depth=0${where}`)).docs ?? []
  /** A new picture uploaded as the admin's media library does (multipart, the file and its fields), or an existing one's file replaced. */
  const upload = async (alt: string, replacing?: number): Promise<Doc> => {
    const form = new FormData()
    const [width, height] = [480 + Math.floor(next() * 400), 320 + Math.floor(next() * 300)]
    form.append('file', new Blob([new Uint8Array(await drawJpeg(width, height))], { type: 'image/jpeg' }), `upload-${Math.floor(next() * 1e6)}.jpg`)
    form.append('_payload', JSON.stringify({ alt, credit: `摄影 ${Math.floor(next() * 100)}` }))
    const response = await fetch(`${stack.cmsUrl}/api/media${replacing ? `/${replacing}` : ''}`, {
      method: replacing ? 'PATCH' : 'POST',
      headers: authHeaders(admin),
      body: form,
    })
    const text = await response.text()
    if (!response.ok) throw new Error(`upload answered ${response.status}: ${text.slice(0, 500)}`)
    return (JSON.parse(text) as { doc: Doc }).doc
  }
  /** A new PDF attachment for a 通知公告, uploaded as the admin does, with its title. */
  const uploadPdf = async (title: string): Promise<Doc> => {
    const form = new FormData()
    const bytes = tinyPdf([`Attachment ${Math.floor(next() * 1e6)}`], 400 + Math.floor(next() * 4000))
    form.append('file', new Blob([new Uint8Array(bytes)], { type: 'application/pdf' }), `file-${Math.floor(next() * 1e6)}.pdf`)
    form.append('_payload', JSON.stringify({ title }))
    const response = await fetch(`${stack.cmsUrl}/api/attachments`, { method: 'POST', headers: authHeaders(admin), body: form })
    const text = await response.text()
    if (!response.ok) throw new Error(`attachment upload answered ${response.status}: ${text.slice(0, 500)}`)
    return (JSON.parse(text) as { doc: Doc }).doc
  }
  /** The topics a document is filed under, as ids, with `topic` added. */
  const joined = (doc: Doc, topic: number): number[] => [...new Set([...((doc.topics as number[] | undefined) ?? []), topic])].slice(-5)
  /** Media that published content uses (covers, photos), so changing them changes pages. */
  const mediaInUse = async (): Promise<number[]> => {
    const used = new Set<number>()
    for (const story of await publishedDocs('stories')) if (typeof story.cover === 'number') used.add(story.cover)
    for (const gallery of await publishedDocs('galleries'))
      for (const photo of (gallery.photos as { image?: unknown }[] | undefined) ?? []) if (typeof photo.image === 'number') used.add(photo.image)
    return [...used]
  }
  const publishedDocs = (collection: string) => list(collection, '&where[_status][equals]=published')
  /** Published notices whose period has ended, with or without an announced 公示结果. */
  const closedNotices = async (announced: boolean): Promise<Doc[]> =>
    (await publishedDocs('notices')).filter(
      (notice) => Date.parse(String(notice.closesAt)) <= Date.now() && Boolean((notice.outcome as { announced?: boolean } | null)?.announced) === announced,
    )
  /** A notice's nominee rows with a result each, as staff fill them in (the row ids kept). */
  const decided = (notice: Doc, decision: () => string): Record<string, unknown>[] =>
    ((notice.nominees as Record<string, unknown>[] | undefined) ?? []).map((nominee) => ({
      ...nominee,
      decision: decision(),
      decisionNote: `说明${Math.floor(next() * 100)}`,
    }))
  const decisions = ['approved', 'rejected', 'deferred']

  /**
   * One random change of a random kind, through the API as an editor's admin would make it.
   *
   * The kinds, and why they are all there are: what the site shows is the published documents
   * of the public collections, their relations, the media and the settings (src/data/snapshot).
   * So a change kind is one per way the admin changes one of them —
   * - a reviewed document (story, honour roll, notice, gallery): create published, edit, unpublish,
   *   publish again, delete (stories carry all five; the others' edits go through the same hooks);
   * - a relation: to an existing term, to a term created a moment ago (not in the worker's copy yet);
   * - taxonomy (column, district, organisation): create, rename, edit a description;
   * - media: a new upload attached as a cover, in a body, in a gallery, as a nominee photo; a file
   *   replaced; alt/credit edited; a picture deleted while content uses it;
   * - a notice's 公示结果 (its own page, a feed item): announced, edited, withdrawn;
   * - the 站点设置 global; the 首页版块 global: a 焦点图 slide added, the blocks reordered, a 友情链接
   *   added (../helpers/homepageChanges); a comment approved on a notice;
   * - a 通知公告 (with an attachment uploaded a moment before, or a link): create, edit, unpublish;
   *   an attachment's title; a 专题: create (in the menu or not), edit; a story, gallery or
   *   announcement filed under a topic (one created a moment before too).
   * Anything else an editor does (drafts, autosaves, review requests) changes nothing public.
   */
  const changes: Record<string, () => Promise<string>> = {
    'create story': async () => {
      const [columns, districts, stories] = [await list('columns'), await list('districts'), await publishedDocs('stories')]
      const title = `增量发布测试新闻 ${Math.floor(next() * 1e6)}`
      const doc = (
        await api('POST', 'stories', {
          title,
          body: richText(`${title}的正文，记录一次社区志愿服务。`, '第二段落，介绍参与者的感受。'),
          column: pick(columns).id,
          district: pick(districts).id,
          relatedStories: stories.length ? [pick(stories).id] : [],
          publishedAt: new Date(Date.now() - Math.floor(next() * 400) * 86_400_000).toISOString(),
          _status: 'published',
        })
      ).doc as Doc
      return `created story ${doc.id}`
    },
    'edit story title': async () => {
      const story = pick(await publishedDocs('stories'))
      await api('PATCH', `stories/${story.id}`, { title: `${String(story.title).slice(0, 60)}（修订${Math.floor(next() * 100)}）`, _status: 'published' })
      return `retitled story ${story.id}`
    },
    'unpublish story': async () => {
      const story = pick(await publishedDocs('stories'))
      await api('PATCH', `stories/${story.id}`, { _status: 'draft' })
      return `unpublished story ${story.id}`
    },
    'republish story': async () => {
      const drafts = await list('stories', '&where[_status][equals]=draft')
      if (!drafts.length) return 'no draft story to publish'
      const story = pick(drafts)
      await api('PATCH', `stories/${story.id}`, { _status: 'published' })
      return `published story ${story.id}`
    },
    'delete story': async () => {
      const story = pick(await publishedDocs('stories'))
      await api('DELETE', `stories/${story.id}`)
      return `deleted story ${story.id}`
    },
    'rename column': async () => {
      const column = pick(await list('columns'))
      await api('PATCH', `columns/${column.id}`, { name: `栏目${Math.floor(next() * 1000)}` })
      return `renamed column ${column.id}`
    },
    'edit district': async () => {
      const district = pick(await list('districts'))
      await api('PATCH', `districts/${district.id}`, { description: `区简介 ${Math.floor(next() * 1000)}` })
      return `edited district ${district.id}`
    },
    'rename organization': async () => {
      const organization = pick(await list('organizations'))
      await api('PATCH', `organizations/${organization.id}`, { name: `志愿组织${Math.floor(next() * 1000)}` })
      return `renamed organization ${organization.id}`
    },
    'edit honour roll': async () => {
      const roll = pick(await publishedDocs('honor-rolls'))
      await api('PATCH', `honor-rolls/${roll.id}`, { title: `${String(roll.title).slice(0, 40)}（${Math.floor(next() * 100)}）`, _status: 'published' })
      return `retitled honour roll ${roll.id}`
    },
    'edit notice': async () => {
      const notice = pick(await publishedDocs('notices'))
      await api('PATCH', `notices/${notice.id}`, { title: `${String(notice.title).slice(0, 40)}（${Math.floor(next() * 100)}）`, _status: 'published' })
      return `retitled notice ${notice.id}`
    },
    'announce notice result': async () => {
      const [notice] = await closedNotices(false)
      if (!notice) return 'no closed notice without a result'
      await api('PATCH', `notices/${notice.id}`, {
        nominees: decided(notice, () => pick(decisions)),
        outcome: { announced: true, note: `结果说明 ${Math.floor(next() * 1000)}` },
        _status: 'published',
      })
      return `announced the result of notice ${notice.id}`
    },
    'edit notice result': async () => {
      const [notice] = await closedNotices(true)
      if (!notice) return 'no announced result to edit'
      await api('PATCH', `notices/${notice.id}`, { nominees: decided(notice, () => pick(decisions)), _status: 'published' })
      return `edited the result of notice ${notice.id}`
    },
    'withdraw notice result': async () => {
      const [notice] = await closedNotices(true)
      if (!notice) return 'no announced result to withdraw'
      await api('PATCH', `notices/${notice.id}`, { outcome: { announced: false }, _status: 'published' })
      return `withdrew the result of notice ${notice.id}`
    },
    'edit site settings': async () => {
      // The footer is on every page: every page is rendered again.
      await api('POST', 'globals/site-settings', { operator: `承办单位${Math.floor(next() * 1000)}`, keepWords: `梧桐里\n词${Math.floor(next() * 100)}` })
      return 'edited site settings'
    },
    'edit footer marks': async () => {
      // 网站标识码 and the QR codes are in every page's footer; 关于我们 and the accessibility statement have their pages.
      const settings = (await api('GET', 'globals/site-settings?depth=0')) as Doc & { qrCodes?: Doc[] }
      const n = Math.floor(next() * 1000)
      const qrCodes = (settings.qrCodes ?? []).map((row, index) => (index === 0 ? { ...row, label: `公众号${n}`, alt: `公众号${n}的二维码` } : row))
      await api('POST', 'globals/site-settings', { siteCode: `31000${n}（演示）`, qrCodes })
      return `edited the footer marks (${qrCodes.length} QR codes)`
    },
    ...homepageChanges({
      api,
      next,
      publishedStories: async () => (await publishedDocs('stories')).map((story) => story.id),
      pictures: async () => {
        const used = await mediaInUse()
        return used.length ? used : (await list('media')).map((item) => item.id)
      },
    }),
    'edit gallery': async () => {
      const gallery = pick(await publishedDocs('galleries'))
      await api('PATCH', `galleries/${gallery.id}`, { description: `图集说明 ${Math.floor(next() * 1000)}`, _status: 'published' })
      return `edited gallery ${gallery.id}`
    },
    'edit media': async () => {
      const media = pick(await list('media'))
      await api('PATCH', `media/${media.id}`, { alt: `替代文字 ${Math.floor(next() * 1000)}` })
      return `edited media ${media.id}`
    },
    'upload a cover and publish it': async () => {
      const story = pick(await publishedDocs('stories'))
      const media = await upload(`新封面 ${Math.floor(next() * 1000)}`)
      await api('PATCH', `stories/${story.id}`, { cover: media.id, _status: 'published' })
      return `story ${story.id} has the new cover ${media.id}`
    },
    'upload a picture into a story body': async () => {
      const media = await upload(`正文插图 ${Math.floor(next() * 1000)}`)
      const doc = (
        await api('POST', 'stories', {
          title: `带插图的新闻 ${Math.floor(next() * 1e6)}`,
          body: {
            root: {
              ...richText('插图前的段落。').root,
              children: [
                ...richText('插图前的段落，记录活动开始。').root.children,
                {
                  type: 'upload',
                  version: 3,
                  format: '',
                  id: Math.floor(next() * 2 ** 48)
                    .toString(16)
                    .padStart(24, '0'),
                  relationTo: 'media',
                  value: media.id,
                  fields: { caption: '活动现场', credit: '通讯员' },
                },
                ...richText('插图后的段落。').root.children,
              ],
            },
          },
          publishedAt: new Date(Date.now() - Math.floor(next() * 30) * 86_400_000).toISOString(),
          _status: 'published',
        })
      ).doc as Doc
      return `created story ${doc.id} with picture ${media.id} in its body`
    },
    'upload a photo into a gallery': async () => {
      const gallery = pick(await publishedDocs('galleries'))
      const media = await upload(`图集新照片 ${Math.floor(next() * 1000)}`)
      const photos = ((gallery.photos as Record<string, unknown>[] | undefined) ?? []).map(({ id: _id, ...photo }) => photo)
      await api('PATCH', `galleries/${gallery.id}`, { photos: [...photos, { image: media.id, caption: '新增照片' }], _status: 'published' })
      return `gallery ${gallery.id} has the new photo ${media.id}`
    },
    'upload a nominee photo': async () => {
      const notice = pick(await publishedDocs('notices'))
      const nominees = ((notice.nominees as Record<string, unknown>[] | undefined) ?? []).map(({ id: _id, ...nominee }) => nominee)
      if (!nominees.length) return `notice ${notice.id} has no nominee`
      const media = await upload(`候选人照片 ${Math.floor(next() * 1000)}`)
      const index = Math.floor(next() * nominees.length)
      nominees[index] = { ...nominees[index], photo: media.id }
      await api('PATCH', `notices/${notice.id}`, { nominees, _status: 'published' })
      return `notice ${notice.id} nominee ${index} has the new photo ${media.id}`
    },
    'replace a picture file': async () => {
      const used = await mediaInUse()
      if (!used.length) return 'no picture in use to replace'
      const id = pick(used)
      await upload(`替换后的图片 ${Math.floor(next() * 1000)}`, id)
      return `replaced the file of media ${id}`
    },
    'delete a picture in use': async () => {
      // A cover (optional) goes with its picture; a gallery photo's picture is refused (409), see MediaInUse.int.
      const covers = (await publishedDocs('stories')).map((story) => story.cover).filter((cover): cover is number => typeof cover === 'number')
      if (!covers.length) return 'no cover to delete'
      const id = pick(covers)
      const galleries = await list('galleries', `&draft=true&where[photos.image][equals]=${id}`)
      if (galleries.length) return `media ${id} is also a gallery photo: kept`
      const blocks = ((await api('GET', 'globals/homepage?depth=0')).blocks ?? []) as { slides?: { image?: unknown }[] }[]
      if (blocks.some((block) => block.slides?.some((slide) => slide.image === id))) return `media ${id} is also a 焦点图 slide (409): kept`
      await api('DELETE', `media/${id}`)
      return `deleted media ${id}, a published story's cover`
    },
    'file a story under a new column': async () => {
      const story = pick(await publishedDocs('stories'))
      const column = (await api('POST', 'columns', { name: `新栏目${Math.floor(next() * 1e5)}`, kind: 'regular' })).doc as Doc
      await api('PATCH', `stories/${story.id}`, { column: column.id, _status: 'published' })
      return `story ${story.id} filed under the new column ${column.id}`
    },
    'file a story under a new organization': async () => {
      const story = pick(await publishedDocs('stories'))
      const organization = (await api('POST', 'organizations', { name: `新志愿组织${Math.floor(next() * 1e5)}`, kind: 'community-centre' })).doc as Doc
      await api('PATCH', `stories/${story.id}`, { organizations: [organization.id], _status: 'published' })
      return `story ${story.id} filed under the new organization ${organization.id}`
    },
    'create announcement with an attachment': async () => {
      const topics = await list('topics')
      const file = await uploadPdf(`附件 ${Math.floor(next() * 1e5)}`)
      const link = next() < 0.3
      const doc = (
        await api('POST', 'announcements', {
          title: `增量发布测试通知 ${Math.floor(next() * 1e6)}`,
          date: new Date(Date.now() - Math.floor(next() * 60) * 86_400_000).toISOString(),
          ...(link ? { externalUrl: `https://example.org/n/${Math.floor(next() * 1e5)}` } : { body: richText('请各志愿服务队按时报名。') }),
          attachments: [file.id],
          topics: topics.length && next() < 0.5 ? [pick(topics).id] : [],
          _status: 'published',
        })
      ).doc as Doc
      return `created announcement ${doc.id} with attachment ${file.id}`
    },
    'edit announcement': async () => {
      const announcement = pick(await publishedDocs('announcements'))
      await api('PATCH', `announcements/${announcement.id}`, {
        title: `${String(announcement.title).slice(0, 40)}（${Math.floor(next() * 100)}）`,
        _status: 'published',
      })
      return `retitled announcement ${announcement.id}`
    },
    'unpublish announcement': async () => {
      const announcement = pick(await publishedDocs('announcements'))
      await api('PATCH', `announcements/${announcement.id}`, { _status: 'draft' })
      return `unpublished announcement ${announcement.id}`
    },
    'rename an attachment': async () => {
      const attachment = pick(await list('attachments'))
      await api('PATCH', `attachments/${attachment.id}`, { title: `报名表 ${Math.floor(next() * 1000)}` })
      return `renamed attachment ${attachment.id}`
    },
    'create topic': async () => {
      const inMenu = next() < 0.5
      const doc = (await api('POST', 'topics', { title: `测试专题${Math.floor(next() * 1e5)}`, intro: '专题简介。', inMenu, order: Math.floor(next() * 100) }))
        .doc as Doc
      return `created topic ${doc.id}${inMenu ? ' in the menu' : ''}`
    },
    'edit topic': async () => {
      const topic = pick(await list('topics'))
      await api(
        'PATCH',
        `topics/${topic.id}`,
        next() < 0.5 ? { title: `专题${Math.floor(next() * 1000)}` } : { intro: `专题简介 ${Math.floor(next() * 1000)}`, inMenu: next() < 0.5 },
      )
      return `edited topic ${topic.id}`
    },
    'file a story under a topic': async () => {
      const [story, topic] = [pick(await publishedDocs('stories')), pick(await list('topics'))]
      await api('PATCH', `stories/${story.id}`, { topics: joined(story, topic.id), _status: 'published' })
      return `story ${story.id} joined topic ${topic.id}`
    },
    'file a gallery or announcement under a new topic': async () => {
      const collection = next() < 0.5 ? 'galleries' : 'announcements'
      const docs = await publishedDocs(collection)
      if (!docs.length) return `no published ${collection}`
      const doc = pick(docs)
      const topic = (await api('POST', 'topics', { title: `新专题${Math.floor(next() * 1e5)}` })).doc as Doc
      await api('PATCH', `${collection}/${doc.id}`, { topics: joined(doc, topic.id), _status: 'published' })
      return `${collection} ${doc.id} filed under the new topic ${topic.id}`
    },
    'approve comment': async () => {
      const notice = pick(await publishedDocs('notices'))
      const answer = await fetch(`${stack.cmsUrl}/api/notice-comments/submit`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'user-agent': 'Mozilla/5.0 Test', 'x-forwarded-for': `203.0.113.${Math.floor(next() * 250)}` },
        body: JSON.stringify(
          submission(String(notice.id), await solvedAltchaFrom(stack.cmsUrl), { content: `增量发布测试留言 ${Math.floor(next() * 1e6)}，内容足够长。` }),
        ),
      })
      if (answer.status !== 201) return `comment on notice ${notice.id} not taken (${answer.status}, the notice may be closed)`
      const { receipt } = (await answer.json()) as { receipt: string }
      const comment = (await list('notice-comments', `&where[receipt][equals]=${receipt}`))[0] as Doc
      await api('PATCH', `notice-comments/${comment.id}`, { status: 'approved' })
      return `approved comment ${comment.id} on notice ${notice.id}`
    },
  }

  /** The CDN bucket has what the site has (the worker mirrors between publishes). */
  const mirrorCaughtUp = async (): Promise<void> => {
    const { mirror } = JSON.parse(await readFile(path.join(stack.dataDir, 'site', 'status.json'), 'utf8')) as { mirror?: Record<string, unknown> }
    expect([mirror?.pending, mirror?.purging, mirror?.lastError]).toEqual([0, 0, undefined])
  }

  /** The site and its CDN bucket have every change answered before `since`. */
  const caughtUp = async (since: number): Promise<void> => {
    await siteCaughtUp(stack, since)
    await mirrorCaughtUp()
  }

  /** Makes a change and returns its answer once the site and its CDN bucket show it (helpers/stack `siteShows`). */
  const shown = async <T>(change: () => Promise<T>): Promise<T> => {
    const answer = await siteShows(stack, change)
    await mirrorCaughtUp()
    return answer
  }

  /** The CDN bucket holds the served folder, file for file: the same bytes, each with its content type and cache header. */
  const expectBucketIsFolder = async (): Promise<void> => {
    const current = (await readFile(path.join(stack.dataDir, 'site', 'current'), 'utf8')).trim()
    expect(await bucket.differencesFrom(path.join(stack.dataDir, 'site', current))).toEqual([])
  }

  /** The worker has built again every search shard whose pages publishes superseded, and is caught up. */
  const searchCompacted = async (): Promise<void> => {
    const since = Date.now()
    const what = 'the search shards to be compacted'
    await waitForSiteStatus(statusFileOf(stack.dataDir), since, (status) => status.searchBacklog === 0, { what, output: stack.output })
    await caughtUp(Date.now())
  }

  /**
   * Builds the same content cold and compares it with the site the worker keeps, file by file and
   * byte by byte, once the worker has built again the search shards publishes superseded (until
   * then a recent shard holds the pages changed: src/worker/search-shards.ts).
   */
  const expectSameAsFullBuild = async (): Promise<void> => {
    await searchCompacted()
    const current = (await readFile(path.join(stack.dataDir, 'site', 'current'), 'utf8')).trim()
    const incremental = path.join(stack.dataDir, 'site', current)
    // On another file system than `site/`, as the worker's builds are (see beforeAll).
    const full = path.join(await otherFilesystemDir(), 'full')
    await new Promise<void>((resolve, reject) => {
      const child = spawn(path.join(repoRoot, 'site/node_modules/.bin/astro'), ['build'], {
        cwd: path.join(repoRoot, 'site'),
        // A cold build: no cache, no snapshot, no builder's secret; the stack's addresses.
        env: childEnv({ CMS_URL: stack.cmsUrl, SITE_URL: stack.siteUrl, SITE_OUT_DIR: full, SITE_CACHE_DIR: '', SITE_SNAPSHOT: '', SITE_REBUILD_SECRET: '' }),
        stdio: ['ignore', 'pipe', 'pipe'],
      })
      let output = ''
      const keep = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-4000))
      child.stdout?.on('data', keep)
      child.stderr?.on('data', keep)
      child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`the full build exited with ${code}:\n${output}`))))
    })
    const [incrementalFiles, fullFiles] = [await filesBelow(incremental), await filesBelow(full)]
    expect(incrementalFiles, log.join('\n')).toEqual(fullFiles)
    const differing: string[] = []
    for (const file of fullFiles) {
      const [a, b] = [await readFile(path.join(incremental, file)), await readFile(path.join(full, file))]
      if (!a.equals(b)) differing.push(file)
    }
    expect(differing, log.join('\n')).toEqual([])
    await rm(path.dirname(full), { recursive: true, force: true })
  }

  beforeAll(async () => {
    // As behind one proxy, so the comments of the sequence come from many readers.
    const dataDir = await dataDirFromTemplate()
    // The worker's builds on a file system of their own, as on a deployment's separate disk: Astro
    // moves files from `site/` into them (src/upstream/astro/cross-device-moves.ts).
    buildsDir = await otherFilesystemDir()
    await symlink(buildsDir, path.join(dataDir, 'site'))
    faultFile = path.join(dataDir, 'render-fault')
    bucket = await startBucket('fengcai-site')
    purges = await recordPurges()
    stack = await startStack({
      dataDir,
      env: {
        FENGCAI_JOBS: 'off',
        ALTCHA_MAX_COUNTER: '2000',
        TRUST_PROXY: '1',
        SITE_WORKER_FAULT_FILE: faultFile,
        ...bucket.env('SITE_S3_'),
        SITE_PURGE_URL: purges.url,
        // The search shards superseded are built again soon after a publish, as between waves.
        SITE_SEARCH_COMPACT_AFTER_MS: '5000',
      },
    })
    const credentials = JSON.parse(await readFile(path.join(stack.dataDir, 'demo-credentials.json'), 'utf8')) as DemoCredentials
    admin = await login(stack.cmsUrl, credentials.admin.email, credentials.admin.password)
  })

  afterAll(() =>
    tearDown([
      ['the browser', browser && (() => browser?.close())],
      ['the stack', stack && (() => stack.stop())],
      ['the bucket', bucket && (() => bucket.close())],
      ['the purge recorder', purges && (() => purges.close())],
      ['the builds folder', buildsDir && (() => rm(buildsDir, { recursive: true, force: true }))],
    ]),
  )

  let browser: Browser | undefined
  let bucket: TestBucket
  let purges: PurgeRecorder
  let faultFile = ''
  let buildsDir = ''

  /** The files the publishes since `since` list as changed and as deleted (what a CDN upload would send). */
  const published = async (since: number, kind: 'full' | 'incremental' | 'any' = 'any'): Promise<{ changed: string[]; deleted: string[] }> => {
    const dir = path.join(stack.dataDir, 'site', 'publishes')
    const records = (await readdir(dir)).filter((name) => Number(name.split('-')[0]) > since && (kind === 'any' || name.endsWith(`-${kind}.json`))).sort()
    const result = { changed: [] as string[], deleted: [] as string[] }
    for (const name of records) {
      const record = JSON.parse(await readFile(path.join(dir, name), 'utf8')) as { changed: string[]; deleted: string[] }
      result.changed.push(...record.changed)
      result.deleted.push(...record.deleted)
    }
    return result
  }

  /**
   * The worker's status and its last publishes (when, what kind, for which queued changes, how many
   * files), for a failure's message: whether the change was published at all, and when.
   */
  const workerRecords = async (): Promise<string> => {
    const dir = path.join(stack.dataDir, 'site', 'publishes')
    const last = (await readdir(dir)).sort().slice(-4)
    const records = await Promise.all(
      last.map(async (name) => {
        const record = JSON.parse(await readFile(path.join(dir, name), 'utf8')) as { changes: string[]; changed: string[]; deleted: string[] }
        const changes = `${record.changes.slice(0, 8).join(', ')}${record.changes.length > 8 ? ` and ${record.changes.length - 8} more` : ''}`
        return `${name}: ${changes || 'no queued change'}; ${record.changed.length} files changed, ${record.deleted.length} deleted`
      }),
    )
    const status = await readFile(statusFileOf(stack.dataDir), 'utf8').catch(() => 'no status')
    return `checked at ${new Date().toISOString()}\npublishes:\n${records.join('\n')}\nstatus: ${status}`
  }

  /** What a reader finds on the site for a story: its page, the news list, RSS, sitemap and search. */
  const presence = async (slug: string, word: string) => {
    browser ??= await launchBrowser()
    const get = async (pathname: string) => {
      const response = await fetch(`${stack.siteUrl}${pathname}`)
      return { status: response.status, text: await response.text() }
    }
    const page = await browser.newPage()
    await searchSite(page, stack.siteUrl, word)
    const searchLinks = await page.locator('#search-results a').evaluateAll((links) => links.map((link) => link.getAttribute('href')))
    await page.close()
    const href = `/stories/${slug}/`
    return {
      page: (await get(href)).status,
      list: (await get('/stories/')).text.includes(href),
      rss: (await get('/rss.xml')).text.includes(href),
      sitemap: (await get('/sitemap-0.xml')).text.includes(href),
      search: searchLinks.includes(href),
    }
  }

  it('should make a new story findable everywhere, and take an unpublished or deleted one out of everything', async () => {
    const word = `琉璃灯塔${Math.floor(next() * 1e6)}`
    const publishedAt = new Date()
    const story = (
      await api('POST', 'stories', {
        title: `${word}志愿服务队成立`,
        body: richText(`${word}是一支新成立的志愿服务队。`),
        publishedAt: publishedAt.toISOString(),
        _status: 'published',
      })
    ).doc as Doc
    const slug = String(story.slug)
    const created = Date.now()
    await caughtUp(created)
    expect(await presence(slug, word)).toEqual({ page: 200, list: true, rss: true, sitemap: true, search: true })
    // The publish lists what a CDN must upload: the page, the lists, the feeds, the recent search shard.
    const upload = await published(created - 5_000, 'incremental')
    expect(upload.changed).toEqual(
      expect.arrayContaining([
        `stories/${slug}/index.html`,
        'stories/index.html',
        'rss.xml',
        'sitemap-0.xml',
        'pagefind/present.json',
        'pagefind/recent/pagefind.js',
      ]),
    )
    expect(upload.changed.filter((file) => file.startsWith('pagefind/shard-'))).toEqual([])
    // Of the month archives (stories/2026/12/ …) the story's publish rewrites only its own month: an
    // archive page keeps its address and its bytes whatever is published after its month. (The
    // stack's start-up build may fall in the same seconds: its record lists what it built.)
    const month = `stories/${shanghaiDay(publishedAt).slice(0, 7).replace('-', '/')}/`
    const archives = (await published(created - 5_000, 'incremental')).changed.filter((file) => /^stories\/\d{4}\/\d{2}\//.test(file))
    expect(archives).toContain(`${month}index.html`)
    expect(archives.filter((file) => !file.startsWith(month))).toEqual([])

    await api('PATCH', `stories/${story.id}`, { _status: 'draft' })
    const unpublished = Date.now()
    await caughtUp(unpublished)
    expect(await presence(slug, word)).toEqual({ page: 404, list: false, rss: false, sitemap: false, search: false })
    expect((await published(unpublished - 5_000)).deleted).toContain(`stories/${slug}/index.html`)

    await api('PATCH', `stories/${story.id}`, { _status: 'published' })
    await caughtUp(Date.now())
    expect((await presence(slug, word)).search).toBe(true)
    await api('DELETE', `stories/${story.id}`)
    await caughtUp(Date.now())
    expect(await presence(slug, word)).toEqual({ page: 404, list: false, rss: false, sitemap: false, search: false })
  })

  it('should find an edited story by its new words and not its old while its search shard waits to be built again', async () => {
    // Not drawn from the seeded sequence, so the random changes below stay the same.
    const story = (await publishedDocs('stories'))[0] as Doc
    const [slug, title] = [String(story.slug), String(story.title)]
    // No character pair in common (the index holds Chinese as pairs), nor with the stories' own words.
    const [oldWord, newWord] = ['鹦鹉螺舱', '麒麟竹筏']
    await api('PATCH', `stories/${story.id}`, { title: `${oldWord} ${title}`, _status: 'published' })
    await caughtUp(Date.now())
    // The old words are in the story's own shard now; the new ones go into the recent shard.
    await searchCompacted()
    await api('PATCH', `stories/${story.id}`, { title: `${newWord} ${title}`, _status: 'published' })
    await caughtUp(Date.now())
    const present = (await (await fetch(`${stack.siteUrl}/pagefind/present.json`)).json()) as PresentIndexes
    expect(present.tombstones.map(([, url]) => url)).toContain(`/stories/${slug}/`)
    expect([(await presence(slug, newWord)).search, (await presence(slug, oldWord)).search]).toEqual([true, false])
    await api('PATCH', `stories/${story.id}`, { title, _status: 'published' })
    await caughtUp(Date.now())
  })

  it('should rename a column, a district and an organisation without re-indexing any search shard, and find what is filed under the new names', async () => {
    const stories = await publishedDocs('stories')
    // Terms with stories filed under them; renamed without the seeded sequence's generator, so
    // the random changes below stay the same.
    const filedUnder = (field: 'column' | 'district' | 'organizations') => (story: Doc) => [story[field]].flat().filter(Boolean).map(Number)
    const usedIn = (field: 'column' | 'district' | 'organizations') => stories.flatMap(filedUnder(field))
    const renames = [
      { collection: 'columns', token: 'c', id: usedIn('column')[0], name: '琉璃测试栏目', field: 'column' as const },
      { collection: 'districts', token: 'd', id: usedIn('district')[0], name: '琉璃测试区', field: 'district' as const },
      { collection: 'organizations', token: 'o', id: usedIn('organizations')[0], name: '琉璃测试志愿服务队', field: 'organizations' as const },
    ]
    const since = Date.now()
    for (const { collection, id, name } of renames) {
      expect(id, collection).toBeGreaterThan(0)
      await api('PATCH', `${collection}/${id}`, { name })
    }
    await caughtUp(Date.now())
    // The publish rewrites the map and the pages that show the names, and not one search file.
    const upload = await published(since)
    expect([...upload.changed, ...upload.deleted].filter((file) => file.startsWith('pagefind/'))).toEqual([])
    expect(upload.changed).toContain('search-terms.json')
    expect(upload.changed.length).toBeGreaterThan(renames.length)
    const map = (await (await fetch(`${stack.siteUrl}/search-terms.json`)).json()) as { names: Record<string, string[]>; terms: Record<string, string> }
    browser ??= await launchBrowser()
    const page = await browser.newPage()
    for (const { token, id, name, field } of renames) {
      expect(map.terms[`${token}${id}`]).toBe(name)
      expect(map.names[name]).toContain(`${token}${id}`)
      await searchSite(page, stack.siteUrl, name)
      const more = page.locator('#search-more')
      while (await more.isVisible()) {
        const before = await page.locator('#search-results li').count()
        await more.click()
        await page.waitForFunction((count) => document.querySelectorAll('#search-results li').length > count, before)
      }
      const links = await page
        .locator('#search-results h2 a')
        .evaluateAll((anchors) => anchors.map((anchor) => [anchor.getAttribute('href'), anchor.textContent]))
      // Its own page first, under the new name, then every story filed under it.
      expect(links[0]?.[1], name).toBe(name)
      const hrefs = links.map(([href]) => href)
      for (const story of stories.filter((story) => filedUnder(field)(story).includes(id as number)))
        expect(hrefs, name).toContain(`/stories/${String(story.slug)}/`)
    }
    await page.close()
  })

  it('should put an announced 公示结果 on the site within seconds, linked both ways with its notice, in the feed and the sitemap, and take it out again', async () => {
    // The seeded notice that closed and led to an honour roll; changed without the seeded
    // sequence's generator and withdrawn again at the end, so the random changes below stay the same.
    const notice = (await closedNotices(false)).find((candidate) => candidate.results) as Doc
    expect(notice, 'a closed notice with an honour roll in the seed').toBeTruthy()
    const [noticePage, resultPage] = [`/notices/${String(notice.slug)}/`, `/notices/${String(notice.slug)}/result/`]
    const get = async (pathname: string) => {
      const response = await fetch(`${stack.siteUrl}${pathname}`)
      return { status: response.status, text: await response.text() }
    }
    const where = async () => ({
      result: (await get(resultPage)).status,
      fromNotice: (await get(noticePage)).text.includes(`href="${resultPage}"`),
      feed: (await get('/notices/rss.xml')).text.includes(resultPage),
      sitemap: (await get('/sitemap-0.xml')).text.includes(resultPage),
    })
    // The change's queue entry held back until the worker has looked at its queue while the request
    // ran, found it empty and said so (as on a busy machine, where a request takes seconds): the wait
    // must not take that look for the change's publish (CI once read the site before it, when the
    // wait counted looks from before the request). Caught up first: the worker's own writes to the
    // queue, marking a publish done, would wait for the hold too.
    await caughtUp(Date.now())
    const held = await holdWrites(await stack.databaseUrl(), 'site_changes')
    const announced = Date.now()
    try {
      await siteShows(
        stack,
        async () => {
          const patched = api('PATCH', `notices/${notice.id}`, {
            nominees: decided(notice, () => 'approved'),
            outcome: { announced: true, note: '公示期内未收到异议，以上对象均予通过。' },
            _status: 'published',
          })
          // A refused request is the test's failure, reported when awaited below, not an unhandled rejection meanwhile.
          patched.catch(() => undefined)
          const looked = { timeoutMs: 30_000, what: 'a look at the queue while the request runs', output: stack.output }
          await waitForSiteStatus(statusFileOf(stack.dataDir), announced, checkedEmptySince(announced), looked)
          await held.release()
          return patched
        },
        30_000,
      )
    } finally {
      await held.release()
    }
    expect(await where(), await workerRecords()).toEqual({ result: 200, fromNotice: true, feed: true, sitemap: true })
    const page = (await get(resultPage)).text
    expect(page).toContain('公示期内未收到异议，以上对象均予通过。')
    expect(page).toContain(`href="${noticePage}"`)
    expect(page).toMatch(/href="\/honors\/[^"]+\/"[^>]*>/)
    expect((await published(announced - 5_000)).changed).toEqual(
      expect.arrayContaining([`notices/${String(notice.slug)}/result/index.html`, 'notices/rss.xml']),
    )

    const withdrawn = Date.now()
    await siteShows(stack, () => api('PATCH', `notices/${notice.id}`, { outcome: { announced: false }, _status: 'published' }), 30_000)
    expect(await where(), await workerRecords()).toEqual({ result: 404, fromNotice: false, feed: false, sitemap: false })
    expect((await published(withdrawn - 5_000)).deleted).toContain(`notices/${String(notice.slug)}/result/index.html`)
  })

  it('should put a new 通知公告 with its attachment’s type and size on its page, the list, the feed and the sitemap, and a story joining a topic on the topic’s page and feed', async () => {
    const get = async (pathname: string) => {
      const response = await fetch(`${stack.siteUrl}${pathname}`)
      return { status: response.status, text: await response.text() }
    }
    // Made without the seeded sequence's generator, so the random changes below stay the same.
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(tinyPdf(['Announcement form'], 3 * 1024))], { type: 'application/pdf' }), 'announcement-form.pdf')
    form.append('_payload', JSON.stringify({ title: '琉璃报名表' }))
    const file = (await (await fetch(`${stack.cmsUrl}/api/attachments`, { method: 'POST', headers: authHeaders(admin), body: form })).json()) as { doc: Doc }
    const topic = (await api('POST', 'topics', { title: '琉璃测试专题', intro: '琉璃专题简介。', inMenu: true })).doc as Doc
    const announcement = (
      await shown(() =>
        api('POST', 'announcements', {
          title: '琉璃测试通知',
          date: new Date().toISOString(),
          body: richText('琉璃测试通知的正文。'),
          attachments: [file.doc.id],
          topics: [topic.id],
          _status: 'published',
        }),
      )
    ).doc as Doc
    const href = `/announcements/${String(announcement.slug)}/`
    const topicHref = `/topics/${String(topic.slug)}/`
    const page = (await get(href)).text
    expect(page).toContain('琉璃报名表')
    expect(page).toContain('（PDF · 3 KB）')
    expect(page).toContain(`href="${topicHref}"`)
    expect((await get('/announcements/')).text).toContain(href)
    expect((await get('/announcements/rss.xml')).text).toContain(href)
    expect((await get('/sitemap-0.xml')).text).toContain(href)
    // The topic: its page gathers the announcement, and it is in every page's menu.
    expect((await get(topicHref)).text).toContain(href)
    expect((await get('/')).text).toContain(`href="${topicHref}"`)

    const story = (await publishedDocs('stories'))[0] as Doc
    const joinedAt = Date.now()
    await shown(() => api('PATCH', `stories/${story.id}`, { topics: [topic.id], _status: 'published' }))
    const storyHref = `/stories/${String(story.slug)}/`
    const topicPage = (await get(topicHref)).text
    expect(topicPage).toContain(storyHref)
    expect((await get(`${topicHref}rss.xml`)).text).toContain(storyHref)
    expect((await published(joinedAt - 5_000)).changed).toEqual(
      expect.arrayContaining([`topics/${String(topic.slug)}/index.html`, `topics/${String(topic.slug)}/rss.xml`]),
    )

    await shown(() => api('PATCH', `announcements/${announcement.id}`, { _status: 'draft' }))
    expect((await get(href)).status).toBe(404)
    expect((await get('/announcements/')).text).not.toContain(href)
    expect((await get(topicHref)).text).not.toContain(href)
  })

  it(`should keep the incrementally built site identical to a fresh full build through ${WAVES * CHANGES_PER_WAVE} random changes`, async () => {
    const kinds = Object.keys(changes)
    const since = Date.now()
    for (let wave = 0; wave < WAVES; wave += 1) {
      for (let index = 0; index < CHANGES_PER_WAVE; index += 1) {
        // Every kind at least once, then at random.
        const drawn = wave * CHANGES_PER_WAVE + index
        const kind = drawn < kinds.length ? (kinds[drawn] as string) : pick(kinds)
        log.push(`${wave}.${index} ${kind}: ${await (changes[kind] as () => Promise<string>)()}`)
      }
      await caughtUp(Date.now())
    }

    await expectSameAsFullBuild()
    await expectBucketIsFolder()
    const { changed, deleted } = await published(since)
    expect(purges.pathsSince(since)).toEqual([...new Set([...changed, ...deleted].map(purgePathOf))].sort())
    // Menu renames went through the worker's navigation swap, and the result is still the full build's.
    const records = await Promise.all(
      (await readdir(path.join(stack.dataDir, 'site', 'publishes'))).map(
        async (name) => JSON.parse(await readFile(path.join(stack.dataDir, 'site', 'publishes', name), 'utf8')) as { swapped?: number },
      ),
    )
    expect(
      records.some((record) => (record.swapped ?? 0) > 0),
      log.join('\n'),
    ).toBe(true)
    // Most drawn changes changed something (a kind with nothing to act on says so: "no …", "… kept", "not taken").
    const idle = /: (?:no |.*not taken|.*: kept$|.*has no nominee$)/
    expect(log.filter((line) => !idle.test(line)).length, log.join('\n')).toBeGreaterThan(WAVES * CHANGES_PER_WAVE * 0.7)
  })

  it('should keep the last good page when a page fails to render, show the failure to administrators, and retry', async () => {
    const story = pick(await publishedDocs('stories'))
    const page = `/stories/${String(story.slug)}/`
    const before = await (await fetch(`${stack.siteUrl}${page}`)).text()
    await writeFile(faultFile, `^${page.replace(/\/$/, '')}/?$`)
    await api('PATCH', `stories/${story.id}`, { title: `渲染故障演练 ${Math.floor(next() * 1e6)}`, _status: 'published' })
    // The queue entry stays, with the error and the attempts, where an administrator looks.
    await expect
      .poll(async () => (await list('site-changes', `&where[docId][equals]=${story.id}`)).map((row) => [row.attempts, row.lastError]), { timeout: 30_000 })
      .toEqual([[expect.any(Number), expect.stringContaining('渲染失败')]])
    expect(await (await fetch(`${stack.siteUrl}${page}`)).text()).toBe(before)
    await rm(faultFile)
    await caughtUp(Date.now())
    expect(await (await fetch(`${stack.siteUrl}${page}`)).text()).toContain('渲染故障演练')
    expect(await list('site-changes')).toEqual([])
  })

  it('should converge to the full build when the worker is killed (SIGKILL) in the middle of a burst of changes', async () => {
    const kinds = Object.keys(changes)
    const pidFile = path.join(stack.dataDir, 'site', 'worker.pid')
    const killed = Number((await readFile(pidFile, 'utf8')).trim())
    for (let index = 0; index < 12; index += 1) {
      log.push(`kill.${index} ${await (changes[pick(kinds)] as () => Promise<string>)()}`)
      if (index === 3) {
        process.kill(killed, 'SIGKILL')
        log.push(`kill.${index} SIGKILL worker ${killed}`)
      }
    }
    // The stack restarts the worker; it builds afresh and then publishes what is still queued.
    await expect.poll(async () => Number((await readFile(pidFile, 'utf8')).trim()), { timeout: 60_000 }).not.toBe(killed)
    await caughtUp(Date.now())
    await expectSameAsFullBuild()
    // The restarted worker compared the bucket's listing with its new folder and put it right.
    await expectBucketIsFolder()
    expect(stack.output().split('CDN 存储桶与网站文件夹比对完毕').length - 1).toBeGreaterThanOrEqual(2)
    expect(stack.output()).toContain('网站发布进程意外退出')
  })
  it('should switch a column holding 40% of the stories to its new name on every page at one moment, never serving old and new names together', async () => {
    // A column in the menu, so its name is on every page, and a few hundred stories, 40% of them in it.
    const nav = (await (await fetch(`${stack.siteUrl}/`)).text()).match(/<nav class="site-nav"[\s\S]*?<\/nav>/)?.[0] ?? ''
    const column = (await list('columns')).find((candidate) => nav.includes(`/columns/${String(candidate.slug)}/`)) as Doc
    expect(column, nav).toBeDefined()
    const [oldName, newName] = ['琉璃旧名栏目', '琉璃新名栏目']
    const db = new pg.Client({ connectionString: await stack.databaseUrl() })
    await db.connect()
    try {
      await seedGeneratedStories(db, 300, { publish: false })
      const inColumn = `slug LIKE '${GENERATED_SLUG_PREFIX}%' AND substring(slug from ${GENERATED_SLUG_PREFIX.length + 1})::int % 5 < 2`
      await db.query(`UPDATE stories SET column_id = $1 WHERE ${inColumn}`, [column.id])
      await db.query(`UPDATE stories SET column_id = NULLIF(column_id, $1) WHERE slug LIKE '${GENERATED_SLUG_PREFIX}%' AND NOT (${inColumn})`, [column.id])
      await queueGeneratedStories(db)
    } finally {
      await db.end()
    }
    await api('PATCH', `columns/${column.id}`, { name: oldName })
    await caughtUp(Date.now())
    // The pages watched: the column's own, stories in it and one outside it, the home page, a section whose menu names it.
    const sample = [
      `/columns/${String(column.slug)}/`,
      ...['000001', '000005', '000151', '000296'].map((number) => `/stories/${GENERATED_SLUG_PREFIX}${number}/`),
      '/',
      `/stories/${GENERATED_SLUG_PREFIX}000003/`,
      '/honors/',
    ]
    type Seen = { page: string; round: number; started: number; ended: number; status: number; old: boolean; new: boolean }
    const look = async (page: string, round: number): Promise<Seen> => {
      const started = performance.now()
      const response = await fetch(`${stack.siteUrl}${page}`)
      const text = await response.text()
      return { page, round, started, ended: performance.now(), status: response.status, old: text.includes(oldName), new: text.includes(newName) }
    }
    for (const page of sample) expect(await look(page, -1), page).toMatchObject({ status: 200, old: true, new: false })

    const since = Date.now()
    await api('PATCH', `columns/${column.id}`, { name: newName })
    // Done at a look at the queue begun after the answer (helpers/stack `siteShows`).
    const answered = Date.now()
    // Rounds over the sample while the worker publishes, and one more once it is done.
    const seen: Seen[] = []
    const done = async () => {
      const status = await readSiteStatus(statusFileOf(stack.dataDir))
      if (failedSince(status, since)) throw new Error(`the site worker failed publishing the rename: ${status?.lastError}`)
      return status !== null && checkedEmptySince(answered)(status)
    }
    for (let round = 0, last = false; !last; round += 1) {
      expect(Date.now() - since, 'the rename was not live within 120 s').toBeLessThan(120_000)
      last = await done()
      for (const page of sample) seen.push(await look(page, round))
    }
    const summary = seen.map((at) => `${at.round} ${at.page} ${at.status} ${at.old ? 'old' : ''}${at.new ? 'new' : ''}`).join('\n')
    // Every page, every time, shows one name: the old or the new.
    expect(
      seen.filter((at) => at.status !== 200 || at.old === at.new),
      summary,
    ).toEqual([])
    // One moment switches them all: once a reader has seen the new name, nothing asked later shows the old.
    const firstNew = Math.min(...seen.filter((at) => at.new).map((at) => at.ended))
    expect(
      seen.filter((at) => at.started > firstNew && at.old).map((at) => `${at.round} ${at.page}`),
      summary,
    ).toEqual([])
    expect(
      seen.slice(-sample.length).every((at) => at.new),
      summary,
    ).toBe(true)
    // A large publish (the column's stories and every menu), and rounds that watched it before the switch.
    const rename = await published(since - 1_000, 'incremental')
    expect(rename.changed.length, summary).toBeGreaterThan(300)
    expect(
      seen.some((at) => at.old),
      summary,
    ).toBe(true)
  })
})
