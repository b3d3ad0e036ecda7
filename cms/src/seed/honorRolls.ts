/** Demo honour rolls: original text written for this project. */
import type { HonoreeType } from '@fengcai/shared'

import type { OrganizationKey } from './taxonomy'

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
