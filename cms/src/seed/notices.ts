/** Demo public notices of nominees and the comments on them: original text written for this project. */
import type { CommentKind, CommentStatus, NomineeType } from '@fengcai/shared'

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
