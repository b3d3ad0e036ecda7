/**
 * A whole document proofread: which of its fields hold text, images, links and the byline, and
 * its findings, each with `where` it is, in the terms of the admin's form (see FindingWhere).
 * Pure: the CMS reads the draft, resolves what only it knows (the media's alt texts, whether a
 * linked page exists, what an external address answered) and passes the answers in.
 */
import { collectionSlugs } from '../slugs'
import { contextOf, proofreadText } from './text'
import type { CompiledLists } from './compile'
import { richTextParts } from './lexical'
import type { Finding, FindingKind } from './types'

/**
 * Where a finding is. `field` is the field's path in the document as Payload names it (`title`,
 * `body`, `photos.2.caption`, `nominees.0.name`). In a rich-text field, `block` is the number of
 * the paragraph, heading, list item, quote or image in reading order (from 0; the admin shows
 * `block + 1`), and `node` the child indexes from the editor's root to it, so the editor can find
 * it with `root.getChildren()[node[0]].getChildren()[node[1]]…`. `part` names a field of an image
 * in the text (its caption). `offset` and `length` count UTF-16 units in the field's text, the
 * block's text (see lexical.ts) or the part's: `text.slice(offset, offset + length)` is the
 * finding's `text`. A finding about a whole thing (an image, an empty field) has length 0.
 */
export type FindingWhere = {
  field: string
  block?: number
  node?: number[]
  part?: 'caption'
  offset: number
  length: number
}

export type DocumentFinding = Omit<Finding, 'where'> & { where: FindingWhere }

/** An image of the document and whether its credit is asked for (news photos, not nominees' portraits). */
export type DocumentImage = { where: FindingWhere; mediaId: number | string; caption: string; credit: string; creditAsked: boolean }

export type DocumentLink = { where: FindingWhere; text: string; context: string; url: string | null; doc: { relationTo: string; id: number | string } | null }

export type DocumentContent = {
  texts: { field: string; text: string }[]
  richTexts: { field: string; value: unknown }[]
  images: DocumentImage[]
  links: DocumentLink[]
  bylines: { field: string; label: string; value: string }[]
}

type ImageSpec = { path: string; credit?: string; creditAsked: boolean }
type ContentSpec = { texts: string[]; richTexts: string[]; images: ImageSpec[]; urls: string[] }

const SEO_TEXTS = ['seo.title', 'seo.description']

/** The fields each collection proofreads; `*` stands for every row of an array. */
const specs: Readonly<Record<string, ContentSpec>> = {
  [collectionSlugs.stories]: {
    texts: ['title', 'subtitle', 'summary', ...SEO_TEXTS],
    richTexts: ['body'],
    images: [{ path: 'cover', creditAsked: true }],
    urls: [],
  },
  [collectionSlugs.galleries]: {
    texts: ['title', 'campaignName', 'description', 'photos.*.caption', 'videos.*.title', ...SEO_TEXTS],
    richTexts: [],
    images: [
      { path: 'cover', creditAsked: true },
      { path: 'photos.*.image', credit: 'credit', creditAsked: true },
    ],
    urls: ['videos.*.url'],
  },
  [collectionSlugs.honorRolls]: {
    texts: ['title', 'awardingBody', 'entries.*.honoreeName', 'entries.*.unit', 'entries.*.award', ...SEO_TEXTS],
    richTexts: ['intro'],
    images: [{ path: 'entries.*.photo', creditAsked: false }],
    urls: [],
  },
  [collectionSlugs.notices]: {
    texts: ['title', 'nominees.*.name', 'nominees.*.unit', 'nominees.*.category', 'nominees.*.deeds', ...SEO_TEXTS],
    richTexts: ['intro'],
    images: [{ path: 'nominees.*.photo', creditAsked: false }],
    urls: [],
  },
  [collectionSlugs.announcements]: {
    texts: ['title'],
    richTexts: ['body'],
    images: [],
    urls: ['externalUrl'],
  },
}

/** The newsroom fields every content collection has (fields/newsroom.ts) that a published piece should fill. */
const BYLINES: readonly { field: string; label: string }[] = [
  { field: 'responsibleEditor', label: '责任编辑' },
  { field: 'source', label: '消息来源' },
]

export const proofreadCollections: readonly string[] = Object.keys(specs)

/** Every value at a path with `*` for array rows, with its concrete path (`photos.*.caption` → `photos.0.caption`). */
export const valuesAt = (doc: unknown, path: string): { path: string; value: unknown }[] => {
  let found: { path: string; value: unknown }[] = [{ path: '', value: doc }]
  for (const key of path.split('.')) {
    found = found.flatMap(({ path: at, value }) => {
      const join = (next: string): string => (at ? `${at}.${next}` : next)
      if (key === '*') return Array.isArray(value) ? value.map((row, index) => ({ path: join(String(index)), value: row as unknown })) : []
      return value !== null && typeof value === 'object' && !Array.isArray(value) ? [{ path: join(key), value: (value as Record<string, unknown>)[key] }] : []
    })
  }
  return found
}

const stringOr = (value: unknown): string => (typeof value === 'string' ? value : '')
const idOf = (value: unknown): number | string | null => {
  const id = value !== null && typeof value === 'object' ? (value as { id?: unknown }).id : value
  return typeof id === 'number' || typeof id === 'string' ? id : null
}
const siblingPath = (path: string, name: string): string => path.replace(/[^.]+$/, name)

/** What of a document is proofread, by its collection; null for a collection that is not. */
export const documentContent = (collection: string, doc: unknown): DocumentContent | null => {
  const spec = Object.hasOwn(specs, collection) ? specs[collection] : undefined
  if (!spec) return null
  const content: DocumentContent = { texts: [], richTexts: [], images: [], links: [], bylines: [] }
  for (const path of spec.texts)
    for (const { path: field, value } of valuesAt(doc, path)) if (stringOr(value)) content.texts.push({ field, text: stringOr(value) })
  for (const image of spec.images)
    for (const { path: field, value } of valuesAt(doc, image.path)) {
      const mediaId = idOf(value)
      if (mediaId === null) continue
      const credit = image.credit ? stringOr(valuesAt(doc, siblingPath(field, image.credit))[0]?.value) : ''
      content.images.push({ where: { field, offset: 0, length: 0 }, mediaId, caption: '', credit, creditAsked: image.creditAsked })
    }
  for (const path of spec.urls)
    for (const { path: field, value } of valuesAt(doc, path)) {
      const url = stringOr(value)
      if (url) content.links.push({ where: { field, offset: 0, length: url.length }, text: url, context: url, url, doc: null })
    }
  for (const path of spec.richTexts)
    for (const { path: field, value } of valuesAt(doc, path)) {
      content.richTexts.push({ field, value })
      const parts = richTextParts(value)
      for (const image of parts.images) {
        if (image.mediaId === null) continue
        const where = { field, block: image.index, node: image.node, offset: 0, length: 0 }
        content.images.push({ where, mediaId: image.mediaId, caption: image.caption, credit: image.credit, creditAsked: true })
      }
      const blockText = new Map(parts.blocks.map((block) => [block.index, block.text]))
      for (const link of parts.links) {
        const where = { field, block: link.block, node: link.node, offset: link.offset, length: link.length }
        const context = contextOf(blockText.get(link.block) ?? '', link.offset, link.length)
        content.links.push({ where, text: link.text, context, url: link.url, doc: link.doc })
      }
    }
  for (const { field, label } of BYLINES) {
    const [entry] = valuesAt(doc, field)
    if (entry) content.bylines.push({ field, label, value: stringOr(entry.value) })
  }
  return content
}

const located = (findings: Finding[], where: Omit<FindingWhere, 'offset' | 'length'>): DocumentFinding[] =>
  findings.map(({ where: { offset, length }, ...finding }) => ({ ...finding, where: { ...where, offset, length } }))

/** The text engine's findings in a document's fields, rich-text blocks and image captions. */
export const textFindings = (content: DocumentContent, lists: CompiledLists): DocumentFinding[] => {
  const findings: DocumentFinding[] = []
  for (const { field, text } of content.texts) findings.push(...located(proofreadText(text, lists), { field }))
  for (const { field, value } of content.richTexts) {
    const parts = richTextParts(value)
    const units = [
      ...parts.blocks.map((block) => ({ index: block.index, node: block.node, text: block.text, part: undefined })),
      ...parts.images.map((image) => ({ index: image.index, node: image.node, text: image.caption, part: 'caption' as const })),
    ].sort((a, b) => a.index - b.index)
    for (const unit of units) {
      if (!unit.text) continue
      const where = { field, block: unit.index, node: unit.node, ...(unit.part ? { part: unit.part } : {}) }
      findings.push(...located(proofreadText(unit.text, lists), where))
    }
  }
  return findings
}

const pageFinding = (kind: FindingKind, severity: Finding['severity'], where: FindingWhere, text: string, context: string, note: string): DocumentFinding => ({
  kind,
  severity,
  text,
  suggestion: null,
  where,
  context,
  note,
})

/** What the media library holds about an image: its alt text, credit and file name. */
export type MediaFacts = { alt: string; credit: string; filename: string }

/** An alt text that says nothing: empty, or the file's name (a camera's IMG_0412.jpg). */
const saysNothing = (alt: string, filename: string): boolean => {
  const trimmed = alt.trim()
  return trimmed === '' || (filename !== '' && (trimmed === filename || trimmed === filename.replace(/\.[^.]+$/, '')))
}

/** Images without alt text, and news photos without a credit (in the row, the text or the library). */
export const imageFindings = (images: readonly DocumentImage[], media: ReadonlyMap<string, MediaFacts>): DocumentFinding[] =>
  images.flatMap((image) => {
    const facts = media.get(String(image.mediaId))
    if (!facts) return []
    const name = facts.filename || `编号 ${image.mediaId}`
    const findings: DocumentFinding[] = []
    if (saysNothing(facts.alt, facts.filename))
      findings.push(
        pageFinding('image-alt', 'warning', image.where, image.caption, image.caption, `图片“${name}”没有替代文字：请在媒体库中描述画面内容，供读屏软件朗读`),
      )
    if (image.creditAsked && !image.credit.trim() && !facts.credit.trim())
      findings.push(pageFinding('image-credit', 'warning', image.where, image.caption, image.caption, `图片“${name}”没有署名：请填写摄影或来源`))
    return findings
  })

/** What is known of a link's target: fine, broken (with why, in Chinese), or not known yet. */
export type LinkVerdict = { state: 'ok' } | { state: 'broken'; kind: 'internal-link' | 'external-link'; note: string } | { state: 'pending' }

/** Links whose target is missing (an error: the reader meets a dead page) or failing (a warning: it may come back). */
export const linkFindings = (links: readonly DocumentLink[], verdictOf: (link: DocumentLink) => LinkVerdict): DocumentFinding[] =>
  links.flatMap((link) => {
    const verdict = verdictOf(link)
    if (verdict.state !== 'broken') return []
    const severity = verdict.kind === 'internal-link' ? 'error' : 'warning'
    return [pageFinding(verdict.kind, severity, link.where, link.text, link.context, verdict.note)]
  })

/** Empty 责任编辑 and 消息来源. */
export const bylineFindings = (content: DocumentContent): DocumentFinding[] =>
  content.bylines
    .filter((byline) => !byline.value.trim())
    .map((byline) => pageFinding('byline', 'warning', { field: byline.field, offset: 0, length: 0 }, '', '', `“${byline.label}”未填写`))
