/** Page furniture line by line: navigation, share bars, counters, footers, tool bars, end marks, a document's distribution lines. */
import { HAN, charsAtMost } from './lines'
import { hasDate } from './dates'
import { NUMERIC_DATE } from './meta'

export const BREADCRUMB = /^(?:当前位置|您的位置|你的位置|您现在的位置|所在位置)|(?:首页|主页)\s*[>›»/＞→]|[>›»＞→]\s*正文$/
/** What a WeChat page shows around an article when copied whole: 预览时标签不可点, 继续滑动看下一个, 轻点两下取消赞. */
export const WECHAT_UI =
  /预览时标签不可点|(?:继续|向上)滑动看下一个|轻触阅读原文|轻点两下取消|微信扫一扫(?:关注|可打开|使用)|^(?:写留言|留言|知道了|取消|允许|视频|小程序|喜欢此内容的人还喜欢|收录于(?:合集|话题).{0,30})$/
export const SHARE =
  /^(?:分享到|分享：|分享:|转发到|扫一扫|微信扫一扫|扫码分享|复制链接|分享这篇文章)|^(?:微信|微博|QQ空间|QQ|朋友圈|复制链接|复制连结|复制网址|打印|列印|关闭窗口|收藏|分享|在看|点赞|赞|转发|阅读原文|电邮|邮件|Facebook|WhatsApp|Twitter|Telegram|LINE|Line|Threads|Instagram|Weibo|WeChat|Email|E-mail|X|\s|[|｜·、])+$/i
export const COPYRIGHT =
  /版权所有|版权归.{0,16}所有|版权问题|copyright|©|未经.{0,12}(?:许可|授权|同意)|转载请|转载须|免责声明|本文仅代表|不代表本(?:网|站)|^(?:本文|文章|以上内容|此文|该文)[^。！？]{0,30}(?:(?:作者|用户|网友)(?:自行)?上传|不代表[^。！？]{0,16}(?:观点|立场)|仅代表作者)|仅提供信息(?:发布|存储)服务|如有侵权|侵权.{0,4}删除|原标题[:：]/i
export const FOOTER =
  /ICP备|ICP证|公网安备|网站标识码|主办单位|承办单位|技术支持[:：]|联系我们|网站地图|关于我们|隐私(?:政策|声明)|建议使用.{0,20}浏览器|分辨率/
// A QR code only with a call beside it (长按识别二维码, 二维码关注我们): a story may mention one.
export const PROMO =
  /(?:扫描|长按|识别|扫)[^，。,；;]{0,8}二维码|二维码[^，。,；;]{0,8}(?:关注|下载|订阅|加入|识别)|微信公众号|公众号[:：“"]|关注我们|立即订阅|点击订阅|下载.{0,4}(?:APP|客户端)|打开.{0,8}(?:APP|客户端)|(?:APP|客户端)内(?:打开|阅读|查看)|长按识别|蓝字|阅读原文|^关注[“"「]|三连|点个在看/i
export const RELATED =
  /^[【[]?(?:相关(?:新闻|阅读|报道|文章|链接|公示|推荐|内容)|(?:为你|更多)推荐|推荐(?:阅读|新闻)|往期(?:推荐|精选|精彩)|热门(?:文章|新闻|推荐|资讯)?|热点(?:新闻|推荐)?|热读|最热|人气(?:文章|排行)|大家都在看|编辑(?:推荐|精选)|今日(?:推荐|热点)|延伸阅读|更多(?:新闻|公示|报道)|最新(?:公示|新闻|动态)|猜你喜欢|往期回顾|精彩推荐|公示公告|通知公告|(?:更多|相关|推荐|热门|精彩)(?:图集|视频|专题)|(?:热点|热门|点击|阅读)排行(?:榜)?|排行榜)[】\]]?\s*[:：>›»]?$/
/** Links to the neighbouring pages: 上一篇：, 下一篇文章：, 上一条信息：, 前一篇：, 下篇：, Next: …. */
export const PREV_NEXT = /^(?:[上下前后]一?(?:篇|条|则)(?:文章|新闻|信息|稿件|报道)?|(?:Previous|Next|Prev)(?:\s+(?:post|article|story))?)\s*[:：]/i

/** A counter and its number (thousands separators included): 浏览次数：1,286, 阅读 2.3万, 1286次阅读. */
export const COUNTER =
  /(?:浏览|阅读|点击|访问|播放|点赞|赞|在看|评论|收藏|转发|分享|热度|人气|围观)(?:次数|量|数|率|值)?\s*[:：]?\s*[(（]?(\d[\d,，.]*\s*(?:[万千亿]|[wWkK](?![A-Za-z]))?\+?)[)）]?\s*次?|(\d[\d,，.]*\s*(?:[万千亿]|[wWkK](?![A-Za-z]))?)\s*(?:次|人)?(?:阅读|浏览|点击|点赞|评论|播放|看过|围观)/g
/** What stands beside counters on a counter line: separators, the buttons of a share bar and their icons (👍 💬 ⭐ ↗). */
export const COUNTER_REST =
  /^(?:[\s|｜·•/、，,:：()（）\u2190-\u21ff\u2600-\u27bf]|\ufe0f|\p{Extended_Pictographic}|收藏|分享|转发|打印|举报|点赞|在看|评论|关闭)*$/u
/** Tags under a story: furniture. */
export const TAGS = /^(?:标签|关键词|关键字|主题词|tags?)\s*[:：]/i
/** Where a story ends on WeChat and in mails: END, - 完 -, —— 正文完 ——. */
export const END_MARK = /^[-—–=_~～\s]*(?:END|THE END|完|全文完|正文完|（完）|\(完\)|【完】|\[完\])[-—–=_~～\s]*$/i
/** A mark before a story in a mail: —— 正文 ——. */
export const START_MARK = /^[-—–=_~～\s]*(?:正文|以下为正文|稿件正文)[-—–=_~～\s:：]*$/

/** The print run of an office's bulletin: （共印30份）. */
export const PRINT_RUN = /^[（(]?\s*(?:共印|印数[:：]?|印)\s*\d{1,6}\s*份\s*[)）]?$/
/**
 * A page's tool bar: print, close, font size (【字体：大 中 小】, [打印本页] [关闭窗口]). Tested on what is
 * left when its words are taken out (one pass, no nesting), so any order and bracketing is one.
 */
export const TOOL_WORDS =
  /(?:我要|点击)?(?:打印(?:本页|此页|此文|本文|文章|全文|页面)?|列印(?:本页)?|关闭(?:窗口|本页|视窗)?|收藏(?:本页)?|返回(?:顶部|列表)?|字体|字号|默认|纠错|报错|举报|分享|推荐给朋友)|[大中小]/g
export const TOOL_REST = /^[\s【】[\]|｜:：/（）()]*$/
export const isToolBar = (line: string): boolean =>
  charsAtMost(line, 60) && /字体|字号|打印|列印|关闭/.test(line) && TOOL_REST.test(line.replace(TOOL_WORDS, ''))
/** A contact line of a document (联系人：…, 联络人：…, 手机：…): for the editor, not the reader; it does not end the story (a signature may follow). */
export const CONTACT = /^(?:联系人|联络人|对接人|联系电话|联络电话|联系方式|手机|手机号码?|电子邮箱|邮箱|E-?mail)\s*[:：]/i
/** Where an office's bulletin is sent (报：… 送：… 发：…), after the story. */
export const DISTRIBUTION = /^(?:报|送|发|抄送|抄报|报送|主送|呈送|分送|印发|发送)\s*[:：]/
/** An official document's number: 沪志协〔2024〕3号. */
export const DOCUMENT_NUMBER = /[〔[［(（]\s*\d{4}\s*[〕\]］)）]\s*\d{1,4}\s*号$/

/** An official document's printing line at its end: 某某办公室　2023年11月9日印发. */
export const PRINTED_ON = /印发$/

/** Words only a site's menu has: a run of short lines with one of them is navigation. */
export const MENU_WORD = /^(?:首页|网站首页|主页|返回首页|新闻中心|新闻动态|通知公告|政务公开|关于我们|联系我们|English|登录|注册|搜索)$/
/** Another page's item in a teaser list: 第12期：…. */
export const ISSUE_ITEM = /第\s*[0-9０-９一二三四五六七八九十百零〇]{1,6}\s*期\s*[:：]/g
/** A teaser's lead cut short: …… or ... at its end. */
export const TRUNCATED = /(?:\.{3,}|…+|。{3,})\s*(?:[【[（(]?(?:详细|详情|更多|全文|阅读全文)[】\]）)]?|>>|》》)?$/
/** A copyright statement: after the story, it ends it (what follows is other pages' teasers). */
export const COPYRIGHT_END = /版权声明|版权所有|copyright|©|未经.{0,12}(?:许可|授权|同意)|转载请|免责声明/i

export const isJunk = (line: string): boolean =>
  !HAN.test(line) && !NUMERIC_DATE.test(line) && (line.split(/\s+/).length <= 3 || /\.(?:png|jpe?g|gif|webp|svg)$/i.test(line))

/** A line of nothing but counters (浏览次数：1,286 | 点赞 12): page furniture wherever it stands. */
export const isCounterOnly = (line: string): boolean => charsAtMost(line, 60) && /\d/.test(line) && COUNTER_REST.test(line.replace(COUNTER, ''))

/**
 * The controls of a page, not its text: skip links and reading modes (跳转到主要内容, 无障碍, 长者模式,
 * 手机版, 繁体), media players and galleries (图片, 视频, 播放, 刷新, 上一张, 查看原图) and folded text
 * (展开全文 ∨, 收起). Tested part by part, so a bar of them on one line is one.
 */
const CONTROL_WORD =
  /^(?:跳(?:转|过)?(?:到|至)?(?:主要|页面)?(?:内容|正文|导航)(?:区域?|部分)?|跳过导航|语音播报|读屏|English|EN|无障碍(?:浏览|阅读|模式|通道)?|(?:长者|关怀|老年|大字)(?:模式|版)|适老化(?:模式|版)?|(?:手机|电脑|PC|移动)版|(?:简体|繁体|繁體|簡體)(?:中文|版)?|RSS(?:订阅)?|订阅|(?:加入|添加)收藏|收藏本站|设为首页|(?:移动)?客户端|登录|注册|退出|图片|视频|音频|播放|暂停|重播|刷新|全屏|退出全屏|静音|倍速|查看原图|原图|(?:上|下)一(?:张|幅|组|页)|首页|尾页|末页|返回图集|(?:展开|查看|阅读)(?:阅读)?全文|展开|展开剩余\s*\d{1,3}\s*%|收起|点击展开|继续阅读|加载更多|[∨∧▼▲﹀︿⌄⌃]+)$/i
export const isControlBar = (line: string): boolean => {
  if (!charsAtMost(line, 60)) return false
  const parts = line.split(/[\s|｜/·•]+/).filter(Boolean)
  // Page numbers stand between a pager's words: 上一页 1 2 3 下一页.
  const words = parts.filter((part) => !/^\d{1,3}$/.test(part))
  return words.length > 0 && words.every((part) => CONTROL_WORD.test(part))
}
/** A player's or a gallery's message: 视频加载失败，请刷新页面再试; 您的浏览器不支持播放. */
export const MEDIA_MESSAGE =
  /^(?:该|此|当前)?(?:视频|音频|图片|内容|页面)(?:加载失败|无法(?:播放|显示|加载)|已(?:被)?删除|已失效|不存在)[，,。]?\s*(?:请刷新(?:页面)?(?:后|再)?重?试)?[。！]?$|^请刷新(?:页面)?(?:后|再)?重?试[。！]?$|^(?:您的|当前)?浏览器(?:暂)?不支持[^。，]{0,12}$/
/** The start of a page's comment section, after the story: 全部评论（37）, 网友评论, 精选留言, 发表评论, 共12条评论. */
export const COMMENTS =
  /^(?:(?:全部|网友|热门|最新|精彩|精选|读者|用户)(?:评论|留言|跟帖)|评论区|留言区|留言板|(?:发表|我要|写|参与)(?:评论|留言)|(?:共|已有)\s*\d+\s*(?:条|人)(?:评论|留言|参与)|(?:评论|留言)\s*[（(]\s*\d+\s*[)）])\s*(?:[（(]\s*\d+\s*[)）])?\s*[:：]?$/
/** An attachment line (附件：…, 附件2, 相关附件, 附件下载), or a file's name alone (口诀.pdf). */
export const ATTACHMENT = /^(?:附件|相关附件|附件下载)\s*[0-9０-９一二三四五六七八九十]{0,2}\s*(?:[:：]|$)/
export const FILE_NAME = /\.(?:pdf|docx?|xlsx?|pptx?|wps|zip|rar|7z|txt)\s*(?:[（(][^（）()]{0,20}[)）])?$/i
/** An item of a numbered list of attachments: 2. 参与志愿服务队名单. */
export const LIST_ITEM = /^[0-9０-９]{1,2}\s*[.．、]\s*\S/
/** A link to the page itself: 本文链接：https://…, 原文地址：…. */
export const SELF_LINK = /^(?:本文|原文|文章|本页|分享)(?:链接|地址|网址)\s*[:：]/
/** Whether the document is public: （此件公开发布）, （此件不公开）, （此页无正文）. */
export const PUBLICITY_NOTE = /^[（(]\s*(?:此件|本件|本文)(?:不予|不|主动|依申请)?公开(?:发布)?\s*[)）]$|^[（(]\s*(?:此|本)页无正文\s*[)）]$/
/**
 * A bulletin's masthead or running header: its name (志愿服务工作简报, 社区快报) with or without the
 * issue (（2024年第4期）), or the issue alone (第 4 期, 总第128期). Page numbers: - 1 -, 第2页 共3页.
 */
export const MASTHEAD =
  /^(?:[\p{Script=Han}（）()]{0,20}(?:简报|快报|专报|周报|月报|通讯|工作动态|信息)\s*[（(]\s*\d{4}\s*年?\s*第\s*\d{1,4}\s*期\s*[)）]|[\p{Script=Han}]{2,20}(?:简报|快报|专报|周报|月报)|(?:总)?第\s*[0-9０-９一二三四五六七八九十百零〇]{1,6}\s*期(?:\s*[（(]?\s*总第\s*\d{1,6}\s*期\s*[)）]?)?|第\s*\d{1,3}\s*页(?:\s*[，,/]?\s*共\s*\d{1,3}\s*页)?)$/u
/** What a phone adds under a mail: 发自我的iPhone, 来自华为手机, Sent from my iPad. */
const DEVICE_SIGNATURE =
  /^(?:[-—]+\s*)?(?:(?:发自|来自|送自)(?:我的)?\s*[\p{Script=Han}A-Za-z0-9 ]{0,16}(?:iPhone|iPad|手机|客户端|邮箱|Android)|Sent from my .{1,20}|Get Outlook for .{1,20})$/iu

/** The catalogue fields of a government page's meta table (名称 repeats the title): 索引号, 主题分类, 发文字号, 有效性, 公开方式. */
export const CATALOGUE_FIELD =
  /^(?:名称|文件名称|信息名称|索引号|主题分类|体裁分类|组配分类|服务对象|发文字号|文号|有效性|公开方式|公开范围|公开时限|生效日期|废止日期)\s*[:：]/

/** An advertisement's label where the ad stood: — 广告 —, [广告], 推广, Advertisement, 赞助内容. */
export const AD_LABEL = /^[-—–=_~～·•*\s【[［(（]*(?:广告|推广|赞助(?:内容|商)?|商业推广|Advertisement|Advertising|Sponsored|AD)[-—–=_~～·•*\s】\]］)）]*$/i
/** What a chat or WeChat copy leaves where a medium stood: [图片], [视频], 【语音】, [动画表情], [链接]. */
export const PASTE_PLACEHOLDER = /^(?:[[【［]\s*(?:图片|照片|视频|表情|动画表情|语音|链接|文件|小程序|位置|名片|图)\s*\d{0,2}\s*[\]】］]\s*){1,6}$/
/** A bulletin's or a long page's table of contents: its heading (本期目录, 本期要目, 目录) and its entries (title……3). */
export const CONTENTS_HEADING = /^[【[]?(?:本期|本刊)?(?:目录|要目|导读|内容提要)[】\]]?[:：]?$/
export const CONTENTS_ENTRY = /^[^。！？]{2,60}?(?:…{2,}|\.{3,}|·{3,}|-{4,}|_{4,})\s*(?:第\s*)?\d{1,3}\s*页?$/
/** What kind of page furniture the line is, of the kinds that may stand anywhere, or null. */
export const furnitureKind = (line: string): string | null => {
  if (!charsAtMost(line, 80)) return null
  if (isControlBar(line) || MEDIA_MESSAGE.test(line)) return '页面控件'
  if (MASTHEAD.test(line)) return '刊头或页码'
  if (CATALOGUE_FIELD.test(line)) return '信息公开目录'
  if (SELF_LINK.test(line) || PUBLICITY_NOTE.test(line)) return '页面说明'
  if (FILE_NAME.test(line) && !/[。！？]/.test(line)) return '附件'
  if (DEVICE_SIGNATURE.test(line)) return '邮件签名'
  if (AD_LABEL.test(line)) return '广告'
  if (CONTENTS_HEADING.test(line) || CONTENTS_ENTRY.test(line)) return '目录'
  if (PASTE_PLACEHOLDER.test(line)) return '粘贴留下的占位符'
  return null
}

/** A share bar, WeChat's interface, a copyright or footer line, a promotion or the tags. */
export const isShareOrFooter = (line: string): boolean =>
  SHARE.test(line) || WECHAT_UI.test(line) || COPYRIGHT.test(line) || FOOTER.test(line) || PROMO.test(line) || TAGS.test(line)

/** A document's distribution list, print run or printing date (抄送…, 共印…份, …印发): the end of the story. */
export const isDistribution = (line: string): boolean =>
  DISTRIBUTION.test(line) || PRINT_RUN.test(line) || (PRINTED_ON.test(line) && hasDate(line) && charsAtMost(line, 60))
