import type { Field, TextFieldSingleValidation } from 'payload'

import { ARRAY_LIMITS, collectionSlugs } from '@fengcai/shared'

import { bodyEditor } from '@/editor/richText'

export const httpUrl: TextFieldSingleValidation = (value) => (!value || /^https:\/\/[^\s<>"]+$/.test(value) ? true : '请填写以 https:// 开头的完整网址。')

/**
 * The marks an inspection looks for in a public site's footer — 网站标识码, the 党政机关 mark where
 * the owner is one, the new-media QR codes — and the two statement pages the footer links to:
 * 关于我们 (/about/) and the 无障碍/适老化 statement (/accessibility/).
 */
export const footerMarksFields = (): Field[] => [
  {
    name: 'siteCode',
    type: 'text',
    label: { zh: '网站标识码', en: 'Site identification code' },
    maxLength: 40,
    admin: { description: { zh: '政府网站的网站标识码，显示在页脚，例如 3100000001。', en: 'Shown in the footer.' } },
  },
  {
    name: 'partyMark',
    type: 'group',
    label: { zh: '党政机关标识', en: 'Party and government mark' },
    admin: { description: { zh: '网站主办单位是党政机关的，上传“党政机关”标识并填写其核验链接；不是的，留空。', en: 'Optional.' } },
    fields: [
      {
        type: 'row',
        fields: [
          { name: 'image', type: 'upload', relationTo: collectionSlugs.media, label: { zh: '标识图片', en: 'Image' } },
          { name: 'href', type: 'text', label: { zh: '核验链接', en: 'Link' }, validate: httpUrl },
        ],
      },
    ],
  },
  {
    name: 'qrCodes',
    type: 'array',
    label: { zh: '新媒体二维码', en: 'New-media QR codes' },
    labels: { singular: { zh: '二维码', en: 'QR code' }, plural: { zh: '二维码', en: 'QR codes' } },
    maxRows: ARRAY_LIMITS.footerQrCodes,
    admin: { description: { zh: '微信公众号、微博等的二维码，显示在页脚。', en: 'Shown in the footer.' } },
    fields: [
      {
        type: 'row',
        fields: [
          {
            name: 'label',
            type: 'text',
            label: { zh: '名称', en: 'Label' },
            required: true,
            maxLength: 30,
            admin: { description: { zh: '如：微信公众号', en: 'e.g. WeChat' } },
          },
          {
            name: 'alt',
            type: 'text',
            label: { zh: '替代文字', en: 'Alt text' },
            required: true,
            maxLength: 80,
            admin: { description: { zh: '给读屏软件读的说明，如：“风采”微信公众号二维码', en: 'Read aloud by screen readers.' } },
          },
        ],
      },
      { name: 'image', type: 'upload', relationTo: collectionSlugs.media, label: { zh: '二维码图片', en: 'Image' }, required: true },
    ],
  },
  {
    name: 'about',
    type: 'richText',
    label: { zh: '关于我们', en: 'About us' },
    editor: bodyEditor,
    admin: { description: { zh: '显示在“关于我们”页面。', en: 'The about page.' } },
  },
  {
    name: 'accessibility',
    type: 'richText',
    label: { zh: '无障碍与适老化说明', en: 'Accessibility statement' },
    editor: bodyEditor,
    admin: { description: { zh: '显示在“无障碍”页面：本站支持的字号调整、读屏等服务和联系方式。', en: 'The accessibility page.' } },
  },
]
