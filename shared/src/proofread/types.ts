/** The proofreader's vocabulary: what it finds, how serious it is, and the lists a site gives it. */

/** What the text engine finds in words and marks. */
export const TEXT_FINDING_KINDS = ['typo', 'official-name', 'sensitive', 'punctuation'] as const
/**
 * What the CMS finds around the words, in the page furniture: an image without alt text or credit,
 * a link to a site page that is missing or not published, an external link that fails, an empty
 * 责任编辑 or 消息来源.
 */
export const PAGE_FINDING_KINDS = ['image-alt', 'image-credit', 'internal-link', 'external-link', 'byline'] as const
export const FINDING_KINDS = [...TEXT_FINDING_KINDS, ...PAGE_FINDING_KINDS] as const
export type FindingKind = (typeof FINDING_KINDS)[number]

/** How the admin names each kind of finding. */
export const findingKindLabels: Record<FindingKind, string> = {
  typo: '错别字',
  'official-name': '规范表述',
  sensitive: '敏感词',
  punctuation: '标点',
  'image-alt': '图片缺少替代文字',
  'image-credit': '图片缺少署名',
  'internal-link': '站内链接失效',
  'external-link': '外部链接失效',
  byline: '稿件信息不全',
}

export type Severity = 'error' | 'warning'

export const severityLabels: Record<Severity, string> = { error: '错误', warning: '提示' }

/**
 * One thing to look at. Offsets and lengths count UTF-16 code units, as `String.prototype.slice`
 * does, so `text.slice(where.offset, where.offset + where.length) === finding.text`.
 */
export type Finding = {
  kind: FindingKind
  severity: Severity
  /** The offending text, exactly as it stands. */
  text: string
  /** What to write instead, or null where the fix is the editor's call (an unpaired bracket). */
  suggestion: string | null
  where: { path?: string; offset: number; length: number }
  /** About ten characters either side of the finding, on one line. */
  context: string
  /** Why, in a few Chinese words, where the kind alone does not say it (e.g. 缺少配对的“》”). */
  note?: string
}

/** A miswritten word: `wrong` is never a correct word in normal text. */
export type Confusion = { wrong: string; right: string }

export type OfficialName = { right: string; wrong: string[] }

export type SensitiveWord = { word: string; suggestion?: string; severity?: Severity }

/** The lists a site keeps in its settings; the built-in confusion dictionary is always added. */
export type ProofreadLists = {
  confusions?: Confusion[]
  officialNames: OfficialName[]
  sensitive: SensitiveWord[]
}

/** A block of a rich-text body flattened to plain text; `path` says where it lives (e.g. `body.3`). */
export type TextBlock = { path: string; text: string }
