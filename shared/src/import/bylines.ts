/** Bylines, source lines and credits, the publishing office: who wrote the story and for whom. */
import type { Draft } from './types'
import { FURNITURE_LINE, charsAtMost, short } from './lines'
import { looksLikeName } from './names'

/** A source credit after the story: （崇明区生态志愿者协会供稿）. */
export const SOURCE_CREDIT = /^[（(](?!图片|照片)([\p{Script=Han}（）]{2,30}?)(?:供稿|供图|提供|来稿)[)）]$/u
/** A labelled source credit in brackets, with the writer's name after the office: （供稿：某街道志愿服务中心 施雯）. */
export const LABELLED_CREDIT = /^[（(](?:供稿|来源|稿源|供稿单位|来稿)\s*[:：]\s*([\p{Script=Han}（）]{2,30})(?:\s+([\p{Script=Han}·]{2,4}))?[)）]$/u
/** Where the story was printed before, after it: （本文刊于《…》第21期）, （原载…）, （转自…）. */
export const PRINTED_IN = /^[（(](?:本文|此文|原文|文章)?(?:原载|刊于|刊登于|刊发于|载于|发表于|转载自|转自|选自|摘自|节选自)[^（）()]{1,60}[)）]$/

export const SOURCE_LINE = /^(?:本文来源|消息来源|信息来源|来源|稿件来源|文章来源|稿源|供稿|供稿单位|发布机构|发布单位)\s*[:：｜|]\s*(.{2,40})$/
/** Byline roles; 文 and 图 (文／图：…, 文：…, 图：…) only with a colon or slash after them. */
export const ROLE_WORDS =
  '通讯员|特约记者|记者|责任编辑|责编|值班编辑|编辑|摄影|摄像|作者|实习生|撰稿|撰文|执笔|采写|监制|终审|初审|复审|一审|二审|三审|编审|主编|统筹|策划|剪辑|审核|校对|排版|美编|文\\s*[/／]\\s*图|图\\s*[/／]\\s*文|图文(?=\\s*[:：｜|])|文字(?=\\s*[:：｜|])|文(?=\\s*[:：｜|／/])|图(?=\\s*[:：｜|／/])'
export const ROLE_START = new RegExp(`^(?:${ROLE_WORDS})`)
// 本报记者, 特约通讯员, 见习记者: the prefix is part of the role.
export const BYLINE_PART = new RegExp(
  `(?:本报|本网|本台|本刊|本站|特约|见习|实习|首席|融媒体?|全媒体)?(${ROLE_WORDS})\\s*[:：｜|／/]?\\s*((?!${ROLE_WORDS})[\\p{Script=Han}·]{2,4}(?:[、，,\\s]+(?!${ROLE_WORDS})[\\p{Script=Han}·]{2,4})*)`,
  'gu',
)
/** Roles of a photo's credit, not of the story's text. */
const PHOTO_ROLE = /^(?:摄影|摄像|图|供图)$/
/** What may stand between the bylines of a byline line: separators, 摄 / 报道, and the brackets around it all. */
export const BYLINE_FILLER = /摄|报道|报导|[\s|｜/、，,:：]/g

export const DATELINE = /^[\p{Script=Han}]{0,8}(\d{4}年\d{1,2}月\d{1,2}日)\s*[/／]\s*[^/／]{1,10}\s*[/／]\s*[-—–]*\s*/u
export const NEWS_LEAD = /^(?:本报讯|本网讯|讯|[\p{Script=Han}]{2,10}(?:讯|电))\s*[（(]([^）)]{0,40})[)）]\s*/u
export const OFFICE_SUFFIX =
  '委员会|办公室|服务队|志愿队|服务站|工作站|秘书处|协会|联合会|中心|局|厅|街道办事处|街道|人民政府|政府|总队|支队|团委|区委|市委|县委|党委|党工委|宣传部|文明办|基金会'
export const SIGNATURE_OFFICE = new RegExp(`^[\\p{Script=Han}（）()]{2,40}(?:${OFFICE_SUFFIX})$`, 'u')

/** The publishing office on its own line at the top of a page (it is the 来源, not the title). */
export const PUBLISHER_LINE = new RegExp(
  `^[\\p{Script=Han}（）()·]{2,24}(?:${OFFICE_SUFFIX}|日报|晚报|报社|电视台|融媒体中心|新闻网|新闻中心|志愿服务网|文明网|服务队|志愿者总队)$`,
  'u',
)

/** A 来源 that names only the page itself: 本站, 本网, 原创. */
export const SELF_SOURCE = /^(?:本站|本网|本台|本刊|本报|原创|本站原创|本网原创|网络|互联网)$/

/** A line of nothing but bylines: （通讯员 李四 记者 张三 摄）. */
export const isBylineOnly = (line: string): boolean => {
  if (line.length > FURNITURE_LINE) return false
  const rest = line.replace(BYLINE_PART, '\u0000')
  return rest.includes('\u0000') && /^[（(【[]?[)）】\]]?$/.test(rest.replace(/\u0000/g, '').replace(BYLINE_FILLER, ''))
}

/** Bylines in a line: role → names. */
export const bylinesIn = (line: string): { role: string; name: string }[] =>
  [...line.matchAll(BYLINE_PART)].map((match) => ({ role: match[1] as string, name: (match[2] as string).replace(/\s*(?:摄|报道|报导)$/, '').trim() }))

/** A source line, a source credit or a line of bylines (what ends a story): read into the draft. */
export const readSignOff = (draft: Draft, line: string): boolean => {
  const credit = LABELLED_CREDIT.exec(line)
  if (credit) {
    draft.source ??= (credit[1] as string).trim()
    if (credit[2] && looksLikeName(credit[2])) draft.reporter ??= credit[2]
    draft.removed.push(`来源行：${short(line)}`)
    return true
  }
  if (PRINTED_IN.test(line)) {
    draft.removed.push(`原载说明：${short(line)}`)
    return true
  }
  const source = SOURCE_LINE.exec(line) ?? SOURCE_CREDIT.exec(line)
  if (source) {
    const named = (source[1] as string).trim()
    // 来源：本站 names no one: the site's name (from the page's title) stands in later.
    if (!SELF_SOURCE.test(named)) draft.source ??= named
    draft.removed.push(`来源行：${short(line)}`)
    return true
  }
  // A photographer's credit alone (（摄影：…）) belongs to a photo in the story: it does not end it.
  if (!isBylineOnly(line) || bylinesIn(line).every(({ role }) => PHOTO_ROLE.test(role))) return false
  applyBylines(draft, line)
  draft.removed.push(`署名行：${short(line)}`)
  return true
}

/** The draft's field of a byline role: 通讯员, a writer's role (记者, 实习生, 文／图 …), an editor's; null for the others (审核, 摄影 …). */
const fieldOf = (role: string): 'correspondent' | 'reporter' | 'responsibleEditor' | null =>
  /通讯员/.test(role)
    ? 'correspondent'
    : /记者|作者|实习生|撰稿|撰文|执笔|采写|^文|^图\s*[/／]?\s*文/.test(role)
      ? 'reporter'
      : /编辑|责编/.test(role)
        ? 'responsibleEditor'
        : null

/** The bylines of a line into the draft; the writers of one line together (记者 邵晨曦 实习生 甘露 → 邵晨曦、甘露). */
export const applyBylines = (draft: Draft, line: string): void => {
  const found: Record<'correspondent' | 'reporter' | 'responsibleEditor', string[]> = { correspondent: [], reporter: [], responsibleEditor: [] }
  for (const { role, name } of bylinesIn(line)) {
    const parts = name.split(/[、，,\s]+/).filter(Boolean)
    // 作者：记者 范晓雯 浏览次数 1287: only the parts that read as names.
    const people = parts.filter(looksLikeName)
    const field = fieldOf(role)
    // One editor: the first role's (责任编辑 before 值班编辑).
    if (!field || (field === 'responsibleEditor' && found[field].length)) continue
    for (const person of people.length ? people : parts.slice(0, 1)) if (!found[field].includes(person)) found[field].push(person)
  }
  for (const field of ['correspondent', 'reporter', 'responsibleEditor'] as const) if (found[field].length) draft[field] ??= found[field].join('、')
}

/** An office and a name on one line under the title: 奉贤区志愿者协会　庞一鸣. */
export const officeByline = (line: string): { office: string; name: string } | null => {
  if (!charsAtMost(line, 40)) return null
  const parts = line.split(/\s+/)
  return parts.length === 2 && PUBLISHER_LINE.test(parts[0] as string) && looksLikeName(parts[1] as string)
    ? { office: parts[0] as string, name: parts[1] as string }
    : null
}
