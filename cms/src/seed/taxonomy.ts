/** Demo taxonomy: columns, Shanghai's 16 districts, and fictional volunteer organisations. */

import { defaultReviewChain } from '@fengcai/shared'

export const columnSeeds = [
  { key: 'news', name: '志愿动态', kind: 'regular', order: 10, description: '全市志愿服务的最新消息。' },
  { key: 'grassroots', name: '基层风采', kind: 'regular', order: 20, description: '社区、学校和企业志愿服务队的日常。' },
  { key: 'people', name: '志愿者故事', kind: 'regular', order: 30, description: '一个人、一件事，讲述身边的志愿者。' },
  { key: 'projects', name: '公益项目', kind: 'regular', order: 40, description: '长期运行的志愿服务项目与成效。' },
  { key: 'marathon', name: '城市马拉松志愿服务专栏', kind: 'special', order: 50, description: '赛道两侧的蓝马甲：城市赛事志愿服务专题。' },
] as const

export type ColumnKey = (typeof columnSeeds)[number]['key']

export const districtSeeds = [
  ['huangpu', '黄浦区'],
  ['xuhui', '徐汇区'],
  ['changning', '长宁区'],
  ['jingan', '静安区'],
  ['putuo', '普陀区'],
  ['hongkou', '虹口区'],
  ['yangpu', '杨浦区'],
  ['minhang', '闵行区'],
  ['baoshan', '宝山区'],
  ['jiading', '嘉定区'],
  ['pudong', '浦东新区'],
  ['jinshan', '金山区'],
  ['songjiang', '松江区'],
  ['qingpu', '青浦区'],
  ['fengxian', '奉贤区'],
  ['chongming', '崇明区'],
] as const

export type DistrictKey = (typeof districtSeeds)[number][0]

export const organizationSeeds = [
  {
    key: 'riverside-power',
    name: '江畔电力青年志愿服务队',
    kind: 'enterprise-team',
    district: 'pudong',
    description: '由一家能源企业的青年职工组成，常年为独居老人检修家用电路，开展安全用电宣传。',
  },
  {
    key: 'wutong-lane',
    name: '梧桐里社区志愿服务站',
    kind: 'community-centre',
    district: 'xuhui',
    description: '扎根老式里弄的社区服务站，组织邻里互助、助餐送餐和楼道微更新。',
  },
  {
    key: 'shencheng-school',
    name: '申城实验中学青少年志愿者社团',
    kind: 'school',
    district: 'yangpu',
    description: '中学生自主管理的志愿社团，活跃在社区图书角、博物馆讲解和垃圾分类宣传一线。',
  },
  {
    key: 'warm-sun',
    name: '暖阳助老服务中心',
    kind: 'social-organization',
    district: 'jingan',
    description: '专注为高龄和失能老人提供陪伴探访、智能手机教学和就医陪同的社会组织。',
  },
  {
    key: 'green-isle',
    name: '绿洲生态公益社',
    kind: 'social-organization',
    district: 'chongming',
    description: '以湿地保护和候鸟观测为主题，组织市民志愿者参与生态调查与环境清洁。',
  },
  {
    key: 'harbour-logistics',
    name: '港湾物流志愿者联队',
    kind: 'enterprise-team',
    district: 'baoshan',
    description: '物流企业员工自发组建，擅长应急物资搬运与大型活动后勤保障。',
  },
  {
    key: 'starlight-reading',
    name: '星光阅读推广社',
    kind: 'social-organization',
    district: 'changning',
    description: '为外来务工人员子女和社区儿童开展周末共读、故事会和图书漂流。',
  },
  {
    key: 'songjiang-college',
    name: '松江大学城联合志愿服务团',
    kind: 'school',
    district: 'songjiang',
    description: '多所高校学生联合组成，承担赛事服务、乡村支教与文化遗产讲解。',
  },
  {
    key: 'lakeside-village',
    name: '湖畔村邻里守望队',
    kind: 'community-centre',
    district: 'qingpu',
    description: '由村民和返乡青年组成，开展河道巡护、夜间巡逻和留守老人结对关爱。',
  },
] as const

export type OrganizationKey = (typeof organizationSeeds)[number]['key']

/** A district page's introduction in the demo (editors write their own). */
export const districtIntro = (name: string): string =>
  `${name}的志愿服务组织、项目和新闻都汇集在这里。想参加${name}的志愿服务，可以先联系下面列出的组织，或到就近的社区志愿服务站报名。`

/** 站点设置 of the demo site: invented units and filing numbers, marked as such, and the default review chain (初审 → 复审 → 终审). */
export const siteSettingsSeed = {
  reviewChain: defaultReviewChain,
  organizer: '风采示范区志愿者协会',
  operator: '风采示范区志愿服务指导中心',
  contact: { phone: '021-5555 0100', email: 'contact@example.org', address: '风采示范区公益路 88 号' },
  icp: '沪ICP备00000000号-1（演示）',
  icpUrl: 'https://beian.miit.gov.cn/',
  policeRecord: '沪公网安备00000000000000号（演示）',
  policeRecordUrl: 'https://beian.mps.gov.cn/',
  privacy: [
    '本网站由风采示范区志愿者协会主办。我们重视每一位读者的个人信息，只收集提供服务所必需的信息。',
    '浏览本网站不需要注册，也不会收集您的姓名或联系方式。为统计阅读量，服务器会在短时间内记录访问的页面，不保存可以识别您身份的信息。',
    '您在公示页面提交留言或异议时填写的姓名和电话，只用于核实和答复，仅公示工作人员可以查看；公开的留言只显示隐去部分字的姓名。这些信息在公示结束后按规定期限删除。',
    '如对本声明有疑问，请通过页脚的联系方式与我们联系。',
  ].join('\n\n'),
  keepWords: '梧桐里\n蓝马甲',
}
