/** Page furniture line by line: navigation, share bars, counters, footers, tool bars, end marks, a document's distribution lines. */
import { HAN, charsAtMost } from './lines'
import { NUMERIC_DATE } from './meta'

export const BREADCRUMB = /^(?:当前位置|您的位置|你的位置|您现在的位置|所在位置)|(?:首页|主页)\s*[>›»/＞→]|[>›»＞→]\s*正文$/
/** What a WeChat page shows around an article when copied whole: 预览时标签不可点, 继续滑动看下一个, 轻点两下取消赞. */
export const WECHAT_UI = /预览时标签不可点|(?:继续|向上)滑动看下一个|轻触阅读原文|轻点两下取消|微信扫一扫(?:关注|可打开|使用)|^(?:写留言|留言|知道了|取消|允许|视频|小程序|喜欢此内容的人还喜欢|收录于(?:合集|话题).{0,30})$/
export const SHARE = /^(?:分享到|分享：|分享:|转发到|扫一扫|微信扫一扫|扫码分享|复制链接|分享这篇文章)|^(?:微信|微博|QQ空间|QQ|朋友圈|复制链接|打印|关闭窗口|收藏|分享|在看|点赞|赞|转发|阅读原文|\s|[|｜·、])+$/
export const COPYRIGHT = /版权所有|copyright|©|未经.{0,12}(?:许可|授权|同意)|转载请|转载须|免责声明|本文仅代表|不代表本(?:网|站)|如有侵权|侵权.{0,4}删除|原标题[:：]/i
export const FOOTER = /ICP备|ICP证|公网安备|网站标识码|主办单位|承办单位|技术支持[:：]|联系我们|网站地图|关于我们|隐私(?:政策|声明)|建议使用.{0,20}浏览器|分辨率/
// A QR code only with a call beside it (长按识别二维码, 二维码关注我们): a story may mention one.
export const PROMO = /(?:扫描|长按|识别|扫)[^，。,；;]{0,8}二维码|二维码[^，。,；;]{0,8}(?:关注|下载|订阅|加入|识别)|微信公众号|公众号[:：“"]|关注我们|立即订阅|点击订阅|下载.{0,4}(?:APP|客户端)|长按识别|蓝字|阅读原文|^关注[“"「]|三连|点个在看/i
export const RELATED = /^(?:相关(?:新闻|阅读|报道|文章|链接|公示)|推荐阅读|往期(?:推荐|精选|精彩)|热门(?:文章|新闻|推荐)|热点(?:新闻|推荐)|延伸阅读|更多(?:新闻|公示|报道)|最新(?:公示|新闻|动态)|猜你喜欢|往期回顾|精彩推荐|公示公告|通知公告)\s*[:：>›»]?$/
export const PREV_NEXT = /^(?:上一篇|下一篇|上一条|下一条)[:：]/

/** A counter and its number (thousands separators included): 浏览次数：1,286, 阅读 2.3万, 1286次阅读. */
export const COUNTER = /(?:浏览|阅读|点击|访问|点赞|赞|在看|评论|收藏|转发|分享)(?:次数|量|数|率)?\s*[:：]?\s*[(（]?(\d[\d,，.]*\s*[万千]?\+?)[)）]?\s*次?|(\d[\d,，.]*\s*[万千]?)\s*(?:次|人)?(?:阅读|浏览|点击|点赞|评论)/g
/** What stands beside counters on a counter line: separators and the buttons of a share bar. */
export const COUNTER_REST = /^(?:[\s|｜·•/、，,:：()（）]|收藏|分享|转发|打印|举报|点赞|在看|评论|关闭)*$/
/** Tags under a story: furniture. */
export const TAGS = /^(?:标签|关键词|关键字|tags?)\s*[:：]/i
/** Where a story ends on WeChat and in mails: END, - 完 -, —— 正文完 ——. */
export const END_MARK = /^[-—–=_~～\s]*(?:END|THE END|完|全文完|正文完|（完）|\(完\))[-—–=_~～\s]*$/i
/** A mark before a story in a mail: —— 正文 ——. */
export const START_MARK = /^[-—–=_~～\s]*(?:正文|以下为正文|稿件正文)[-—–=_~～\s:：]*$/

/** The print run of an office's bulletin: （共印30份）. */
export const PRINT_RUN = /^[（(]?\s*(?:共印|印数[:：]?|印)\s*\d{1,6}\s*份\s*[)）]?$/
/**
 * A page's tool bar: print, close, font size (【字体：大 中 小】, [打印本页] [关闭窗口]). Tested on what is
 * left when its words are taken out (one pass, no nesting), so any order and bracketing is one.
 */
export const TOOL_WORDS = /打印(?:本页|此页|文章)?|列印(?:本页)?|关闭(?:窗口|本页|视窗)?|收藏(?:本页)?|返回(?:顶部|列表)?|字体|字号|默认|纠错|[大中小]/g
export const TOOL_REST = /^[\s【】[\]|｜:：/（）()]*$/
export const isToolBar = (line: string): boolean => charsAtMost(line, 60) && /字体|字号|打印|列印|关闭/.test(line) && TOOL_REST.test(line.replace(TOOL_WORDS, ''))
/** Where an office's bulletin is sent (报：… 送：… 发：…), after the story. */
/** A contact line of a document (联系人：… 电话：…): for the editor, not the reader; it does not end the story (a signature may follow). */
export const CONTACT = /^(?:联系人|联系电话|联系方式|联 系 人)\s*[:：]/
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
