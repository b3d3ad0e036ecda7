/**
 * Demo 专题专栏 and 通知公告: original text written for this project. One announcement carries a
 * PDF written by code (./pdf), one links to another site; the topics gather demo stories and
 * galleries. Run after the stories and galleries (./run), looked up by title so it adds nothing twice.
 */
import type { Payload, Where } from 'payload'

import { DAY_MS, collectionSlugs } from '@fengcai/shared'

import { paragraph, richText } from '@/lib/lexical'

import { tinyPdf } from './pdf'

type Ids = Record<string, number>

export type SeedTools = {
  findId: (collection: string, where: Where) => Promise<number | null>
  upsert: (collection: string, key: Where, data: Record<string, unknown>) => Promise<number>
  pick: (index: number) => number
  stories: Ids
  galleries: Ids
}

const context = { seed: true }

const daysAgo = (days: number): string => new Date(Date.now() - days * DAY_MS).toISOString()

const topicSeeds = [
  {
    title: '城市马拉松志愿者在行动',
    intro: '从凌晨布设补给站到赛后清扫赛道，两万名“蓝马甲”守护城市马拉松。本专题汇集赛事志愿服务的报道、图集与招募通知。',
    from: 40,
    to: 20,
    inMenu: false,
    order: 10,
    stories: ['两万名蓝马甲守护城市马拉松赛道', '大学生志愿者的马拉松一日：凌晨四点出发', '赛后一小时：志愿者把赛道还给城市'],
    galleries: ['城市马拉松赛道上的蓝马甲'],
  },
  {
    title: '银龄数字助老行动',
    intro: '教老人用手机挂号、识别诈骗电话、在网上办事：志愿者陪长辈跨过“数字鸿沟”。',
    from: 60,
    to: -30,
    inMenu: true,
    order: 20,
    stories: ['“银发课堂”开课：志愿者手把手教老人用手机挂号', '防诈骗宣传进菜场：志愿者用情景剧提醒老人'],
    galleries: ['“银发课堂”第一课'],
  },
]

const REGISTRATION_PDF = 'demo-marathon-volunteer-form.pdf'

/** Topics, the demo PDF, the announcements, and the stories and galleries filed under the topics. */
export const seedTopicsAndAnnouncements = async (payload: Payload, tools: SeedTools): Promise<string> => {
  const topics: Ids = {}
  for (const [index, topic] of topicSeeds.entries()) {
    topics[topic.title] = await tools.upsert(
      collectionSlugs.topics,
      { title: { equals: topic.title } },
      {
        title: topic.title,
        intro: topic.intro,
        banner: tools.pick(index * 5 + 2),
        periodFrom: daysAgo(topic.from),
        periodTo: daysAgo(topic.to),
        inMenu: topic.inMenu,
        order: topic.order,
      },
    )
    // Filed only where an editor has filed the piece under no topic yet.
    for (const [collection, titles, ids] of [
      [collectionSlugs.stories, topic.stories, tools.stories],
      [collectionSlugs.galleries, topic.galleries, tools.galleries],
    ] as const) {
      for (const title of titles) {
        const id = ids[title]
        if (!id) continue
        const current = await payload.findByID({ collection, id, depth: 0, overrideAccess: true })
        if (current.topics?.length) continue
        await payload.update({ collection, id, data: { topics: [topics[topic.title] as number] }, overrideAccess: true, context })
      }
    }
  }

  const pdf =
    (await tools.findId(collectionSlugs.attachments, { filename: { equals: REGISTRATION_PDF } })) ??
    Number(
      (
        await payload.create({
          collection: collectionSlugs.attachments,
          data: { title: '城市马拉松赛事志愿者报名表（演示）' },
          file: {
            data: tinyPdf(['Fengcai demo attachment', 'City marathon volunteer registration form (DEMO)']),
            mimetype: 'application/pdf',
            name: REGISTRATION_PDF,
            size: 0,
          },
          overrideAccess: true,
          context,
        })
      ).id,
    )

  const announcements = [
    {
      title: '关于招募城市马拉松赛事志愿者的通知',
      date: daysAgo(35),
      body: richText([
        paragraph('城市马拉松赛事志愿者招募现已开始，服务岗位包括补给站、医疗辅助、检录引导和赛后清扫。'),
        paragraph('年满十八周岁、身体健康的市民均可报名。请下载附件中的报名表，填写后交至所在街道志愿服务站（演示）。'),
      ]),
      attachments: [pdf],
      topics: [topics['城市马拉松志愿者在行动']],
    },
    {
      title: '志愿服务记录证明网上办理指引',
      date: daysAgo(12),
      externalUrl: 'https://volunteer.example.org/service-record',
      topics: [],
    },
    {
      title: '元旦假期各志愿服务站开放时间调整',
      date: daysAgo(3),
      body: richText([paragraph('元旦假期期间，各区志愿服务站开放时间调整为每日 9:00 至 16:00，咨询电话 021-5555 0000（演示）。')]),
      topics: [topics['银龄数字助老行动']],
    },
  ]
  for (const announcement of announcements) {
    await tools.upsert(
      collectionSlugs.announcements,
      { title: { equals: announcement.title } },
      { ...announcement, publishedAt: announcement.date, _status: 'published' },
    )
  }
  return `专题：${topicSeeds.length} 个，通知公告：${announcements.length} 条`
}
