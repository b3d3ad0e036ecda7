/** Demo honour rolls, public notices and galleries: original text written for this project. */
import type { CommentKind, CommentStatus, HonoreeType, NomineeType } from '@fengcai/shared'

import type { ColumnKey, DistrictKey, OrganizationKey } from './taxonomy'

export type HonorRollSeed = {
  title: string
  awardingBody: string
  year: number
  intro: string[]
  daysAgo: number
  entries: { honoreeName: string; type: HonoreeType; unit?: string; award: string; organization?: OrganizationKey; storyTitle?: string }[]
}

export const honorRollSeeds: HonorRollSeed[] = [
  {
    title: '2025年度区级优秀志愿者与优秀志愿服务集体名单',
    awardingBody: '风采示范区志愿者协会',
    year: 2025,
    daysAgo: 40,
    intro: [
      '经基层推荐、资格审核和社会公示，评选出2025年度区级优秀志愿者、优秀志愿服务集体和优秀志愿服务项目。',
      '希望受表彰者珍惜荣誉，继续发挥示范作用，带动更多市民参与志愿服务。',
    ],
    entries: [
      { honoreeName: '方振华', type: 'individual', unit: '虹口区某社区服务中心', award: '优秀志愿者', storyTitle: '退休医生的“流动诊室”：每周一次走进社区' },
      { honoreeName: '钱立群', type: 'individual', unit: '虹口区某街道', award: '优秀志愿者', storyTitle: '跨越三十年的守护：一位老志愿者的服务日记' },
      { honoreeName: '顾文静', type: 'individual', unit: '星光阅读推广社', award: '优秀志愿者', organization: 'starlight-reading' },
      {
        honoreeName: '江畔电力青年志愿服务队',
        type: 'collective',
        award: '优秀志愿服务集体',
        organization: 'riverside-power',
        storyTitle: '电力青年走进老小区，为独居老人“体检”电路',
      },
      { honoreeName: '湖畔村邻里守望队', type: 'collective', award: '优秀志愿服务集体', organization: 'lakeside-village' },
      {
        honoreeName: '银发课堂',
        type: 'project',
        unit: '暖阳助老服务中心',
        award: '优秀志愿服务项目',
        organization: 'warm-sun',
        storyTitle: '“银发课堂”开课：志愿者手把手教老人用手机挂号',
      },
    ],
  },
  {
    title: '2026年“最美志愿服务社区”命名名单',
    awardingBody: '风采示范区精神文明建设办公室',
    year: 2026,
    daysAgo: 12,
    intro: ['以下社区在组织居民参与志愿服务、培育社区志愿服务品牌方面成效突出，特予命名。'],
    entries: [
      {
        honoreeName: '梧桐里社区',
        type: 'organization',
        unit: '徐汇区',
        award: '最美志愿服务社区',
        organization: 'wutong-lane',
        storyTitle: '梧桐里的“共享厨房”：邻居们轮流为高龄老人做饭',
      },
      { honoreeName: '湖畔村', type: 'organization', unit: '青浦区', award: '最美志愿服务社区', organization: 'lakeside-village' },
      {
        honoreeName: '某老公房居民自治小组',
        type: 'collective',
        unit: '普陀区',
        award: '社区微更新特别奖',
        storyTitle: '楼道微更新：居民志愿者把杂物间变成休息角',
      },
    ],
  },
  {
    title: '城市马拉松志愿服务先进集体和先进个人',
    awardingBody: '城市马拉松组委会志愿服务部',
    year: 2026,
    daysAgo: 3,
    intro: ['感谢每一位蓝马甲。以下集体和个人在本届赛事志愿服务中表现突出，予以表扬。'],
    entries: [
      {
        honoreeName: '松江大学城联合志愿服务团',
        type: 'collective',
        award: '先进集体',
        organization: 'songjiang-college',
        storyTitle: '大学生志愿者的马拉松一日：凌晨四点出发',
      },
      { honoreeName: '港湾物流志愿者联队', type: 'collective', award: '先进集体', organization: 'harbour-logistics' },
      { honoreeName: '周子航', type: 'individual', unit: '松江大学城联合志愿服务团', award: '先进个人' },
      { honoreeName: '沈慧敏', type: 'individual', unit: '梧桐里社区志愿服务站', award: '先进个人', storyTitle: '赛后一小时：志愿者把赛道还给城市' },
    ],
  },
]

export type NoticeSeed = {
  title: string
  intro: string[]
  /** Days from now to the opening; negative is in the past. */
  opensInDays: number
  resultsTitle?: string
  nominees: { name: string; type: NomineeType; unit: string; category: string; deeds: string }[]
}

export const objectionContact = {
  department: '风采示范区志愿者协会办公室',
  phone: '021-5555 0123',
  email: 'gongshi@example.org',
  address: '风采示范区公益路 88 号 3 楼（邮编 200000）',
  officeHours: '工作日 9:00—17:00',
}

export const noticeSeeds: NoticeSeed[] = [
  {
    title: '关于2026年度区级优秀志愿者拟表彰对象的公示',
    opensInDays: -1,
    intro: [
      '经各街镇、系统推荐和评审委员会评议，现将2026年度区级优秀志愿者、优秀志愿服务集体和项目拟表彰对象予以公示。',
      '公示期间，任何单位和个人均可对拟表彰对象提出意见。反映问题应实事求是，提倡实名反映，我们将对反映人信息严格保密。',
    ],
    nominees: [
      {
        name: '林海燕',
        type: 'individual',
        unit: '梧桐里社区志愿服务站',
        category: '优秀志愿者',
        deeds: '组织“共享厨房”轮值三年，协调四十余名邻居为高龄老人做饭送餐，累计服务超过一千二百小时。',
      },
      {
        name: '陶建国',
        type: 'individual',
        unit: '湖畔村邻里守望队',
        category: '优秀志愿者',
        deeds: '带领夜巡队坚持河道与村道巡查，及时发现并协助救助摔倒的独居老人，推动村里建立留守老人结对关爱。',
      },
      {
        name: '许晴',
        type: 'individual',
        unit: '暖阳助老服务中心',
        category: '优秀志愿者',
        deeds: '设计“银发课堂”大字版步骤卡，一年内为三百余位老人讲授智能手机使用，并培训新志愿者五十余人。',
      },
      {
        name: '港湾物流志愿者联队',
        type: 'collective',
        unit: '宝山区志愿者协会推荐',
        category: '优秀志愿服务集体',
        deeds: '建立应急召集机制，台风期间连夜转运防汛物资，常年为大型活动提供后勤保障。',
      },
      {
        name: '社区修理角',
        type: 'project',
        unit: '闵行区志愿者协会推荐',
        category: '优秀志愿服务项目',
        deeds: '每月两次为居民免费修理旧物，半年修好各类物品八百余件，倡导节约与邻里互助。',
      },
    ],
  },
  {
    title: '关于城市马拉松志愿服务先进集体和先进个人的公示',
    opensInDays: -30,
    resultsTitle: '城市马拉松志愿服务先进集体和先进个人',
    intro: ['根据组委会志愿服务部推荐，现将本届城市马拉松志愿服务先进集体和先进个人名单予以公示。'],
    nominees: [
      {
        name: '松江大学城联合志愿服务团',
        type: 'collective',
        unit: '松江大学城',
        category: '先进集体',
        deeds: '承担终点区完赛包发放，组织严密，并形成详细服务日志供赛事改进。',
      },
      { name: '港湾物流志愿者联队', type: 'collective', unit: '宝山区', category: '先进集体', deeds: '负责物资运输与补给站搭建，保障全线补给按时到位。' },
      {
        name: '周子航',
        type: 'individual',
        unit: '松江大学城联合志愿服务团',
        category: '先进个人',
        deeds: '担任终点区小组长，统筹六十名志愿者，处置突发情况冷静得当。',
      },
      {
        name: '沈慧敏',
        type: 'individual',
        unit: '梧桐里社区志愿服务站',
        category: '先进个人',
        deeds: '带领社区志愿者完成最繁忙路口的赛后清扫，比计划提前完成任务。',
      },
    ],
  },
  {
    title: '关于“最美志愿服务项目”候选项目的公示',
    opensInDays: 7,
    intro: ['以下项目经初审进入“最美志愿服务项目”候选名单，现予公示，公示开始后欢迎社会各界提出意见。'],
    nominees: [
      {
        name: '时间银行互助养老',
        type: 'project',
        unit: '长宁区志愿者协会推荐',
        category: '助老服务',
        deeds: '低龄老人为高龄老人服务、存储时长兑换照护，一年注册一千二百余人。',
      },
      {
        name: '湿地候鸟同步调查',
        type: 'project',
        unit: '绿洲生态公益社',
        category: '生态环保',
        deeds: '组织市民志愿者开展越冬候鸟调查，数据向研究人员开放共享。',
      },
      {
        name: '爱心暑托班',
        type: 'project',
        unit: '嘉定区志愿者协会推荐',
        category: '关爱少儿',
        deeds: '大学生志愿者为双职工家庭孩子提供暑期托管与兴趣课程。',
      },
    ],
  },
]

/** Demo public feedback on the open notice: two approved comments and one confidential objection. */
export const commentSeeds: {
  noticeTitle: string
  nomineeName?: string
  kind: CommentKind
  status: CommentStatus
  name: string
  phone?: string
  content: string
  publicReply?: string
}[] = [
  {
    noticeTitle: '关于2026年度区级优秀志愿者拟表彰对象的公示',
    nomineeName: '林海燕',
    kind: 'comment',
    status: 'approved',
    name: '周建华',
    content: '林阿姨每天上午都在共享厨房忙碌，我家老人吃了两年她们做的饭，全楼都很感谢她。',
    publicReply: '感谢您的留言。',
  },
  {
    noticeTitle: '关于2026年度区级优秀志愿者拟表彰对象的公示',
    kind: 'comment',
    status: 'approved',
    name: '欧阳明',
    content: '希望以后的公示也能像这样在网上留言，方便上班族参与。',
  },
  {
    noticeTitle: '关于2026年度区级优秀志愿者拟表彰对象的公示',
    nomineeName: '陶建国',
    kind: 'objection',
    status: 'received',
    name: '示例异议人',
    phone: '13900000000',
    content: '演示用异议：请核实夜巡记录中的部分服务时长。此内容只有公示工作人员可见。',
  },
]

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
