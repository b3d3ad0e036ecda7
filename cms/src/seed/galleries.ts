/** Demo galleries: original text written for this project. */
import type { ColumnKey, DistrictKey } from './taxonomy'

export type GallerySeed = {
  title: string
  column?: ColumnKey
  campaignName?: string
  district: DistrictKey
  daysAgo: number
  description: string
  photos: { caption: string; credit: string }[]
  videos?: { url: string; title: string }[]
}

export const gallerySeeds: GallerySeed[] = [
  {
    title: '城市马拉松赛道上的蓝马甲',
    column: 'marathon',
    district: 'huangpu',
    daysAgo: 8,
    description: '从凌晨集结到赛后清扫，记录赛道沿线志愿者的一天。',
    photos: [
      { caption: '凌晨五点，志愿者在起点区集合。', credit: '陈思远' },
      { caption: '补给站里码放整齐的饮用水。', credit: '陈思远' },
      { caption: '医疗点志愿者随时待命。', credit: '韩子默' },
      { caption: '观众引导区的志愿者为市民指路。', credit: '韩子默' },
      { caption: '终点区发放完赛包。', credit: '韩子默' },
      { caption: '赛后志愿者清扫道路。', credit: '沈佳怡' },
    ],
    videos: [{ url: 'https://video.example.org/marathon-volunteers', title: '一分钟看蓝马甲的一天' }],
  },
  {
    title: '金山“净滩日”掠影',
    campaignName: '净滩日',
    district: 'jinshan',
    daysAgo: 21,
    description: '三百多名市民志愿者在海边清理垃圾、学习海洋保护知识。',
    photos: [
      { caption: '志愿者领取手套和垃圾袋。', credit: '吴静波' },
      { caption: '在礁石缝隙中清理塑料碎片。', credit: '吴静波' },
      { caption: '亲子家庭一起参加清理。', credit: '吴静波' },
      { caption: '分类称重清理出的垃圾。', credit: '吴静波' },
      { caption: '海洋垃圾科普展板前的讲解。', credit: '吴静波' },
      { caption: '活动结束后的志愿者合影。', credit: '吴静波' },
    ],
  },
  {
    title: '“银发课堂”第一课',
    column: 'projects',
    district: 'jingan',
    daysAgo: 4,
    description: '志愿者一对三辅导老人学习手机挂号、扫码乘车和视频通话。',
    photos: [
      { caption: '老人们认真听讲。', credit: '许婉清' },
      { caption: '志愿者演示预约挂号步骤。', credit: '许婉清' },
      { caption: '大字版步骤卡。', credit: '许婉清' },
      { caption: '第一次成功视频通话。', credit: '许婉清' },
      { caption: '课后答疑。', credit: '许婉清' },
      { caption: '结业时老人们和志愿者合影。', credit: '许婉清' },
    ],
  },
]
