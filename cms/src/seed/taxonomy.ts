/** Demo taxonomy: columns, Shanghai's 16 districts, and fictional volunteer organisations. */

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
