import {
  ARRAY_LIMITS,
  DEFAULT_NOTICE_WORKING_DAYS,
  collectionSlugs,
  entryTypeLabels,
  noticeStatus,
  noticeStatusLabels,
  noticeStatuses,
  nomineeTypes,
} from '@fengcai/shared'

import { chainedContentCollection } from '@/collections/chainedContent'
import { bodyEditor } from '@/editor/richText'
import { answerPeriodDefault, answerPeriodField } from '@/fields/answerPeriod'
import { BEIJING_TIME, shanghaiDateTime } from '@/fields/dateDisplay'
import { newsroomFields } from '@/fields/newsroom'
import { objectionContactDefaults, objectionContactField } from '@/fields/objectionContact'
import { publishedAtField } from '@/fields/publishedAt'
import { seoFields } from '@/fields/seo'
import { topicsField } from '@/fields/topics'
import { refreshNoticeAnswerDueDates } from '@/hooks/refreshAnswerDueDates'

import { guardOutcome } from './hooks/guardOutcome'
import { setClosesAt } from './hooks/setClosesAt'
import { nomineeOutcomeFields, outcomeField } from './outcome'

/**
 * 公示: nominees shown to the public for a fixed period, during which anyone may speak up. Notice
 * staff write them and submit them to the review chain (站点设置 → 审核流程, 初审 → 终审 by
 * default), which reviewers sign as for stories; only administrators delete a notice, whose
 * comments and objections are records of the period.
 */
export const Notices = chainedContentCollection({
  slug: collectionSlugs.notices,
  labels: { singular: { zh: '公示', en: 'Public notice' }, plural: { zh: '公示', en: 'Public notices' } },
  // /notices/progress/ is the site's progress lookup page.
  fallbackSlug: 'notice',
  reservedSlugs: ['progress'],
  writers: ['notice-staff', 'reviewer'],
  deleters: [],
  columns: ['periodStatus', 'opensAt', 'closesAt'],
  defaultSort: '-opensAt',
  group: { zh: '公示', en: 'Notices' },
  hooks: { beforeChange: [setClosesAt, guardOutcome], afterChange: [refreshNoticeAnswerDueDates] },
  fields: [
    { name: 'intro', type: 'richText', label: { zh: '公示说明', en: 'Introduction' }, editor: bodyEditor },
    {
      name: 'nominees',
      type: 'array',
      maxRows: ARRAY_LIMITS.nominees,
      label: { zh: '公示对象', en: 'Nominees' },
      labels: { singular: { zh: '公示对象', en: 'Nominee' }, plural: { zh: '公示对象', en: 'Nominees' } },
      admin: {
        initCollapsed: true,
        description: { zh: '每一行有固定编号，留言与异议按编号关联到公示对象。', en: 'Each row keeps a stable id.' },
        components: { RowLabel: '@/collections/Notices/admin/NomineeRow#NomineeRow' },
      },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'name', type: 'text', label: { zh: '名称', en: 'Name' }, required: true, maxLength: 120 },
            {
              name: 'type',
              type: 'select',
              label: { zh: '类别', en: 'Type' },
              required: true,
              options: nomineeTypes.map((value) => ({ value, label: entryTypeLabels[value] })),
            },
          ],
        },
        {
          type: 'row',
          fields: [
            { name: 'unit', type: 'text', label: { zh: '所在单位或推荐单位', en: 'Unit or recommending body' }, maxLength: 120 },
            { name: 'category', type: 'text', label: { zh: '奖项类别', en: 'Category' }, required: true, maxLength: 60 },
          ],
        },
        { name: 'deeds', type: 'textarea', label: { zh: '主要事迹', en: 'Deeds' }, maxLength: 300 },
        { name: 'photo', type: 'upload', relationTo: collectionSlugs.media, label: { zh: '照片', en: 'Photo' } },
        { name: 'story', type: 'relationship', relationTo: collectionSlugs.stories, label: { zh: '相关报道', en: 'Story' } },
        ...nomineeOutcomeFields,
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'opensAt',
          type: 'date',
          label: { zh: '公示开始', en: 'Opens at' },
          required: true,
          admin: { date: shanghaiDateTime, description: BEIJING_TIME },
        },
        {
          name: 'workingDays',
          type: 'number',
          label: { zh: '公示工作日数', en: 'Working days' },
          defaultValue: DEFAULT_NOTICE_WORKING_DAYS,
          min: 1,
          max: 60,
        },
        {
          name: 'closesAt',
          type: 'date',
          label: { zh: '公示结束', en: 'Closes at' },
          admin: {
            date: shanghaiDateTime,
            components: {
              Cell: '@/collections/Notices/admin/NoticePeriod#NoticeLastDayCell',
              Description: '@/collections/Notices/admin/NoticePeriod#NoticePeriodDescription',
            },
          },
        },
      ],
    },
    answerPeriodField({ overrides: { defaultValue: answerPeriodDefault } }),
    {
      name: 'periodStatus',
      type: 'select',
      label: { zh: '公示状态', en: 'Period' },
      virtual: true,
      options: noticeStatuses.map((value) => ({ value, label: noticeStatusLabels[value] })),
      admin: { readOnly: true, position: 'sidebar' },
      hooks: {
        afterRead: [
          ({ siblingData }) =>
            siblingData?.opensAt && siblingData?.closesAt ? noticeStatus(new Date(siblingData.opensAt), new Date(siblingData.closesAt)) : null,
        ],
      },
    },
    objectionContactField({
      overrides: {
        defaultValue: objectionContactDefaults,
        admin: {
          description: {
            zh: '新建公示时按“站点设置”预先填入；留空的项目，网站上显示站点设置中的内容。',
            en: 'Prefilled from the site settings; an empty item shows the settings’ value on the site.',
          },
        },
      },
    }),
    {
      name: 'results',
      type: 'relationship',
      relationTo: collectionSlugs.honorRolls,
      label: { zh: '评选结果（荣誉榜）', en: 'Results (honour roll)' },
    },
    outcomeField(),
    topicsField(),
    newsroomFields(),
    publishedAtField(),
    seoFields(),
  ],
})
