import type { TextFieldSingleValidation } from 'payload'

import { ARRAY_LIMITS, collectionSlugs, lexicalPlainText } from '@fengcai/shared'

import { chainedContentCollection } from '@/collections/chainedContent'
import { bodyEditor } from '@/editor/richText'
import { shanghaiDay } from '@/fields/dateDisplay'
import { publishedAtField } from '@/fields/publishedAt'
import { topicsField } from '@/fields/topics'

/**
 * An external link is an http(s) address; a published 通知公告 has a body or a link (Payload
 * validates only what is published, so a draft may be saved half-written).
 */
const linkOrBody: TextFieldSingleValidation = (value, { siblingData }) => {
  if (value) {
    try {
      const { protocol } = new URL(value)
      if (protocol !== 'https:' && protocol !== 'http:') return '外部链接须以 https:// 或 http:// 开头。'
    } catch {
      return '外部链接的格式不正确。'
    }
    return true
  }
  return lexicalPlainText((siblingData as { body?: unknown }).body) ? true : '请填写正文，或填写外部链接。'
}

/**
 * 通知公告: short notices to readers (an activity's call for volunteers, a service change), apart
 * from the award 公示. A body or a link to another site, and files to download. Editors write them,
 * the review chain (站点设置 → 审核流程) signs them as it signs stories.
 */
export const Announcements = chainedContentCollection({
  slug: collectionSlugs.announcements,
  labels: { singular: { zh: '通知公告', en: 'Announcement' }, plural: { zh: '通知公告', en: 'Announcements' } },
  fallbackSlug: 'announcement',
  writers: ['editor', 'reviewer'],
  columns: ['date'],
  defaultSort: '-date',
  fields: [
    { name: 'date', type: 'date', label: { zh: '发布日期', en: 'Date' }, required: true, index: true, admin: { date: shanghaiDay } },
    { name: 'body', type: 'richText', label: { zh: '正文', en: 'Body' }, editor: bodyEditor },
    {
      name: 'externalUrl',
      type: 'text',
      label: { zh: '外部链接', en: 'External link' },
      maxLength: 500,
      validate: linkOrBody,
      admin: { description: { zh: '通知发布在其他网站时填写；读者从列表直接打开该链接。', en: 'When the notice lives on another site.' } },
    },
    {
      name: 'attachments',
      type: 'upload',
      relationTo: collectionSlugs.attachments,
      hasMany: true,
      maxRows: ARRAY_LIMITS.announcementAttachments,
      label: { zh: '附件', en: 'Attachments' },
      admin: { description: { zh: 'PDF、Word、Excel 等文件，网站上显示类型和大小。', en: 'PDF, Word, Excel … with type and size shown.' } },
    },
    topicsField(),
    publishedAtField(),
  ],
})
