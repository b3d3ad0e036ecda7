/**
 * The footer's marks in the demo (站点设置): a 网站标识码 and new-media QR codes, all marked 演示
 * (the demo owner has no real code or account), and the 关于我们 and 无障碍/适老化 pages.
 */
import type { Payload } from 'payload'

import { collectionSlugs } from '@fengcai/shared'

import { bulletList, paragraph, richText } from '@/lib/lexical'

import { drawDemoCode } from './images'

const codes = [
  { label: '微信公众号（演示）', alt: '“风采”微信公众号二维码（演示，无法扫描关注）', file: 'demo-code-wechat' },
  { label: '微博（演示）', alt: '“风采”微博二维码（演示，无法扫描关注）', file: 'demo-code-weibo' },
]

const about = richText([
  paragraph('“风采”是风采示范区志愿者协会主办的志愿服务门户，记录身边志愿者的故事，发布表彰公示和荣誉榜，汇集各区、各志愿组织的活动图集。'),
  paragraph('本站内容由协会编辑部采编，经审核后发布。欢迎志愿者、志愿组织和市民提供线索。'),
  paragraph('联系我们：电话 021-5555 0100（演示），地址 风采示范区公益路 88 号（演示）。'),
])

const accessibility = richText([
  paragraph('本站按照《信息技术 互联网内容无障碍可访问性技术要求与测试方法》和适老化改造的要求建设，方便老年读者和视障读者使用：'),
  bulletList([
    '页面顶部的“字号”可将文字放大到“大”或“特大”，设置会保留在本机；',
    '所有图片都有文字说明，可配合读屏软件使用；',
    '页面可以只用键盘操作，按制表键（键盘左侧的跳格键）可跳到正文；',
    '页面不自动播放声音或视频，没有弹窗广告。',
  ]),
  paragraph('使用中遇到困难，请通过页面底部的“网站纠错”告诉我们，或拨打 021-5555 0100（演示）。'),
])

/** The settings' footer marks, with the QR images uploaded once (looked up by file name on a second run). */
export const footerMarksSeed = async (payload: Payload, context: Record<string, unknown>) => {
  const qrCodes = []
  for (const [index, code] of codes.entries()) {
    const found = await payload.find({
      collection: collectionSlugs.media,
      where: { filename: { equals: `${code.file}.png` } },
      limit: 1,
      depth: 0,
      overrideAccess: true,
    })
    const id =
      found.docs[0]?.id ??
      (
        await payload.create({
          collection: collectionSlugs.media,
          data: { alt: code.alt, credit: '风采演示' },
          file: { data: await drawDemoCode(index), mimetype: 'image/png', name: `${code.file}.png`, size: 0 },
          overrideAccess: true,
          context,
        })
      ).id
    qrCodes.push({ label: code.label, alt: code.alt, image: Number(id) })
  }
  return { siteCode: '0000000000（演示）', qrCodes, about, accessibility }
}
