import { ARRAY_LIMITS, collectionSlugs } from '@fengcai/shared'

import { chainedContentCollection } from '@/collections/chainedContent'
import { shanghaiDay } from '@/fields/dateDisplay'
import { newsroomFields } from '@/fields/newsroom'
import { publishedAtField } from '@/fields/publishedAt'
import { seoFields } from '@/fields/seo'
import { topicsField } from '@/fields/topics'

const httpsUrl = (value: unknown): true | string => {
  if (typeof value !== 'string' || !value) return '请填写视频地址。'
  try {
    return new URL(value).protocol === 'https:' ? true : '视频地址须以 https:// 开头。'
  } catch {
    return '视频地址格式不正确。'
  }
}

/** 活动图集: the photos of a campaign, with captions and credits. */
export const Galleries = chainedContentCollection({
  slug: collectionSlugs.galleries,
  labels: { singular: { zh: '图集', en: 'Gallery' }, plural: { zh: '活动图集', en: 'Galleries' } },
  fallbackSlug: 'gallery',
  writers: ['editor', 'reviewer'],
  columns: ['date', 'district'],
  defaultSort: '-date',
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'campaignColumn', type: 'relationship', relationTo: collectionSlugs.columns, label: { zh: '所属活动（栏目）', en: 'Campaign column' } },
        { name: 'campaignName', type: 'text', label: { zh: '活动名称', en: 'Campaign name' }, maxLength: 80 },
      ],
    },
    { name: 'description', type: 'textarea', label: { zh: '说明', en: 'Description' }, maxLength: 1000 },
    {
      type: 'row',
      fields: [
        { name: 'date', type: 'date', label: { zh: '活动日期', en: 'Date' }, required: true, admin: { date: shanghaiDay } },
        { name: 'district', type: 'relationship', relationTo: collectionSlugs.districts, label: { zh: '区', en: 'District' } },
      ],
    },
    { name: 'cover', type: 'upload', relationTo: collectionSlugs.media, label: { zh: '封面图', en: 'Cover' } },
    {
      name: 'photos',
      type: 'array',
      maxRows: ARRAY_LIMITS.galleryPhotos,
      label: { zh: '照片', en: 'Photos' },
      minRows: 1,
      labels: { singular: { zh: '照片', en: 'Photo' }, plural: { zh: '照片', en: 'Photos' } },
      fields: [
        { name: 'image', type: 'upload', relationTo: collectionSlugs.media, label: { zh: '图片', en: 'Image' }, required: true },
        { name: 'caption', type: 'text', label: { zh: '图片说明', en: 'Caption' }, maxLength: 200 },
        {
          type: 'row',
          fields: [
            { name: 'credit', type: 'text', label: { zh: '摄影', en: 'Photographer' }, maxLength: 60 },
            { name: 'takenAt', type: 'date', label: { zh: '拍摄时间', en: 'Taken at' } },
          ],
        },
      ],
    },
    {
      name: 'videos',
      type: 'array',
      maxRows: ARRAY_LIMITS.galleryVideos,
      label: { zh: '视频链接', en: 'Video links' },
      labels: { singular: { zh: '视频', en: 'Video' }, plural: { zh: '视频', en: 'Videos' } },
      fields: [
        { name: 'url', type: 'text', label: { zh: '地址', en: 'URL' }, required: true, validate: httpsUrl },
        { name: 'title', type: 'text', label: { zh: '标题', en: 'Title' }, required: true, maxLength: 120 },
      ],
    },
    topicsField(),
    newsroomFields(),
    publishedAtField(),
    seoFields(),
  ],
})
