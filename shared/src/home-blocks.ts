/**
 * 首页版块: the kinds of block editors arrange the home page from, with their labels, and the
 * fixed set of service icons. The CMS's block configs (cms/src/globals/Homepage/blocks) and the
 * site's renderers (site/src/components/home) are keyed by these names: a new kind is one entry
 * here, one block config and one renderer.
 */
import { ARRAY_LIMITS } from './array-limits'

export const homeBlockKinds = {
  carousel: '焦点图',
  headline: '头条',
  openNotices: '公示',
  announcements: '通知公告',
  topics: '专题专栏',
  columnNews: '最新新闻',
  honors: '荣誉榜',
  galleries: '活动图集',
  services: '服务入口',
  friendLinks: '友情链接',
} as const

export type HomeBlockKind = keyof typeof homeBlockKinds

/** How many slides a 焦点图 holds: fewer is no carousel, more is more than readers look at. */
export const CAROUSEL_SLIDES = { min: 3, max: ARRAY_LIMITS.carouselSlides } as const

/** The icons a 服务入口 link may carry (drawn inline by the site), with their admin labels. */
export const serviceIcons = {
  register: '注册',
  recruit: '项目招募',
  hours: '服务时长查询',
  certificate: '记录证明',
  training: '培训',
  contact: '咨询',
} as const

export type ServiceIcon = keyof typeof serviceIcons

/** The Chinese message for a 焦点图 with too few or too many slides; null when the count is right. */
export const carouselSlideCountProblem = (count: number): string | null => {
  if (count < CAROUSEL_SLIDES.min) return `焦点图至少需要 ${CAROUSEL_SLIDES.min} 张幻灯片，现在只有 ${count} 张。`
  if (count > CAROUSEL_SLIDES.max) return `焦点图最多 ${CAROUSEL_SLIDES.max} 张幻灯片，现在有 ${count} 张。`
  return null
}

/** A link's address: a full http(s) address or one on this site (`/notices/`); else the Chinese message. */
export const homeLinkUrlProblem = (value: string | null | undefined): string | null =>
  !value || /^(https?:\/\/[^\s<>"]+|\/(?!\/)[^\s<>"]*)$/.test(value) ? null : '请填写以 https:// 或 http:// 开头的完整网址，或以 / 开头的本站地址。'
