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
import { RELATIVE_STAMP, dateOf, daysBefore, hasDate, isDateOnly, withoutDate } from './dates'
import { CAPTION_PREFIX, htmlToText, looksLikeHtml } from './html'
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

const BREADCRUMB = /^(?:当前位置|您的位置|你的位置|您现在的位置|所在位置)|(?:首页|主页)\s*[>›»/＞→]|[>›»＞→]\s*正文$/
/** What a WeChat page shows around an article when copied whole: 预览时标签不可点, 继续滑动看下一个, 轻点两下取消赞. */
const WECHAT_UI = /预览时标签不可点|(?:继续|向上)滑动看下一个|轻触阅读原文|轻点两下取消|微信扫一扫(?:关注|可打开|使用)|^(?:写留言|留言|知道了|取消|允许|视频|小程序|喜欢此内容的人还喜欢|收录于(?:合集|话题).{0,30})$/
const SHARE = /^(?:分享到|分享：|分享:|转发到|扫一扫|微信扫一扫|扫码分享|复制链接|分享这篇文章)|^(?:微信|微博|QQ空间|QQ|朋友圈|复制链接|打印|关闭窗口|收藏|分享|在看|点赞|赞|转发|阅读原文|\s|[|｜·、])+$/
const COPYRIGHT = /版权所有|copyright|©|未经.{0,12}(?:许可|授权|同意)|转载请|转载须|免责声明|本文仅代表|不代表本(?:网|站)|如有侵权|侵权.{0,4}删除|原标题[:：]/i
const FOOTER = /ICP备|ICP证|公网安备|网站标识码|主办单位|承办单位|技术支持[:：]|联系我们|网站地图|关于我们|隐私(?:政策|声明)|建议使用.{0,20}浏览器|分辨率/
// A QR code only with a call beside it (长按识别二维码, 二维码关注我们): a story may mention one.
const PROMO = /(?:扫描|长按|识别|扫)[^，。,；;]{0,8}二维码|二维码[^，。,；;]{0,8}(?:关注|下载|订阅|加入|识别)|微信公众号|公众号[:：“"]|关注我们|立即订阅|点击订阅|下载.{0,4}(?:APP|客户端)|长按识别|蓝字|阅读原文|^关注[“"「]|三连|点个在看/i
const RELATED = /^(?:相关(?:新闻|阅读|报道|文章|链接|公示)|推荐阅读|往期(?:推荐|精选|精彩)|热门(?:文章|新闻|推荐)|热点(?:新闻|推荐)|延伸阅读|更多(?:新闻|公示|报道)|最新(?:公示|新闻|动态)|猜你喜欢|往期回顾|精彩推荐|公示公告|通知公告)\s*[:：>›»]?$/
const PREV_NEXT = /^(?:上一篇|下一篇|上一条|下一条)[:：]/
const NUMERIC_DATE = /(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})/
const CHINESE_DATE = /(\d{4})年(\d{1,2})月(\d{1,2})日/
const META_WORDS = /发布时间|发布日期|发表时间|发稿时间|更新时间|时间\s*[:：]|日期\s*[:：]|(?<!图片|照片|图)来源\s*[:：]|作者\s*[:：]|编辑\s*[:：]|供稿\s*[:：]|发布(?:单位|机构|部门|者|人)\s*[:：]|浏览(?:次数|量)?[:：]?\s*\d|阅读(?:次数|量)?[:：]?\s*\d|点击(?:数|量|率)?[:：]?\s*\d|字号|分钟前|小时前|天前|昨天\s*\d|\d+\s*(?:次)?阅读/
/** Words of a meta line that, with a date beside them, make it one wherever it stands. */
const META_KEYS = /发布|发表|发稿|更新|时间|日期|来源|作者|编辑|记者|通讯员|浏览|阅读|点击/
/** A counter and its number (thousands separators included): 浏览次数：1,286, 阅读 2.3万, 1286次阅读. */
const COUNTER = /(?:浏览|阅读|点击|访问|点赞|赞|在看|评论|收藏|转发|分享)(?:次数|量|数|率)?\s*[:：]?\s*[(（]?(\d[\d,，.]*\s*[万千]?\+?)[)）]?\s*次?|(\d[\d,，.]*\s*[万千]?)\s*(?:次|人)?(?:阅读|浏览|点击|点赞|评论)/g
/** What stands beside counters on a counter line: separators and the buttons of a share bar. */
const COUNTER_REST = /^(?:[\s|｜·•/、，,:：()（）]|收藏|分享|转发|打印|举报|点赞|在看|评论|关闭)*$/
/** Tags under a story: furniture. */
const TAGS = /^(?:标签|关键词|关键字|tags?)\s*[:：]/i
/** Where a story ends on WeChat and in mails: END, - 完 -, —— 正文完 ——. */
const END_MARK = /^[-—–=_~～\s]*(?:END|THE END|完|全文完|正文完|（完）|\(完\))[-—–=_~～\s]*$/i
/** A mark before a story in a mail: —— 正文 ——. */
const START_MARK = /^[-—–=_~～\s]*(?:正文|以下为正文|稿件正文)[-—–=_~～\s:：]*$/
/** A WeChat article's header: 原创 小普 普陀志愿者在线 2023-08-14 18:30 发表于上海. */
const WECHAT_HEAD = /^原创(?:\s|$)/
/** A reposted WeChat article's note on whose it is: 以下文章来源于某账号，作者某某. */
const REPOST = /^以下(?:文章|内容)?(?:来源于|来自|转载自)\s*([^\s，,]{2,20})\s*[，,]?\s*(?:作者\s*[:：]?\s*([^\s，,]{2,12}))?$/
/** A role word standing alone before the author's name in a WeChat header: 原创 ｜ 文 梅若兰. */
const WECHAT_ROLE = /^(?:文|文字|作者|撰文|撰稿|记者)[:：]?$/
/** The header lines of a mail, and the line of a forwarded one. */
const MAIL_HEADER = /^(?:发件人|收件人|抄送|主题|日期|时间|发送时间|From|To|Cc|Subject|Date|Sent)\s*[:：]/i
const MAIL_MARK = /^(?:发件人|收件人|主题|From|To|Subject)\s*[:：]|转发的邮件|原始邮件|Forwarded message|Original Message/i
/** Where a mail's story has ended: its attachments, a signature mark, thanks, a quoted earlier mail. */
const MAIL_END = /^(?:附件\s*[:：]?|--\s*$|——\s*$|谢谢|此致|祝好|顺颂|>|在\s*\d{4}.{0,40}写道[:：]$|[-—_=\s]{0,30}(?:原始邮件|Original Message|转发的邮件|Forwarded message)|(?:发件人|From)\s*[:：])/i
/** A greeting to the editor at the top of a mail: 编辑老师：, 刘编辑：, 各位老师好，…. */
const GREETING = /^(?:[\p{Script=Han}]{1,8}[:：]$|(?:各位|尊敬的|您好|你好|老师好|编辑好))/u
/** A source credit after the story: （崇明区生态志愿者协会供稿）. */
const SOURCE_CREDIT = /^[（(](?!图片|照片)([\p{Script=Han}（）]{2,30}?)(?:供稿|供图|提供|来稿)[)）]$/u
/** A labelled source credit in brackets, with the writer's name after the office: （供稿：某街道志愿服务中心 施雯）. */
const LABELLED_CREDIT = /^[（(](?:供稿|来源|稿源|供稿单位|来稿)\s*[:：]\s*([\p{Script=Han}（）]{2,30})(?:\s+([\p{Script=Han}·]{2,4}))?[)）]$/u
/** Where the story was printed before, after it: （本文刊于《…》第21期）, （原载…）, （转自…）. */
const PRINTED_IN = /^[（(](?:本文|此文|原文|文章)?(?:原载|刊于|刊登于|刊发于|载于|发表于|转载自|转自|选自|摘自|节选自)[^（）()]{1,60}[)）]$/
/** The print run of an office's bulletin: （共印30份）. */
const PRINT_RUN = /^[（(]?\s*(?:共印|印数[:：]?|印)\s*\d{1,6}\s*份\s*[)）]?$/
/**
 * A page's tool bar: print, close, font size (【字体：大 中 小】, [打印本页] [关闭窗口]). Tested on what is
 * left when its words are taken out (one pass, no nesting), so any order and bracketing is one.
 */
const TOOL_WORDS = /打印(?:本页|此页|文章)?|列印(?:本页)?|关闭(?:窗口|本页|视窗)?|收藏(?:本页)?|返回(?:顶部|列表)?|字体|字号|默认|纠错|[大中小]/g
const TOOL_REST = /^[\s【】[\]|｜:：/（）()]*$/
const isToolBar = (line: string): boolean => charsAtMost(line, 60) && /字体|字号|打印|列印|关闭/.test(line) && TOOL_REST.test(line.replace(TOOL_WORDS, ''))
/** Where an office's bulletin is sent (报：… 送：… 发：…), after the story. */
/** A contact line of a document (联系人：… 电话：…): for the editor, not the reader; it does not end the story (a signature may follow). */
const CONTACT = /^(?:联系人|联系电话|联系方式|联 系 人)\s*[:：]/
const DISTRIBUTION = /^(?:报|送|发|抄送|抄报|报送|主送|呈送|分送|印发|发送)\s*[:：]/
/** An official document's number: 沪志协〔2024〕3号. */
const DOCUMENT_NUMBER = /[〔[［(（]\s*\d{4}\s*[〕\]］)）]\s*\d{1,4}\s*号$/
/** A subtitle under the title: ——记黄浦区“外滩守护者”志愿服务队. */
const TITLE_LABEL = /^(?:标题|题目|文章标题|稿件标题|主标题)\s*[:：]\s*/
const SUBTITLE = /^(?:——|—|--)\s*\S/
const SOURCE_LINE = /^(?:本文来源|消息来源|信息来源|来源|稿件来源|文章来源|稿源|供稿|供稿单位|发布机构|发布单位)\s*[:：｜|]\s*(.{2,40})$/
/** Byline roles; 文 and 图 (文／图：…, 文：…, 图：…) only with a colon or slash after them. */
const ROLE_WORDS = '通讯员|特约记者|记者|责任编辑|责编|值班编辑|编辑|摄影|摄像|作者|实习生|撰稿|撰文|监制|终审|初审|复审|一审|二审|三审|编审|主编|统筹|策划|剪辑|审核|校对|排版|美编|文\\s*[/／]\\s*图|图\\s*[/／]\\s*文|图文(?=\\s*[:：｜|])|文字(?=\\s*[:：｜|])|文(?=\\s*[:：｜|／/])|图(?=\\s*[:：｜|／/])'
const ROLE_START = new RegExp(`^(?:${ROLE_WORDS})`)
// 本报记者, 特约通讯员, 见习记者: the prefix is part of the role.
const BYLINE_PART = new RegExp(`(?:本报|本网|本台|本刊|本站|特约|见习)?(${ROLE_WORDS})\\s*[:：｜|／/]?\\s*((?!${ROLE_WORDS})[\\p{Script=Han}·]{2,4}(?:[、，,\\s]+(?!${ROLE_WORDS})[\\p{Script=Han}·]{2,4})*)`, 'gu')
/** What may stand between the bylines of a byline line: separators, 摄 / 报道, and the brackets around it all. */
const BYLINE_FILLER = /摄|报道|报导|[\s|｜/、，,:：]/g
const CAPTION =
  /^(?:图为|图：|图:|图片：|图片:|上图|下图|左图|右图|图片来源|题图|组图|资料图|图\s*[/／]|摄\s*[/／]|[▲△▼↑↓]|图\s*[0-9０-９①-⑳一二三四五六七八九十]{1,2}\s*[:：、.．\s])|(?:[（(](?:[^（）()]{0,12}\s)?[\p{Script=Han}]{2,4}\s*[/／]?\s*摄[)）])$|^[\p{Script=Han}]{2,4}\s*摄$|\s[\p{Script=Han}]{2,4}\s*[/／]?\s*摄$|(?:摄影|供图|图片|图)\s*[:：/／｜|]\s*[\p{Script=Han}]{2,8}[)）]?$|[（(](?:摄影|图|照片)\s*[:：]?\s*[\p{Script=Han}]{2,8}[)）]$|(?:图片由|照片由)[^（）()]{1,24}提供[)）]?$|[（(]?(?:资料图片?|供图|网络图片)[)）]$/u
const DATELINE = /^[\p{Script=Han}]{0,8}(\d{4}年\d{1,2}月\d{1,2}日)\s*[/／]\s*[^/／]{1,10}\s*[/／]\s*[-—–]*\s*/u
const NEWS_LEAD = /^(?:本报讯|本网讯|讯|[\p{Script=Han}]{2,10}(?:讯|电))\s*[（(]([^）)]{0,40})[)）]\s*/u
const OFFICE_SUFFIX = '委员会|办公室|服务队|志愿队|服务站|工作站|秘书处|协会|联合会|中心|局|厅|街道办事处|街道|人民政府|政府|总队|支队|团委|区委|市委|县委|党委|党工委|宣传部|文明办|基金会'
const SIGNATURE_OFFICE = new RegExp(`^[\\p{Script=Han}（）()]{2,40}(?:${OFFICE_SUFFIX})$`, 'u')
const SPACED_LABEL = /(来|作|编|记|日|时|摄|供|通)[ \t]{1,4}(源|者|辑|期|间|影|稿)(?=[ \t]{0,4}[:：])/g
/** An official document's printing line at its end: 某某办公室　2023年11月9日印发. */
const PRINTED_ON = /印发$/
/** The publishing office on its own line at the top of a page (it is the 来源, not the title). */
const PUBLISHER_LINE = new RegExp(`^[\\p{Script=Han}（）()·]{2,24}(?:${OFFICE_SUFFIX}|日报|晚报|报社|电视台|融媒体中心|新闻网|新闻中心|志愿服务网|文明网|服务队|志愿者总队)$`, 'u')
/** Words only a site's menu has: a run of short lines with one of them is navigation. */
const MENU_WORD = /^(?:首页|网站首页|主页|返回首页|新闻中心|新闻动态|通知公告|政务公开|关于我们|联系我们|English|登录|注册|搜索)$/
/** Another page's item in a teaser list: 第12期：…. */
const ISSUE_ITEM = /第\s*[0-9０-９一二三四五六七八九十百零〇]{1,6}\s*期\s*[:：]/g
/** A teaser's lead cut short: …… or ... at its end. */
const TRUNCATED = /(?:\.{3,}|…+|。{3,})\s*(?:[【[（(]?(?:详细|详情|更多|全文|阅读全文)[】\]）)]?|>>|》》)?$/
/** A copyright statement: after the story, it ends it (what follows is other pages' teasers). */
const COPYRIGHT_END = /版权声明|版权所有|copyright|©|未经.{0,12}(?:许可|授权|同意)|转载请|免责声明/i
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

export { dateOf }

const isJunk = (line: string): boolean =>
  !HAN.test(line) && !NUMERIC_DATE.test(line) && (line.split(/\s+/).length <= 3 || /\.(?:png|jpe?g|gif|webp|svg)$/i.test(line))

/** A line of nothing but counters (浏览次数：1,286 | 点赞 12): page furniture wherever it stands. */
const isCounterOnly = (line: string): boolean => charsAtMost(line, 60) && /\d/.test(line) && COUNTER_REST.test(line.replace(COUNTER, ''))

const isMeta = (line: string): boolean =>
  charsAtMost(line, 120) &&
  (isDateOnly(line) ||
    /^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?(?:\s+\d+)?$/.test(line.trim()) ||
    (META_WORDS.test(line) && !/[。！？]$/.test(line)) ||
    (RELATIVE_STAMP.test(line) && hasDate(line) && charsAtMost(line, 60)) ||
    (WECHAT_HEAD.test(line) && hasDate(line)) ||
    isAccountStamp(line) ||
    ((CHINESE_DATE.test(line) || NUMERIC_DATE.test(line)) && charsAtMost(line, 40) && /来源|作者|编辑|浏览|阅读|发布/.test(line)))

/** An account's name and a date, as WeChat copies begin: 宝山文明 · 2022年3月7日 10:25. */
const isAccountStamp = (line: string): boolean => {
  if (!charsAtMost(line, 40)) return false
  const rest = withoutDate(line)
  return rest !== null && charsAtMost(rest.trim(), 16) && /^[\p{Script=Han}A-Za-z\s·•|｜]*$/u.test(rest)
}

/**
 * A meta line that is one wherever it stands (after a sidebar's list, after the first paragraph):
 * a date with a meta word beside it (发布日期：2022-03-07 来源：… 作者：…), or a date alone.
 */
const isStrongMeta = (line: string): boolean => isMeta(line) && hasDate(line) && (isDateOnly(line) || META_KEYS.test(line)) && !/[。！？]$/.test(line)

/** After the story has begun, only a line with a page's own meta words is a meta line (not 活动时间：…). */
const isMetaAnywhere = (line: string): boolean =>
  isStrongMeta(line) && /发布(?:时间|日期|于)|发表时间|发稿时间|更新时间|来源[:：]|作者[:：]|浏览|阅读|点击/.test(line)

/**
 * An outlet named without a label before the date of a meta line, as news apps write it:
 * 宝山头条 3天前 (2023-07-03) 阅读量 1.2万. Only a lone word before the stamp, not a name or a meta word.
 */
const outletIn = (line: string): string | null => {
  if (/[:：]/.test(line) || !charsAtMost(line, 80)) return null
  const parts = line.split(/[\s·•|｜/]+/).filter(Boolean)
  const stamp = parts.findIndex((part) => /\d/.test(part) || RELATIVE_STAMP.test(part))
  const before = parts.slice(0, Math.max(0, stamp))
  const outlet = before.length === 1 ? (before[0] as string) : null
  return outlet && /^[\p{Script=Han}A-Za-z]{2,12}$/u.test(outlet) && !looksLikeName(outlet) && !META_KEYS.test(outlet) && !ROLE_START.test(outlet) ? outlet : null
}

/** A 来源 that names only the page itself: 本站, 本网, 原创. */
const SELF_SOURCE = /^(?:本站|本网|本台|本刊|本报|原创|本站原创|本网原创|网络|互联网)$/

/** The 来源 of a meta line, up to the next meta word. */
const sourceIn = (line: string): string | null => {
  const match = /(?<!图片|照片|图)(?:来源|供稿|发布单位|发布机构|发布部门)\s*[:：]\s*([^\s|｜]{2,40})/.exec(line)
  if (!match) return null
  const value = (match[1] as string).split(/作者|编辑|记者|通讯员|发布|时间|日期|浏览|阅读|点击|[\d【\[（(]/)[0] as string
  return value.length >= 2 && !SELF_SOURCE.test(value) ? value : null
}

const isTitleLike = (line: string): boolean => {
  return !charsAtMost(line, 3) && charsAtMost(line, 80) && HAN.test(line) && !/。/.test(line.slice(0, -1)) && !/[，,、：:；;]$/.test(line) && !/。$/.test(line)
}

/** A line of nothing but bylines: （通讯员 李四 记者 张三 摄）. */
const isBylineOnly = (line: string): boolean => {
  if (line.length > FURNITURE_LINE) return false
  const rest = line.replace(BYLINE_PART, '\u0000')
  return rest.includes('\u0000') && /^[（(【[]?[)）】\]]?$/.test(rest.replace(/\u0000/g, '').replace(BYLINE_FILLER, ''))
}

/** Bylines in a line: role → names. */
const bylinesIn = (line: string): { role: string; name: string }[] =>
  [...line.matchAll(BYLINE_PART)].map((match) => ({ role: match[1] as string, name: (match[2] as string).replace(/\s*(?:摄|报道|报导)$/, '').trim() }))

/** A source line, a source credit or a line of bylines (what ends a story): read into the draft. */
const readSignOff = (draft: Draft, line: string): boolean => {
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
  if (!isBylineOnly(line)) return false
  applyBylines(draft, line)
  draft.removed.push(`署名行：${short(line)}`)
  return true
}

type Draft = Pick<ImportedArticle, 'title' | 'publishedAt' | 'source' | 'correspondent' | 'reporter' | 'responsibleEditor' | 'captions' | 'removed' | 'warnings'>

const applyBylines = (draft: Draft, line: string): void => {
  for (const { role, name } of bylinesIn(line)) {
    const parts = name.split(/[、，,\s]+/).filter(Boolean)
    // 作者：记者 范晓雯 浏览次数 1287: only the parts that read as names.
    const people = parts.filter(looksLikeName)
    const first = (people.length ? people : parts.slice(0, 1)).join('、')
    if (!first) continue
    if (/通讯员/.test(role)) draft.correspondent ??= first
    else if (/记者|作者|实习生|撰稿|^文|^图\s*[/／]?\s*文/.test(role)) draft.reporter ??= first
    else if (/编辑|责编/.test(role)) draft.responsibleEditor ??= first
  }
}

const isHeading = (blocks: string[], index: number, previousIsHeading: boolean, forced: Set<string>): boolean => {
  const block = blocks[index] as string
  if (forced.has(block)) return true
  const previous = blocks[index - 1]
  if (index === blocks.length - 1) return false
  if (!charsAtMost(block, 30) || /[。；;]/.test(block) || /[，,、：:]$/.test(block)) return false
  // 一、… and （一）… number a document's sections: headings even with a comma inside.
  if (SECTION_NUMBER.test(block)) return true
  if (/[，,]/.test(block) && !/[！!？?]$/.test(block)) return false
  return previous === undefined || previousIsHeading || SENTENCE_END.test(previous)
}

const SECTION_NUMBER = /^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[)）])/

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

/** A line that reads as a paragraph of the story: long, or a finished sentence. */
const isParagraphShaped = (line: string): boolean => !charsAtMost(line, 30) || /[。！？]$/.test(line)

/** A menu item: a short line of Chinese words, no punctuation, no digits. */
const isMenuItem = (line: string): boolean => charsAtMost(line, 8) && HAN.test(line) && !/[\d，。！？、：；,.!?:;“”"（）()《》]/.test(line) && !HONOR_HEADING.test(line)

/** A menu on one line: 首页 | 新闻中心 | 志愿服务. */
const isMenuLine = (line: string): boolean => {
  if (!charsAtMost(line, 80)) return false
  const items = line.split(/[\s|｜/·•]+/).filter(Boolean)
  return items.length >= 3 && items.every((item) => charsAtMost(item, 6)) && items.some((item) => MENU_WORD.test(item))
}

/**
 * The lines of a site's menu: runs of three or more menu items before the story's first
 * paragraph, or anywhere with a word only menus have (首页, 新闻中心 …), and one-line menus.
 */
const menuLines = (lines: string[]): Set<number> => {
  const menu = new Set<number>()
  const text = (index: number) => (lines[index] as string).replace(/^## /, '')
  const firstParagraph = lines.findIndex(isParagraphShaped)
  let start = 0
  for (let index = 0; index <= lines.length; index += 1) {
    if (index < lines.length && isMenuLine(text(index))) menu.add(index)
    else if (index < lines.length && isMenuItem(text(index))) continue
    const run = Array.from({ length: index - start }, (_, offset) => start + offset)
    // The last short line before a meta line is the story's title, not one more menu item.
    const last = run[run.length - 1]
    if (last !== undefined && index < lines.length && isMeta(lines[index] as string) && !MENU_WORD.test(text(last))) run.pop()
    if (run.length >= 3 && (firstParagraph < 0 || start < firstParagraph || run.some((at) => MENU_WORD.test(text(at))))) for (const at of run) menu.add(at)
    start = index + 1
  }
  return menu
}

/**
 * Other pages' teasers inside the body: runs holding two or more leads cut short (…… at the end)
 * or issue items (第12期：…), with the titles and dates between them; and a line of issue items.
 */
const dropTeasers = (blocks: string[], removed: string[]): string[] => {
  const issueItems = (block: string) => (charsAtMost(block, FURNITURE_LINE) ? (block.match(ISSUE_ITEM)?.length ?? 0) : 0)
  const isTeaser = (block: string) => (charsAtMost(block, 300) && TRUNCATED.test(block)) || (issueItems(block) > 0 && /^第/.test(block) && charsAtMost(block, 80))
  const isBetween = (block: string) => (isTitleLike(block) && !SENTENCE_END.test(block) && charsAtMost(block, 50)) || isDateOnly(block)
  const kept: string[] = []
  let run: string[] = []
  let teasers = 0
  const flush = () => {
    if (teasers >= 2) removed.push(`其他文章的摘要（${teasers} 条）：${run.slice(0, 2).map((line) => short(line, 24)).join(' / ')}…`)
    else for (const block of run) kept.push(block)
    run = []
    teasers = 0
  }
  for (const block of blocks) {
    if (issueItems(block) >= 2) {
      removed.push(`其他文章的标题列表：${short(block, 48)}`)
      continue
    }
    if (isTeaser(block)) {
      run.push(block)
      teasers += 1
    } else if (isBetween(block)) run.push(block)
    else {
      flush()
      kept.push(block)
    }
  }
  flush()
  return kept
}

/** A site's or an account's name (安亭志愿, 徐汇新闻网), not an issue line (第12期, 工作简报). */
const isSiteName = (line: string): boolean => PUBLISHER_LINE.test(line) || (/^[\p{Script=Han}]{2,8}$/u.test(line) && !/期|刊|简报|通讯|快报|专报/.test(line))

/** 发件人：欧阳路街道 蔡文娟 <caiwj@example.cn> → 蔡文娟. */
const senderOf = (line: string): string | null => {
  const sender = /^(?:发件人|From)\s*[:：]\s*([^<]*)/i.exec(line)
  // "程慧 (长风街道)": quotes and brackets around the parts are not the name.
  return sender ? ((sender[1] as string).trim().split(/[\s"'“”‘’()（）]+/).reverse().find(looksLikeName) ?? null) : null
}

/** An office and a name on one line under the title: 奉贤区志愿者协会　庞一鸣. */
const officeByline = (line: string): { office: string; name: string } | null => {
  if (!charsAtMost(line, 40)) return null
  const parts = line.split(/\s+/)
  return parts.length === 2 && PUBLISHER_LINE.test(parts[0] as string) && looksLikeName(parts[1] as string) ? { office: parts[0] as string, name: parts[1] as string } : null
}

/** Lines between a title and its first paragraph that do not end the head: bylines, dates. */
const isUnderTitle = (line: string): boolean => isBylineOnly(line) || officeByline(line) !== null || isDateOnly(line) || (isMeta(line) && !isParagraphShaped(line))

/** Whether the line at `index` reads as a title: title-like, with a paragraph after what stands under it. */
const titleAt = (lines: string[], index: number): boolean => {
  const line = lines[index]
  if (line === undefined || !isTitleLike(line) || /[:：]$/.test(line)) return false
  let next = index + 1
  while (next < lines.length && next < index + 5 && isUnderTitle(lines[next] as string)) next += 1
  return lines[next] !== undefined && isParagraphShaped(lines[next] as string)
}

/** In a mail, where the story's title stands (the greeting and the note to the editor come before it), or -1. */
const mailTitleIndex = (lines: string[]): number =>
  lines.findIndex((line, index) => index < 30 && !MAIL_HEADER.test(line) && !MAIL_MARK.test(line) && !GREETING.test(line) && !START_MARK.test(line) && titleAt(lines, index))

/** A WeChat header split over lines (原创 / author / account / date / place), as its page has them: one line again. */
const joinWechatHeads = (lines: string[]): string[] => {
  const joined: string[] = []
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index] as string
    if (line !== '原创' || index > 12) {
      joined.push(line)
      continue
    }
    const parts = [line]
    while (parts.length < 6 && index + 1 < lines.length && charsAtMost(lines[index + 1] as string, 20) && !/[。！？，]/.test(lines[index + 1] as string)) parts.push(lines[(index += 1)] as string)
    joined.push(parts.join(' '))
  }
  return joined
}

/** Days before the import beyond which the editor is asked to confirm the date. */
const OLD_DATE_DAYS = 30

export type ParseOptions = {
  /** Whether the input is HTML; worked out from the text when not given. */
  html?: boolean
  /** Today, for the warning about an old date (default: now). */
  now?: Date
}

/** An imported article from text or HTML. */
export const parseArticle = (input: string, options: ParseOptions = {}): ImportedArticle => {
  const draft: Draft = { title: null, publishedAt: null, source: null, correspondent: null, reporter: null, responsibleEditor: null, captions: [], removed: [], warnings: [] }
  let text = input.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n')
  let htmlTitle: string | null = null
  let htmlSiteName: string | null = null
  if (options.html ?? looksLikeHtml(text)) {
    const fromHtml = htmlToText(text)
    text = fromHtml.text
    htmlTitle = fromHtml.title
    htmlSiteName = fromHtml.siteName
    for (const part of fromHtml.removed) draft.removed.push(`页面导航、侧栏或页脚：${short(part)}`)
  }
  text = text.replace(/[\u00a0\u3000\u2002\u2003\u200b]/g, ' ').replace(/[·•]{3,}|\.{4,}/g, '……')
  // Labels spaced out to the width of longer ones (来　源：, 作　者：) read as labels.
  text = text.replace(SPACED_LABEL, '$1$2')

  const readings = stripReadings(text)
  text = readings.text
  if (readings.readings) draft.removed.push(`字后括注的拼音 ${readings.readings} 处`)

  const foundNames = findNames(text)
  if (htmlTitle) htmlTitle = stripReadings(htmlTitle).text
  const traditional = traditionalCharacters(text)
  if (traditional.length) {
    text = toSimplified(text, foundNames)
    if (htmlTitle) htmlTitle = toSimplified(htmlTitle, foundNames)
    if (htmlSiteName) htmlSiteName = toSimplified(htmlSiteName)
  }
  const names = foundNames.map((original) => ({ original, simplified: traditional.length ? simplifiedName(original) : original }))

  // Lines, with tabs kept only inside honour-roll lines (they separate entries there).
  const lines = joinWechatHeads(
    text
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean),
  )

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
  // A date alone (or beside a name) is a meta line only in the head: after the first paragraph it is a signature's.
  const firstParagraph = lines.findIndex(isParagraphShaped)
  const headLength = Math.min(40, firstParagraph < 0 ? lines.length : firstParagraph)
  const metaIndex = lines.findIndex((line, index) => (index < 12 && isMeta(line) && (index < headLength || (!isDateOnly(line) && !isAccountStamp(line)))) || (index < headLength && isStrongMeta(line)))
  const menu = menuLines(lines)
  // An HTML page's own title among the lines: what stands before it is the page's head.
  const headEnd = htmlTitle ? lines.findIndex((line, index) => index < 60 && line.replace(/^## /, '') === htmlTitle) : -1
  // The page's title counts only where it stands among the lines (a <title> of the site's name does not).
  const menuBetween = (from: number, to: number) => [...menu].filter((at) => at > from && at < to).length
  const titleLine = headEnd >= 0 && !menu.has(headEnd) && (metaIndex < 0 || metaIndex < headEnd || metaIndex - headEnd - menuBetween(headEnd, metaIndex) <= 2) ? htmlTitle : null
  const isMail = lines.slice(0, 6).some((line) => MAIL_MARK.test(line))
  const mailTitle = isMail ? mailTitleIndex(lines) : -1
  let mailSender: string | null = null
  // A WeChat account's or a site's name: the source only when no 来源 is found.
  let weakSource: string | null = null
  // The publishing office or site on a line of its own at the top: the source unless a labelled one is found.
  let pageSource: string | null = null
  // The site's name after the title in the page's <title> (标题 - 宝山头条): the source of last resort.
  const siteName = htmlSiteName && !charsAtMost(htmlSiteName, 1) && charsAtMost(htmlSiteName, 16) && HAN.test(htmlSiteName) ? htmlSiteName : null
  /** The title from the lines before a meta line: the last of them, unless it is a site's name with the title after the meta lines. */
  const takeTitleCandidate = (index: number) => {
    const candidate = titleCandidates[titleCandidates.length - 1]
    if (draft.title !== null || candidate === undefined) return
    let next = index + 1
    while (next < lines.length && next < index + 6 && (isMeta(lines[next] as string) || PROMO.test(lines[next] as string) || WECHAT_HEAD.test(lines[next] as string))) next += 1
    if ((charsAtMost(candidate, 8) || PUBLISHER_LINE.test(candidate)) && titleAt(lines, next)) {
      if (isSiteName(candidate)) weakSource ??= candidate
    } else draft.title = candidate
  }

  for (const [index, raw] of lines.entries()) {
    // Before the story, a heading element of an HTML page may be its title: read as a plain line.
    const unmarked = body.length === 0 && draft.title === null ? raw.replace(/^## /, '') : raw
    const line = unmarked.replace(/\t+/g, phase === 'honor' || /荣获/.test(raw) ? '\t' : ' ')
    const plain = line.replace(/\t/g, ' ')
    if (plain.startsWith(CAPTION_PREFIX)) {
      const caption = plain.slice(CAPTION_PREFIX.length).trim()
      if (caption && phase === 'body') draft.captions.push(caption)
      continue
    }
    if (menu.has(index) && phase === 'body') {
      draft.removed.push(`网站菜单：${short(plain.replace(/^## /, ''))}`)
      continue
    }
    if (/^(?:## )?[【\[]?版权声明/.test(plain) && body.length > 0 && phase === 'body') {
      draft.removed.push(`版权声明：${short(plain.replace(/^## /, ''))}`)
      phase = 'tail'
      continue
    }
    // A heading element of an HTML page (see ./html).
    if (plain.startsWith('## ')) {
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
    if (furnitureShaped && isToolBar(plain)) {
      draft.removed.push(`页面工具栏：${short(plain)}`)
      continue
    }
    if (furnitureShaped && (RELATED.test(plain) || PREV_NEXT.test(plain))) {
      draft.removed.push(`相关文章或翻页链接：${short(plain)}`)
      inRelatedList = RELATED.test(plain)
      continue
    }
    const repost = body.length === 0 && charsAtMost(plain, 50) ? REPOST.exec(plain) : null
    if (repost) {
      // The account the article is from is its source, whoever reposted it.
      draft.source ??= repost[1] as string
      if (repost[2]) draft.reporter ??= repost[2]
      draft.removed.push(`转载说明：${plain}`)
      continue
    }
    if (WECHAT_HEAD.test(plain) && body.length === 0 && charsAtMost(plain, 80)) {
      // 原创 [author] account date …: the author is the reporter, the account a weak source.
      // Parts between separators (原创 ｜ 文 名 ｜ 账号 ｜ 昨天 12:30), a role word before the name dropped.
      const named = plain.split(/[\s|｜·•]+/).slice(1).filter((part) => part && !WECHAT_ROLE.test(part))
      const stamp = named.findIndex((part) => /\d/.test(part) || RELATIVE_STAMP.test(part))
      const before = named.slice(0, Math.max(0, stamp)).filter((part) => HAN.test(part))
      const [author, account] = before.length >= 2 ? before : [null, before[0] ?? (stamp < 0 ? named[0] : undefined)]
      if (author && /^[\p{Script=Han}]{2,4}$/u.test(author)) draft.reporter ??= author
      if (account) weakSource ??= account
      draft.publishedAt ??= dateOf(plain)
      draft.removed.push(`公众号信息：${short(plain)}`)
      takeTitleCandidate(index)
      continue
    }
    const meta = phase === 'body' && furnitureShaped && (index === metaIndex || (isMeta(plain) && body.length === 0) || isMetaAnywhere(plain))
    if (meta) {
      inRelatedList = false
      draft.publishedAt ??= dateOf(plain)
      const views = [...plain.matchAll(COUNTER)][0] ?? (/^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\s+\d{1,2}:\d{2}\s+(\d+)$/.exec(plain) as RegExpExecArray | null)
      // 来源：…, or a publisher among the meta line's parts (发布于 2023-05-21 · 新华路街道).
      draft.source ??= sourceIn(plain) ?? plain.split(/[\s·•|｜/]+/).map((part) => part.replace(/(?:编|编印|主办|印发)$/, '')).find((part) => PUBLISHER_LINE.test(part)) ?? null
      weakSource ??= outletIn(plain)
      applyBylines(draft, plain.replace(COUNTER, ' '))
      draft.removed.push(`信息行：${short(plain)}${views ? `（阅读数 ${(views[1] ?? views[2] ?? '').trim()} 不导入）` : ''}`)
      takeTitleCandidate(index)
      continue
    }
    if (furnitureShaped && isCounterOnly(plain)) {
      draft.removed.push(`阅读数等计数：${short(plain)}`)
      continue
    }
    if (inRelatedList) {
      // The line right before a meta line is the story's title, not one more related link.
      const beforeMeta = index + 1 === metaIndex || isStrongMeta(lines[index + 1] ?? '')
      if (isTitleLike(plain) && !SENTENCE_END.test(plain) && !beforeMeta) {
        draft.removed.push(`相关文章：${short(plain)}`)
        continue
      }
      if (charsAtMost(plain, 20) && NUMERIC_DATE.test(plain)) continue
      inRelatedList = false
    }
    if (furnitureShaped && (SHARE.test(plain) || WECHAT_UI.test(plain) || COPYRIGHT.test(plain) || FOOTER.test(plain) || PROMO.test(plain) || TAGS.test(plain))) {
      draft.removed.push(`分享、版权或页脚：${short(plain)}`)
      if (body.length > 0 && phase === 'body' && COPYRIGHT_END.test(plain)) phase = 'tail'
      continue
    }
    if (isMail && phase === 'body') {
      if (body.length === 0 && draft.title === null && (MAIL_HEADER.test(plain) || MAIL_MARK.test(plain))) {
        mailSender ??= senderOf(plain)
        if (/^(?:日期|时间|发送时间|Date|Sent)/i.test(plain)) draft.publishedAt ??= dateOf(plain)
        draft.removed.push(`邮件头：${short(plain)}`)
        continue
      }
      if (body.length === 0 && draft.title === null && index < mailTitle) {
        draft.removed.push(`邮件中给编辑的话：${short(plain)}`)
        continue
      }
      if (body.length > 0 && furnitureShaped && MAIL_END.test(plain)) {
        draft.removed.push(`邮件的结尾：${short(plain)}`)
        phase = 'tail'
        continue
      }
    }
    if (body.length > 0 && charsAtMost(plain, 80) && CONTACT.test(plain)) {
      draft.removed.push(`联系人：${short(plain)}`)
      continue
    }
    if (furnitureShaped && body.length > 0 && (DISTRIBUTION.test(plain) || PRINT_RUN.test(plain) || (PRINTED_ON.test(plain) && hasDate(plain) && charsAtMost(plain, 60)))) {
      draft.removed.push(`分发范围：${short(plain)}`)
      phase = 'tail'
      continue
    }
    if (furnitureShaped && (START_MARK.test(plain) || END_MARK.test(plain))) {
      draft.removed.push(`正文标记：${short(plain)}`)
      if (body.length > 0 && END_MARK.test(plain)) phase = 'tail'
      continue
    }
    if (phase === 'tail') {
      // Right after the story's end: its source and bylines still (END, then 来源：…, 编辑：…).
      if (!(tail.length === 0 && furnitureShaped && readSignOff(draft, plain))) tail.push(plain)
      continue
    }
    if (furnitureShaped && readSignOff(draft, plain)) {
      if (body.length) phase = 'tail'
      continue
    }
    const byline = body.length === 0 ? officeByline(plain) : null
    if (byline) {
      draft.source ??= byline.office
      draft.reporter ??= byline.name
      draft.removed.push(`署名行：${plain}`)
      continue
    }
    if (body.length === 0 && charsAtMost(plain, 40) && DOCUMENT_NUMBER.test(plain)) {
      draft.removed.push(`文号：${plain}`)
      continue
    }
    if (draft.title !== null && body.length === 0 && index < metaIndex && charsAtMost(plain, 20) && !isParagraphShaped(plain) && !/[，。！？：:]/.test(plain) && !CAPTION.test(plain)) {
      // Between the title and its meta line: an account's or an author's name (闵行志愿, 小普).
      if (isSiteName(plain)) weakSource ??= plain
      draft.removed.push(`标题下的信息：${plain}`)
      continue
    }
    if (body.length === 0 && (draft.title !== null || titleCandidates.length > 0) && SUBTITLE.test(plain) && charsAtMost(plain, 60)) {
      draft.removed.push(`副标题：${short(plain)}`)
      continue
    }
    if (charsAtMost(plain, 100) && CAPTION.test(plain)) {
      draft.captions.push(plain)
      continue
    }
    if (draft.title === null && body.length === 0 && titleCandidates.length === 0 && draft.source === null && pageSource === null && plain !== htmlTitle && PUBLISHER_LINE.test(plain)) {
      // The source unless a labelled one (来源：…, 信息来源：…) follows: that names the office, this the site.
      pageSource = plain
      draft.removed.push(`发布单位（作为来源）：${plain}`)
      continue
    }
    if (index < headEnd) {
      draft.removed.push(`标题前的内容：${short(plain)}`)
      continue
    }
    if (draft.title === null && body.length === 0 && (titleLine ? plain === titleLine : metaIndex > index ? false : isTitleLike(plain))) {
      draft.title = plain.replace(TITLE_LABEL, '') || plain
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
  if (!draft.reporter && !draft.correspondent && mailSender) draft.reporter = mailSender
  draft.source ??= pageSource
  if (tail.length) draft.removed.push(`正文结束后的其他内容（${tail.length} 行）：${short(tail[0] as string)}`)
  if (draft.title === null && htmlTitle && !PUBLISHER_LINE.test(htmlTitle)) draft.title = htmlTitle

  // A closing signature (issuing office, then a date; either alone; both on one line) gives source and date.
  const signature = /^(\S{4,40})\s+(\S.{0,30})$/.exec(body[body.length - 1] ?? '')
  if (body.length >= 3 && signature && SIGNATURE_OFFICE.test(signature[1] as string) && isDateOnly(signature[2] as string)) body.splice(-1, 1, signature[1] as string, signature[2] as string)
  const closingDate = body[body.length - 1]
  if (body.length >= 3 && closingDate !== undefined && isDateOnly(closingDate) && charsAtMost(closingDate, 24)) {
    draft.publishedAt ??= dateOf(closingDate)
    body.pop()
    draft.removed.push(`落款日期：${closingDate}`)
  }
  const office = body[body.length - 1]
  if (body.length >= 3 && office !== undefined && SIGNATURE_OFFICE.test(office)) {
    draft.source ??= office
    body.pop()
    draft.removed.push(`落款单位：${office}`)
  }
  draft.source ??= weakSource ?? siteName

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

  const listed = dropTitleLists(dropTeasers(body, draft.removed), draft.removed)

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
  else if (daysBefore(draft.publishedAt, options.now ?? new Date()) > OLD_DATE_DAYS) {
    draft.warnings.push(`发布日期 ${draft.publishedAt.slice(0, 10)} 早于${OLD_DATE_DAYS}天前，请确认：保存后它不会出现在列表首页。`)
  }
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
