/**
 * The demo 首页版块: every kind of block once (最新新闻 twice: all columns and one column), so a
 * fresh start shows the whole home page. Links to other platforms point at placeholder addresses
 * and say 演示 in their names: a real site puts its own there.
 */
import type { Homepage } from '@fengcai/shared/payload-types'

type Refs = {
  story: (title: string) => number
  column: (key: string) => number
  picture: (index: number) => number
  /** The demo 专题 a slide leads to (null: the slide is left out). */
  topic: number | null
}

const demoUrl = (path: string): string => `https://example.org/${path}`

export const homepageSeed = ({ story, column, picture, topic }: Refs): NonNullable<Homepage['blocks']> => [
  {
    blockType: 'carousel',
    slides: [
      { image: picture(2), caption: '两万名蓝马甲守护城市马拉松赛道', linkType: 'story', story: story('两万名蓝马甲守护城市马拉松赛道') },
      { image: picture(5), caption: '电力青年走进老小区，为独居老人“体检”电路', linkType: 'story', story: story('电力青年走进老小区，为独居老人“体检”电路') },
      {
        image: picture(9),
        caption: '“时间银行”试点一年：服务时长可以兑换照护',
        linkType: 'story',
        story: story('“时间银行”试点一年：存下的服务时长可以兑换照护'),
      },
      { image: picture(13), caption: '年度优秀志愿者推荐名单正在公示，欢迎监督', linkType: 'url', url: '/notices/' },
      ...(topic === null ? [] : [{ image: picture(3), caption: '专题：城市马拉松志愿者在行动', linkType: 'topic' as const, topic }]),
    ],
  },
  {
    blockType: 'headline',
    story: story('“银发课堂”开课：志愿者手把手教老人用手机挂号'),
    related: [story('退休医生的“流动诊室”：每周一次走进社区'), story('防诈骗宣传进菜场：志愿者用情景剧提醒老人')],
  },
  { blockType: 'openNotices', count: 5 },
  { blockType: 'announcements', count: 3 },
  {
    blockType: 'services',
    heading: '志愿服务入口',
    links: [
      { icon: 'register', label: '志愿者注册（演示）', url: demoUrl('register') },
      { icon: 'recruit', label: '项目招募（演示）', url: demoUrl('projects') },
      { icon: 'hours', label: '服务时长查询（演示）', url: demoUrl('hours') },
      { icon: 'certificate', label: '志愿服务记录证明（演示）', url: demoUrl('certificate') },
      { icon: 'training', label: '志愿者培训（演示）', url: demoUrl('training') },
      { icon: 'contact', label: '咨询与建议（演示）', url: demoUrl('contact') },
    ],
  },
  { blockType: 'columnNews', count: 6 },
  { blockType: 'columnNews', heading: '志愿者故事', count: 3, column: column('people') },
  { blockType: 'topics', heading: '专题专栏', count: 3 },
  { blockType: 'honors', count: 4 },
  { blockType: 'galleries', count: 3 },
  {
    blockType: 'friendLinks',
    links: [
      { label: '市志愿服务网（演示）', url: demoUrl('volunteer') },
      { label: '市文明网（演示）', url: demoUrl('civilization') },
      { label: '区融媒体中心（演示）', url: demoUrl('media-centre') },
      { label: '志愿服务研究会（演示）', url: demoUrl('research') },
    ],
  },
]
