/**
 * A document proofread as the CMS sees it: the text engine's findings, and those of its page
 * furniture, for which the CMS looks up the media library (alt texts, credits), the site's pages
 * (is the linked story published?) and the link checker (what did the external address answer?).
 */
import type { CollectionSlug, Payload, Where } from 'payload'

import { collectionSlugs, sectionOfCollection, sitePathTarget } from '@fengcai/shared'
import { bylineFindings, documentContent, findingKindLabels, imageFindings, linkFindings, textFindings } from '@fengcai/shared/proofread'
import type { DocumentFinding, DocumentImage, DocumentLink, LinkVerdict, MediaFacts } from '@fengcai/shared/proofread'

import { siteUrls } from '@/lib/urls'

import { linkChecker } from './linkCheck'
import type { LinkChecker } from './linkCheck'
import { proofreadMatcher } from './lists'

export type LabelledFinding = DocumentFinding & { label: string }
export type DocumentProofreading = { findings: LabelledFinding[]; pendingLinks: number }

const MISSING_PAGE = '链接的站内页面不存在或尚未发布，读者会看到“找不到页面”'
const UNREADABLE = '链接地址无法识别，读者点开会看到“找不到页面”：请填写完整的网址（如 https://www.example.org/）'

const mediaFacts = async (payload: Payload, images: readonly DocumentImage[]): Promise<Map<string, MediaFacts>> => {
  const ids = [...new Set(images.map((image) => image.mediaId))]
  if (ids.length === 0) return new Map()
  const { docs } = await payload.find({
    collection: collectionSlugs.media,
    where: { id: { in: ids } },
    depth: 0,
    limit: ids.length,
    pagination: false,
    overrideAccess: true,
  })
  return new Map(docs.map((doc) => [String(doc.id), { alt: doc.alt ?? '', credit: doc.credit ?? '', filename: doc.filename ?? '' }]))
}

/** Where a link leads: a page of the site (by path), a document by id, somewhere else, or nowhere checked (mailto:, #top). */
type Target = { site: string } | { doc: { relationTo: string; id: number | string } } | { external: string } | { unreadable: string } | null

const targetOf = (link: DocumentLink, sites: readonly { origin: string; base: string }[]): Target => {
  if (link.doc) return { doc: link.doc }
  const url = link.url ?? ''
  if (url.startsWith('#') || url === '') return null
  if (url.startsWith('/') && !url.startsWith('//')) return { site: url }
  // The site writes such an address as it stands, and the browser reads it as a path on our site.
  // Payload's link field makes one of an address it does not recognise (a host without a dot,
  // http://intranet/…), which it stores percent-encoded (richtext-lexical features/link/server/baseFields.ts).
  if (!URL.canParse(url)) return { unreadable: url }
  const parsed = new URL(url)
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null
  const site = sites.find(({ origin, base }) => parsed.origin === origin && (parsed.pathname === base || parsed.pathname.startsWith(`${base}/`)))
  return site ? { site: parsed.pathname.slice(site.base.length) || '/' } : { external: url }
}

const configuredSites = (): { origin: string; base: string }[] =>
  siteUrls()
    .filter((url) => URL.canParse(url))
    .map((url) => ({ origin: new URL(url).origin, base: new URL(url).pathname.replace(/\/+$/, '') }))

/** Which of the documents named (by id or slug) are on the site: published, for a collection with drafts. */
const publishedKeys = async (payload: Payload, wanted: Map<string, { ids: Set<string>; slugs: Set<string> }>): Promise<Set<string>> => {
  const found = new Set<string>()
  for (const [collection, { ids, slugs }] of wanted) {
    const config = payload.collections[collection as CollectionSlug]?.config
    if (!config) continue
    const named: Where[] = []
    if (ids.size) named.push({ id: { in: [...ids].map((id) => (/^\d+$/.test(id) ? Number(id) : id)) } })
    if (slugs.size && config.flattenedFields.some((field) => field.name === 'slug')) named.push({ slug: { in: [...slugs] } })
    if (named.length === 0) continue
    const drafts = Boolean(config.versions && config.versions.drafts)
    const { docs } = await payload.find({
      collection: collection as CollectionSlug,
      where: { and: [{ or: named }, ...(drafts ? [{ _status: { equals: 'published' } }] : [])] },
      draft: false,
      depth: 0,
      limit: ids.size + slugs.size,
      pagination: false,
      overrideAccess: true,
    })
    for (const doc of docs as { id: number | string; slug?: string | null }[]) {
      found.add(`${collection}#${doc.id}`)
      if (doc.slug) found.add(`${collection}/${doc.slug}`)
    }
  }
  return found
}

/** A verdict for each link: site pages from the database, external addresses from the checker. */
const linkVerdicts = async (payload: Payload, links: readonly DocumentLink[], checker: LinkChecker): Promise<Map<DocumentLink, LinkVerdict>> => {
  const sites = configuredSites()
  const verdicts = new Map<DocumentLink, LinkVerdict>()
  const wanted = new Map<string, { ids: Set<string>; slugs: Set<string> }>()
  const want = (collection: string): { ids: Set<string>; slugs: Set<string> } => {
    const known = wanted.get(collection)
    if (known) return known
    const fresh = { ids: new Set<string>(), slugs: new Set<string>() }
    wanted.set(collection, fresh)
    return fresh
  }
  const keys = new Map<DocumentLink, string>()
  for (const link of links) {
    const target = targetOf(link, sites)
    if (target === null) verdicts.set(link, { state: 'ok' })
    else if ('unreadable' in target) verdicts.set(link, { state: 'broken', kind: 'internal-link', note: UNREADABLE })
    else if ('external' in target) {
      const status = checker.status(target.external)
      verdicts.set(link, status.state === 'broken' ? { state: 'broken', kind: 'external-link', note: status.note } : status)
    } else if ('doc' in target) {
      // A document of a collection the site shows no page for (a user, a media file) is no page.
      if (!sectionOfCollection[target.doc.relationTo]) verdicts.set(link, { state: 'broken', kind: 'internal-link', note: MISSING_PAGE })
      else {
        want(target.doc.relationTo).ids.add(String(target.doc.id))
        keys.set(link, `${target.doc.relationTo}#${target.doc.id}`)
      }
    } else {
      const page = sitePathTarget(target.site)
      if (page.kind === 'document') {
        want(page.collection).slugs.add(page.slug)
        keys.set(link, `${page.collection}/${page.slug}`)
      } else verdicts.set(link, page.kind === 'page' ? { state: 'ok' } : { state: 'broken', kind: 'internal-link', note: MISSING_PAGE })
    }
  }
  const found = await publishedKeys(payload, wanted)
  for (const [link, key] of keys) verdicts.set(link, found.has(key) ? { state: 'ok' } : { state: 'broken', kind: 'internal-link', note: MISSING_PAGE })
  return verdicts
}

/** Every finding of a draft, text first in the order of the form, then images, links and the byline. */
export const proofreadDocument = async (
  payload: Payload,
  collection: string,
  doc: unknown,
  checker: LinkChecker = linkChecker,
): Promise<DocumentProofreading> => {
  const content = documentContent(collection, doc)
  if (!content) return { findings: [], pendingLinks: 0 }
  const lists = await proofreadMatcher(payload)
  const [media, verdicts] = await Promise.all([mediaFacts(payload, content.images), linkVerdicts(payload, content.links, checker)])
  const findings = [
    ...textFindings(content, lists),
    ...imageFindings(content.images, media),
    ...linkFindings(content.links, (link) => verdicts.get(link) ?? { state: 'pending' }),
    ...bylineFindings(content),
  ]
  const pendingLinks = [...verdicts.values()].filter((verdict) => verdict.state === 'pending').length
  return { findings: findings.map((finding) => ({ ...finding, label: findingKindLabels[finding.kind] })), pendingLinks }
}
