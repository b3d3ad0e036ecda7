/**
 * The most rows each list that staff write may hold: far more than a site keeps, few enough that
 * a save, the site's page and the proofreader stay quick. Every array field a role can write has
 * its budget (tests/int/cms/InputBudgets.int.test.ts); the growth tests time them up to it.
 */
export const ARRAY_LIMITS = {
  /** 公示对象 of one notice. */
  nominees: 500,
  /** 获奖名单 of one honour roll. */
  honorEntries: 1_000,
  /** Photos of one gallery. */
  galleryPhotos: 500,
  /** Video links of one gallery. */
  galleryVideos: 50,
  /** Holidays, or make-up workdays, of the work calendar (about 40 a year). */
  calendarDays: 1_000,
  /** 相关组织 of one story. */
  storyOrganizations: 20,
  /** 附件 of one 通知公告. */
  announcementAttachments: 20,
  /** 专题 a story, gallery, notice or 通知公告 belongs to. */
  topicsPerDocument: 5,
  /** New-media QR codes (公众号, 微博…) in the footer. */
  footerQrCodes: 6,
  /** Blocks of the home page (首页版块). */
  homeBlocks: 30,
  /** Slides of one 焦点图 (also its most: shared/src/home-blocks.ts). */
  carouselSlides: 6,
  /** Sub-headline links under the 头条. */
  headlineLinks: 4,
  /** 专题 an editor picks for the home page's 专题专栏 block. */
  homeTopics: 6,
  /** Links of one 服务入口 or 友情链接 block. */
  homeLinks: 40,
} as const
