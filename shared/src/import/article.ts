/**
 * An article copied from an old page, a Word file or a correspondent's mail, made into a clean
 * story draft: title, date, bylines and source found; breadcrumbs, meta lines, sidebars, share
 * widgets, copyright lines, footers and other articles' tails dropped (and listed, so the editor
 * sees what went); broken paragraphs joined; pinyin readings removed; Traditional converted to
 * Simplified with names kept as names; an honour roll after the story recognised. Pure: the CMS
 * (endpoint, CLI) does the reading of files and the writing of drafts.
 */
import { HONOR_HEADING, parseAwardedEntry, parseHonorRoll } from './honor-roll'
import type { HonorRollEntry } from './honor-roll'
import { htmlToText, looksLikeHtml } from './html'
import { findNames, looksLikeName } from './names'
import { normalisePunctuation } from './punctuation'
import { GARBLED_MARK, stripReadings } from './readings'
import { simplifiedName, toSimplified, traditionalCharacters } from './simplified'

export type ImportedBlock = { type: 'paragraph' | 'heading'; text: string }

export type ImportedArticle = {
  kind: 'story'
  title: string | null
  /** ISO 8601 in Shanghai time (`2023-08-11T10:25:00+08:00`), or null when the text has no date. */
  publishedAt: string | null
  source: string | null
  correspondent: string | null
  reporter: string | null
  responsibleEditor: string | null
  paragraphs: string[]
  headings: string[]
  captions: string[]
  honorRoll: { title: string; entries: HonorRollEntry[] } | null
  /** What was dropped, one short line each, for the editor to check. */
  removed: string[]
  warnings: string[]
  /** The body in reading order: paragraphs and headings as they will be in the draft. */
  blocks: ImportedBlock[]
  /** Every personal name found, as written and as converted. */
  names: { original: string; simplified: string }[]
  /** Traditional characters that were converted (none for a Simplified original). */
  traditional: string[]
}

const HAN = /\p{Script=Han}/u
/**
 * Whether the text has at most `max` characters (code points), looking at no more than 2 × max
 * code units: the line-shape rules ask this of every line, and spreading a megabyte line into an
 * array of characters each time made the importer slower than linear.
 */
const charsAtMost = (text: string, max: number): boolean => {
  if (text.length <= max) return true
  if (text.length > 2 * max) return false
  let count = 0
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index)
    // A low surrogate is the second half of a character already counted.
    if (code < 0xdc00 || code > 0xdfff) count += 1
  }
  return count <= max
}
const short = (text: string, max = 40): string => (charsAtMost(text, max) ? text : `${Array.from(text.slice(0, 2 * max)).slice(0, max).join('')}…`)

const BREADCRUMB = /^(?:当前位置|您的位置|你的位置|您现在的位置|所在位置)|(?:首页|主页)\s*[>›»/]|[>›»]\s*正文$/
const SHARE = /^(?:分享到|分享：|分享:|转发到|扫一扫|微信扫一扫|扫码分享|复制链接)|^(?:微信|微博|QQ空间|QQ|朋友圈|复制链接|打印|关闭窗口|收藏|\s|[|｜·、])+$/
const COPYRIGHT = /版权所有|copyright|©|未经.{0,12}(?:许可|授权|同意)|转载请|转载须|免责声明|本文仅代表|不代表本(?:网|站)|如有侵权|侵权.{0,4}删除|原标题[:：]/i
const FOOTER = /ICP备|ICP证|公网安备|网站标识码|主办单位|承办单位|技术支持[:：]|联系我们|网站地图|关于我们|隐私(?:政策|声明)|建议使用.{0,20}浏览器|分辨率/
const PROMO = /二维码|微信公众号|公众号[:：“"]|关注我们|立即订阅|点击订阅|下载.{0,4}(?:APP|客户端)|长按识别/i
const RELATED = /^(?:相关(?:新闻|阅读|报道|文章|链接|公示)|推荐阅读|热门(?:文章|新闻|推荐)|热点(?:新闻|推荐)|延伸阅读|更多(?:新闻|公示|报道)|最新(?:公示|新闻|动态)|猜你喜欢|往期回顾|精彩推荐|公示公告|通知公告)\s*[:：>›»]?$/
const PREV_NEXT = /^(?:上一篇|下一篇|上一条|下一条)[:：]/
const NUMERIC_DATE = /(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:\s+(\d{1,2}):(\d{2})(?::\d{2})?)?/
const CHINESE_DATE = /(\d{4})年(\d{1,2})月(\d{1,2})日(?:\s*(\d{1,2})[:：时](\d{2})分?)?/
const META_WORDS = /发布时间|发布日期|发表时间|时间[:：]|来源[:：]|作者[:：]|编辑[:：]|浏览(?:次数|量)?[:：]?\s*\d|阅读(?:次数|量)?[:：]?\s*\d|点击(?:数|量|率)?[:：]?\s*\d|字号|分钟前|小时前|天前|昨天\s*\d|\d+\s*(?:次)?阅读/
const VIEWS = /(?:浏览|阅读|点击)(?:次数|量|数)?[:：]?\s*(\d+)|(\d+)\s*(?:次)?(?:阅读|浏览)/
const SOURCE_LINE = /^(?:消息来源|信息来源|来源|稿件来源|文章来源)\s*[:：]\s*(.{2,40})$/
const ROLE_WORDS = '通讯员|特约记者|记者|责任编辑|编辑|摄影|作者|实习生'
const BYLINE_PART = new RegExp(`(${ROLE_WORDS})\\s*[:：]?\\s*((?!${ROLE_WORDS})[\\p{Script=Han}·]{2,4}(?:[、，,\\s]+(?!${ROLE_WORDS})[\\p{Script=Han}·]{2,4})*)`, 'gu')
/** What may stand between the bylines of a byline line: separators, 摄 / 报道, and the brackets around it all. */
const BYLINE_FILLER = /摄|报道|[\s|｜/、，,:：]/g
const CAPTION = /^(?:图为|图：|图:|图片：|图片:|上图|下图|左图|右图|图片来源|题图)|(?:[（(](?:[^（）()]{0,12}\s)?[\p{Script=Han}]{2,4}\s*摄[)）])$|^[\p{Script=Han}]{2,4}\s*摄$|(?:摄影|供图)\s*[:：]\s*[\p{Script=Han}]{2,8}[)）]?$/u
const DATELINE = /^[\p{Script=Han}]{0,8}(\d{4}年\d{1,2}月\d{1,2}日)\s*[/／]\s*[^/／]{1,10}\s*[/／]\s*[-—–]*\s*/u
const NEWS_LEAD = /^(?:本报讯|本网讯|讯|[\p{Script=Han}]{2,10}(?:讯|电))\s*[（(]([^）)]{0,40})[)）]\s*/u
const SIGNATURE_OFFICE = /^[\p{Script=Han}（）()]{4,40}(?:委员会|办公室|协会|联合会|中心|局|厅|街道办事处|街道|人民政府|政府|总队|团委|基金会)$/u
/**
 * Longest line the line-shape rules (breadcrumb, share bar, footer, byline, caption …) look at:
 * such furniture is short, a longer line is body text. Bounding the line also bounds the work of
 * each rule's expression, so a pasted megabyte on one line costs linear time.
 */
const FURNITURE_LINE = 300
/** Lines an editor is warned about one by one; more are counted. */
const MAX_LINE_WARNINGS = 50
/** Sentence ends: a block not ending in one of these continues in the next block. */
const SENTENCE_END = /[。！？!?…”’」』）)》\]】~～.]$/

export const dateOf = (text: string): string | null => {
  const match = NUMERIC_DATE.exec(text) ?? CHINESE_DATE.exec(text)
  if (!match) return null
  const [year, month, day, hour, minute] = match.slice(1).map((part) => (part === undefined ? undefined : Number(part)))
  if (!year || !month || !day || month > 12 || day > 31 || year < 1990 || year > 2100) return null
  const pad = (value: number) => String(value).padStart(2, '0')
  return `${year}-${pad(month)}-${pad(day)}T${pad(hour ?? 0)}:${pad(minute ?? 0)}:00+08:00`
}

const isJunk = (line: string): boolean =>
  !HAN.test(line) && !NUMERIC_DATE.test(line) && (line.split(/\s+/).length <= 3 || /\.(?:png|jpe?g|gif|webp|svg)$/i.test(line))

const isMeta = (line: string): boolean =>
  charsAtMost(line, 120) &&
  (/^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?(?:\s+\d+)?$/.test(line.trim()) ||
    (META_WORDS.test(line) && !/[。！？]$/.test(line)) ||
    (CHINESE_DATE.test(line) && charsAtMost(line, 40) && /来源|作者|编辑|浏览|阅读|发布/.test(line)))

const isTitleLike = (line: string): boolean => {
  return !charsAtMost(line, 3) && charsAtMost(line, 80) && HAN.test(line) && !/。/.test(line.slice(0, -1)) && !/[，,、：:；;]$/.test(line) && !/。$/.test(line)
}

/** A line of nothing but bylines: （通讯员 李四 记者 张三 摄）. */
const isBylineOnly = (line: string): boolean => {
  if (line.length > FURNITURE_LINE) return false
  const rest = line.replace(BYLINE_PART, '\u0000')
  return rest.includes('\u0000') && /^[（(]?[)）]?$/.test(rest.replace(/\u0000/g, '').replace(BYLINE_FILLER, ''))
}

/** Bylines in a line: role → names. */
const bylinesIn = (line: string): { role: string; name: string }[] =>
  [...line.matchAll(BYLINE_PART)].map((match) => ({ role: match[1] as string, name: (match[2] as string).replace(/\s*(?:摄|报道)$/, '').trim() }))

type Draft = Pick<ImportedArticle, 'title' | 'publishedAt' | 'source' | 'correspondent' | 'reporter' | 'responsibleEditor' | 'captions' | 'removed' | 'warnings'>

const applyBylines = (draft: Draft, line: string): void => {
  for (const { role, name } of bylinesIn(line)) {
    const parts = name.split(/[、，,\s]+/).filter(Boolean)
    // 作者：记者 范晓雯 浏览次数 1287: only the parts that read as names.
    const people = parts.filter(looksLikeName)
    const first = (people.length ? people : parts.slice(0, 1)).join('、')
    if (!first) continue
    if (/通讯员/.test(role)) draft.correspondent ??= first
    else if (/记者|作者|实习生/.test(role)) draft.reporter ??= first
    else if (/编辑/.test(role)) draft.responsibleEditor ??= first
  }
}

const isHeading = (blocks: string[], index: number, previousIsHeading: boolean, forced: Set<string>): boolean => {
  const block = blocks[index] as string
  if (forced.has(block)) return true
  const previous = blocks[index - 1]
  if (index === blocks.length - 1) return false
  if (!charsAtMost(block, 30) || /[。；;]/.test(block) || /[，,、：:]$/.test(block)) return false
  if (/[，,]/.test(block) && !/[！!？?]$/.test(block)) return false
  return previous === undefined || previousIsHeading || SENTENCE_END.test(previous)
}

/** Between two pieces of one paragraph: a space only where Latin letters or digits meet. */
const joinerOf = (before: string, after: string): string => (/[A-Za-z0-9]$/.test(before) && /^[A-Za-z0-9]/.test(after) ? ' ' : '')

/** Runs of three or more title-like lines inside the body: another page's list of articles. */
const dropTitleLists = (blocks: string[], removed: string[]): string[] => {
  const kept: string[] = []
  let run: string[] = []
  const flush = () => {
    if (run.length >= 3) removed.push(`其他文章的标题列表（${run.length} 条）：${run.slice(0, 3).map((line) => short(line, 24)).join(' / ')}…`)
    else kept.push(...run)
    run = []
  }
  for (const block of blocks) {
    const listItem = isTitleLike(block) && !SENTENCE_END.test(block) && charsAtMost(block, 50)
    if (listItem) run.push(block)
    else {
      flush()
      kept.push(block)
    }
  }
  flush()
  return kept
}

export type ParseOptions = {
  /** Whether the input is HTML; worked out from the text when not given. */
  html?: boolean
}

/** An imported article from text or HTML. */
export const parseArticle = (input: string, options: ParseOptions = {}): ImportedArticle => {
  const draft: Draft = { title: null, publishedAt: null, source: null, correspondent: null, reporter: null, responsibleEditor: null, captions: [], removed: [], warnings: [] }
  let text = input.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n')
  let htmlTitle: string | null = null
  if (options.html ?? looksLikeHtml(text)) {
    const fromHtml = htmlToText(text)
    text = fromHtml.text
    htmlTitle = fromHtml.title
    for (const part of fromHtml.removed) draft.removed.push(`页面导航、侧栏或页脚：${short(part)}`)
  }
  text = text.replace(/[\u00a0\u3000\u2002\u2003\u200b]/g, ' ').replace(/[·•]{3,}|\.{4,}/g, '……')

  const readings = stripReadings(text)
  text = readings.text
  if (readings.readings) draft.removed.push(`字后括注的拼音 ${readings.readings} 处`)

  const foundNames = findNames(text)
  if (htmlTitle) htmlTitle = stripReadings(htmlTitle).text
  const traditional = traditionalCharacters(text)
  if (traditional.length) {
    text = toSimplified(text, foundNames)
    if (htmlTitle) htmlTitle = toSimplified(htmlTitle, foundNames)
  }
  const names = foundNames.map((original) => ({ original, simplified: traditional.length ? simplifiedName(original) : original }))

  // Lines, with tabs kept only inside honour-roll lines (they separate entries there).
  const lines = text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)

  // The head: everything before the first paragraph. The title is the title-like line right
  // before the meta line when there is one (sidebars come before it), else the first.
  const body: string[] = []
  const honorLines: string[] = []
  let honorHeading: string | null = null
  let phase: 'body' | 'tail' | 'honor' = 'body'
  let inRelatedList = false
  const tail: string[] = []
  const titleCandidates: string[] = []
  const forcedHeadings = new Set<string>()
  const metaIndex = lines.findIndex((line, index) => index < 12 && isMeta(line))

  for (const [index, raw] of lines.entries()) {
    const line = raw.replace(/\t+/g, phase === 'honor' || /荣获/.test(raw) ? '\t' : ' ')
    const plain = line.replace(/\t/g, ' ')
    if (plain.startsWith('## ')) {
      // A heading element of an HTML page (see ./html).
      const heading = plain.slice(3).trim()
      if (heading && phase === 'body' && !RELATED.test(heading)) {
        forcedHeadings.add(heading)
        body.push(heading)
        continue
      }
    }
    if (isJunk(plain)) {
      draft.removed.push(`网页残留：${short(plain)}`)
      continue
    }
    if (HONOR_HEADING.test(plain) || (phase !== 'honor' && body.length > 0 && plain.split('\t').length >= 2 && line.split('\t').every((segment) => parseAwardedEntry(segment)))) {
      if (HONOR_HEADING.test(plain)) honorHeading = plain.replace(/[:：]$/, '')
      else honorLines.push(line)
      phase = 'honor'
      continue
    }
    if (phase === 'honor') {
      honorLines.push(line)
      continue
    }
    const furnitureShaped = plain.length <= FURNITURE_LINE
    if (furnitureShaped && BREADCRUMB.test(plain)) {
      draft.removed.push(`面包屑导航：${short(plain)}`)
      continue
    }
    if (furnitureShaped && (RELATED.test(plain) || PREV_NEXT.test(plain))) {
      draft.removed.push(`相关文章或翻页链接：${short(plain)}`)
      inRelatedList = RELATED.test(plain)
      continue
    }
    if (inRelatedList) {
      if (isTitleLike(plain) && !SENTENCE_END.test(plain)) {
        draft.removed.push(`相关文章：${short(plain)}`)
        continue
      }
      if (charsAtMost(plain, 20) && NUMERIC_DATE.test(plain)) continue
      inRelatedList = false
    }
    if (furnitureShaped && (SHARE.test(plain) || COPYRIGHT.test(plain) || FOOTER.test(plain) || PROMO.test(plain))) {
      draft.removed.push(`分享、版权或页脚：${short(plain)}`)
      continue
    }
    if (phase === 'tail') {
      tail.push(plain)
      continue
    }
    if (index === metaIndex || (isMeta(plain) && body.length === 0)) {
      draft.publishedAt ??= dateOf(plain)
      const views = VIEWS.exec(plain) ?? (/^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\s+\d{1,2}:\d{2}\s+(\d+)$/.exec(plain) as RegExpExecArray | null)
      const source = /来源[:：]\s*([^\s|｜]{2,30})/.exec(plain)
      if (source) draft.source ??= source[1] as string
      applyBylines(draft, plain)
      draft.removed.push(`信息行：${short(plain)}${views ? `（阅读数 ${views[1] ?? views[2]} 不导入）` : ''}`)
      if (draft.title === null && titleCandidates.length) draft.title = titleCandidates[titleCandidates.length - 1] as string
      continue
    }
    const source = SOURCE_LINE.exec(plain)
    if (source) {
      draft.source ??= (source[1] as string).trim()
      draft.removed.push(`来源行：${short(plain)}`)
      if (body.length) phase = 'tail'
      continue
    }
    if (isBylineOnly(plain)) {
      applyBylines(draft, plain)
      draft.removed.push(`署名行：${short(plain)}`)
      if (body.length) phase = 'tail'
      continue
    }
    if (charsAtMost(plain, 100) && CAPTION.test(plain)) {
      draft.captions.push(plain)
      continue
    }
    if (draft.title === null && body.length === 0 && (htmlTitle ? plain === htmlTitle : metaIndex > index ? false : isTitleLike(plain))) {
      draft.title = plain
      continue
    }
    if (draft.title === null && body.length === 0 && metaIndex > index && isTitleLike(plain)) {
      titleCandidates.push(plain)
      continue
    }
    body.push(plain)
  }
  // Title-like lines before the meta line that did not become the title: a sidebar.
  for (const candidate of titleCandidates) if (candidate !== draft.title) draft.removed.push(`页首的其他标题：${short(candidate)}`)
  if (tail.length) draft.removed.push(`正文结束后的其他内容（${tail.length} 行）：${short(tail[0] as string)}`)
  if (draft.title === null && htmlTitle) draft.title = htmlTitle

  // A closing signature (issuing office, then a date) gives source and date.
  if (body.length >= 3) {
    const [office, date] = body.slice(-2) as [string, string]
    if (SIGNATURE_OFFICE.test(office) && dateOf(date) && charsAtMost(date, 16)) {
      draft.source ??= office
      draft.publishedAt ??= dateOf(date)
      body.splice(-2, 2)
      draft.removed.push(`落款：${office} ${date}`)
    }
  }

  // The first paragraph's dateline (上海2023年8月11日 /美通社/ --) or news lead (本报讯（记者 …）).
  const leadIndex = body.findIndex((block) => !charsAtMost(block, 30))
  if (leadIndex >= 0) {
    const first = body[leadIndex] as string
    const dateline = DATELINE.exec(first)
    if (dateline) {
      draft.publishedAt ??= dateOf(dateline[1] as string)
      draft.removed.push(`电头：${dateline[0].trim()}`)
      body[leadIndex] = first.slice(dateline[0].length)
    }
    const lead = NEWS_LEAD.exec(body[leadIndex] as string)
    if (lead) {
      applyBylines(draft, lead[1] as string)
      draft.removed.push(`电头：${lead[0].trim()}`)
      body[leadIndex] = (body[leadIndex] as string).slice(lead[0].length)
    }
  }

  const listed = dropTitleLists(body, draft.removed)

  // Headings, then paragraphs broken mid-sentence joined with what follows.
  const blocks: ImportedBlock[] = []
  let previousIsHeading = true
  for (let index = 0; index < listed.length; index += 1) {
    const block = listed[index] as string
    if (isHeading(listed, index, previousIsHeading, forcedHeadings)) {
      blocks.push({ type: 'heading', text: block })
      previousIsHeading = true
      continue
    }
    // Pieces are joined once at the end, and each step looks only at the last piece: testing the
    // growing paragraph would read it again at every step (quadratic over thousands of lines).
    const pieces = [block]
    let last = block
    while (!SENTENCE_END.test(last) && index + 1 < listed.length && !isHeading(listed, index + 1, false, forcedHeadings)) {
      index += 1
      const next = listed[index] as string
      pieces.push(joinerOf(last, next), next)
      last = next
    }
    const paragraph = pieces.join('')
    blocks.push({ type: 'paragraph', text: paragraph })
    previousIsHeading = false
  }
  const normalised = blocks.map((block) => ({ ...block, text: normalisePunctuation(block.text) }))
  // Debris of a broken encoding: shown in context (□ where it was) and taken out of the draft.
  for (const [index, block] of normalised.entries()) {
    if (!block.text.includes(GARBLED_MARK)) continue
    // Windows of text around each place, overlapping windows merged.
    const windows: [number, number][] = []
    for (const match of block.text.matchAll(new RegExp(GARBLED_MARK, 'g'))) {
      const [start, end] = [Math.max(0, match.index - 8), Math.min(block.text.length, match.index + 9)]
      const last = windows[windows.length - 1]
      if (last && start <= last[1]) last[1] = end
      else windows.push([start, end])
    }
    const places = windows.map(([start, end]) => block.text.slice(start, end).replace(new RegExp(GARBLED_MARK, 'g'), '□'))
    const count = block.text.split(GARBLED_MARK).length - 1
    draft.warnings.push(`第 ${index + 1} 段有 ${count} 处疑似乱码（□ 处原文已损坏），请对照原文核对：${places.map((place) => `“${place}”`).join('、')}`)
  }
  const finalBlocks = normalised.map((block) => ({ ...block, text: block.text.replaceAll(GARBLED_MARK, '') })).filter((block) => block.text)

  let honorRoll: ImportedArticle['honorRoll'] = null
  if (honorHeading !== null || honorLines.length) {
    const { entries, unread } = parseHonorRoll(honorLines)
    for (const line of unread.slice(0, MAX_LINE_WARNINGS)) draft.warnings.push(`荣誉榜中有一行未能识别，请手工核对：${short(line, 60)}`)
    if (unread.length > MAX_LINE_WARNINGS) draft.warnings.push(`荣誉榜中另有 ${unread.length - MAX_LINE_WARNINGS} 行未能识别，请手工核对`)
    const storyTitle = draft.title ? normalisePunctuation(draft.title) : null
    const heading = honorHeading && honorHeading !== '荣誉榜' ? honorHeading : null
    honorRoll = {
      title: short(heading ?? (storyTitle ? `荣誉榜：${storyTitle}` : '荣誉榜'), 110),
      entries: entries.map((entry) => ({ ...entry, name: normalisePunctuation(entry.name), unit: entry.unit ? normalisePunctuation(entry.unit) : null, award: normalisePunctuation(entry.award) })),
    }
    const listed = new Set(names.map((name) => name.simplified))
    for (const entry of honorRoll.entries) {
      if (entry.type !== 'individual' || listed.has(entry.name)) continue
      listed.add(entry.name)
      names.push({ original: entry.name, simplified: entry.name })
    }
  }

  const title = draft.title ? normalisePunctuation(draft.title) : null
  // Names only from what is kept (a dropped tail's speakers are not the editor's concern).
  const kept = [title ?? '', draft.correspondent ?? '', draft.reporter ?? '', draft.responsibleEditor ?? '', ...finalBlocks.map((block) => block.text), ...draft.captions].join('\n')
  const honourees = new Set(honorRoll?.entries.map((entry) => entry.name))
  const keptNames = names.filter((name) => honourees.has(name.simplified) || kept.includes(name.simplified))
  if (!title) {
    const firstParagraph = finalBlocks.find((block) => block.type === 'paragraph')?.text ?? ''
    const suggestion = short(firstParagraph.split(/[。！？]/)[0] ?? '', 30)
    draft.warnings.push(`未找到标题${suggestion ? `，建议：${suggestion}` : ''}`)
  }
  if (!draft.publishedAt) draft.warnings.push('未找到发布日期，请在草稿中填写')
  if (!finalBlocks.some((block) => block.type === 'paragraph')) draft.warnings.push('没有找到正文段落')
  const left = traditionalCharacters(finalBlocks.map((block) => block.text).join('\n'))
  if (left.length) draft.warnings.push(`仍有繁体字：${left.join('')}`)

  return {
    kind: 'story',
    title,
    publishedAt: draft.publishedAt,
    source: draft.source,
    correspondent: draft.correspondent,
    reporter: draft.reporter,
    responsibleEditor: draft.responsibleEditor,
    paragraphs: finalBlocks.filter((block) => block.type === 'paragraph').map((block) => block.text),
    headings: finalBlocks.filter((block) => block.type === 'heading').map((block) => block.text),
    captions: draft.captions.map(normalisePunctuation),
    honorRoll,
    removed: draft.removed,
    warnings: draft.warnings,
    blocks: finalBlocks,
    names: keptNames,
    traditional,
  }
}
