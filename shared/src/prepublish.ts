/**
 * What a reviewer is told before publishing (the 发布 confirmation): a publication date that is
 * empty or long past, and text in the body that looks like the furniture of the web page it was
 * copied from (menus, breadcrumbs, view counters, copyright lines) rather than the story. Pure, so
 * the admin's dialog and the tests read the same findings. Warnings only: the reviewer may publish.
 */
import { formatDateZh } from './dates'
import { lexicalPlainText } from './text'

export const STALE_PUBLICATION_DAYS = 30

export type PrePublishFinding = { kind: 'date-missing' | 'date-old' | 'furniture'; message: string }

/** Phrases that belong to a page's frame, not to an article. */
const FURNITURE = [
  '当前位置',
  '您的位置',
  '您现在的位置',
  '浏览次数',
  '阅读次数',
  '点击次数',
  '点击数',
  '版权所有',
  '上一篇',
  '下一篇',
  '分享到',
  'ICP备',
  '公网安备',
  '打印本页',
  '关闭窗口',
  '字体：大',
]

/** Words of a site's menu: a line made of several of them is a menu or a breadcrumb trail. */
const MENU_WORDS = new Set([
  '首页',
  '新闻中心',
  '新闻动态',
  '工作动态',
  '志愿服务',
  '志愿者之家',
  '通知公告',
  '政务公开',
  '信息公开',
  '关于我们',
  '联系我们',
  '网站地图',
  '组织机构',
  '党建工作',
  '媒体报道',
  '图片新闻',
  '专题专栏',
  '正文',
])

const SEPARATORS = /[\s|｜·•>»＞›/、]+/u
const SHORT_WORD = /^[\p{Script=Han}A-Za-z0-9]{1,6}$/u

/** A line of several short words, at least two of them menu words (or opening with 首页). */
const looksLikeMenu = (line: string): boolean => {
  const words = line.split(SEPARATORS).filter(Boolean)
  if (words.length < 3 || !words.every((word) => SHORT_WORD.test(word))) return false
  const known = words.filter((word) => MENU_WORDS.has(word)).length
  return known >= 2 || (known >= 1 && words[0] === '首页')
}

const quote = (line: string): string => {
  const chars = [...line]
  return chars.length > 30 ? `${chars.slice(0, 30).join('')}…` : line
}

/** The findings for a document about to be published; an empty list when nothing looks wrong. */
export const prePublishFindings = ({
  publishedAt,
  body,
  now = new Date(),
}: {
  publishedAt?: string | Date | null
  body?: unknown
  now?: Date
}): PrePublishFinding[] => {
  const findings: PrePublishFinding[] = []
  const date = publishedAt ? new Date(publishedAt) : null
  if (!date || Number.isNaN(date.getTime())) {
    findings.push({ kind: 'date-missing', message: '发布时间为空：将以发布的时刻为准。如果报道的是较早的活动，请先填写发布时间。' })
  } else if (now.getTime() - date.getTime() > STALE_PUBLICATION_DAYS * 24 * 3600_000) {
    findings.push({
      kind: 'date-old',
      message: `发布时间是 ${formatDateZh(date)}，早于 ${STALE_PUBLICATION_DAYS} 天前：稿件在网站上会排在这个日期的位置，不会出现在最新报道中。请确认日期无误。`,
    })
  }
  const text = typeof body === 'string' ? body : lexicalPlainText(body)
  text.split('\n').forEach((raw, index) => {
    const line = raw.trim()
    if (!line) return
    const phrase = FURNITURE.find((marker) => line.includes(marker))
    if (phrase || looksLikeMenu(line)) {
      const what = phrase ? `“${phrase}”` : '一串导航栏目名'
      findings.push({ kind: 'furniture', message: `正文第 ${index + 1} 段有${what}，像是网页的导航或页面信息，不是报道内容：“${quote(line)}”。` })
    }
  })
  return findings
}
