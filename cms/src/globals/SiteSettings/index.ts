import type { GlobalAfterChangeHook, GlobalConfig, TextareaField } from 'payload'

import { DEFAULT_ANSWER_WORKING_DAYS, globalSlugs, validateKeepWords } from '@fengcai/shared'

import { anyone } from '@/access/anyone'
import { isStaffField } from '@/access/isStaff'
import { rolesAllowed } from '@/access/roles'
import { recordSiteSettingsChange } from '@/collections/AuditLog/hooks/recordSiteSettingsChange'
import { answerPeriodField } from '@/fields/answerPeriod'
import { objectionContactField } from '@/fields/objectionContact'
import { refreshAllAnswerDueDates } from '@/hooks/refreshAnswerDueDates'
import { recordSiteChange } from '@/hooks/triggerSiteRebuild'

import { footerMarksFields, httpUrl } from './footerMarksFields'
import { proofreadListsField } from './proofreadListsField'
import { reviewChainField } from './reviewChainField'

/** What the site shows of the settings: everything but the review chain, the proofreading lists and the answer period, which only the CMS uses. */
const shownOnSite = (doc: Record<string, unknown> | undefined): string =>
  JSON.stringify({ ...doc, reviewChain: undefined, proofreadLists: undefined, objectionAnswerDays: undefined, updatedAt: undefined })

/** Every page's footer shows these, so a change republishes the whole site; a change of the review chain or the proofreading lists alone does not. */
const republish: GlobalAfterChangeHook = async ({ doc, previousDoc, req }) => {
  if (shownOnSite(doc) === shownOnSite(previousDoc)) return doc
  await recordSiteChange(req, { collection: globalSlugs.siteSettings, id: 'global', reason: 'site settings changed' })
  return doc
}

const keepWords: TextareaField['validate'] = (value: string | null | undefined) => validateKeepWords(value)

/**
 * 站点设置: the portal's footer (主办 / 承办单位, contact, ICP and 公安 filing numbers, the marks of
 * footerMarksFields), its privacy
 * statement, the 不转换词表 — words the 繁體 view leaves as they are — the 审核流程 (the review
 * chain of each collection) and the 校对词表 (the proofreader's lists). Editors and admins maintain
 * it (the review chain: admins only); everyone may read it (the site is built from the public
 * API), except the review chain and the proofreading lists (staff).
 */
export const SiteSettings: GlobalConfig = {
  slug: globalSlugs.siteSettings,
  label: { zh: '站点设置', en: 'Site settings' },
  admin: {
    group: { zh: '系统', en: 'System' },
    description: {
      zh: '网站页脚（含网站标识码、二维码、关于我们和无障碍说明）、公示异议受理的默认内容、隐私声明、繁体页面的不转换词表、审核流程和校对词表。修改网站上显示的内容后整个网站会重新发布。',
      en: 'Footer, privacy statement, the Traditional view’s keep list and the review chain.',
    },
  },
  access: { read: anyone, update: rolesAllowed('editor') },
  hooks: { afterChange: [republish, recordSiteSettingsChange, refreshAllAnswerDueDates(['objectionAnswerDays'])] },
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'organizer', type: 'text', label: { zh: '主办单位', en: 'Organiser' }, maxLength: 80 },
        { name: 'operator', type: 'text', label: { zh: '承办单位', en: 'Operator' }, maxLength: 80 },
      ],
    },
    {
      name: 'contact',
      type: 'group',
      label: { zh: '联系我们', en: 'Contact' },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'phone', type: 'text', label: { zh: '电话', en: 'Phone' }, maxLength: 40 },
            { name: 'email', type: 'email', label: { zh: '电子邮箱', en: 'Email' } },
          ],
        },
        { name: 'address', type: 'text', label: { zh: '地址', en: 'Address' }, maxLength: 120 },
      ],
    },
    objectionContactField({
      overrides: {
        label: { zh: '公示异议受理（默认）', en: 'Objection contact (default for notices)' },
        admin: {
          description: {
            zh: '新建公示时预先填入这些内容；公示中留空的项目，网站上显示这里的内容。',
            en: 'Prefilled into new notices; shown on the site where a notice leaves an item empty.',
          },
        },
      },
    }),
    answerPeriodField({
      overrides: {
        name: 'objectionAnswerDays',
        label: { zh: '异议答复期限（默认，工作日）', en: 'Objection answer period (default, working days)' },
        defaultValue: DEFAULT_ANSWER_WORKING_DAYS,
        access: { read: isStaffField },
        admin: {
          step: 1,
          description: {
            zh: '公示结束后多少个工作日内答复异议。新建公示时预先填入；公示中留空的，按这里计算。',
            en: 'Prefilled into new notices; a notice that leaves it empty follows this.',
          },
        },
      },
    }),
    {
      type: 'row',
      fields: [
        {
          name: 'icp',
          type: 'text',
          label: { zh: 'ICP 备案号', en: 'ICP filing' },
          maxLength: 40,
          admin: { description: { zh: '例如：沪ICP备12345678号-1', en: 'e.g. 沪ICP备12345678号-1' } },
        },
        {
          name: 'icpUrl',
          type: 'text',
          label: { zh: 'ICP 备案查询网址', en: 'ICP lookup URL' },
          defaultValue: 'https://beian.miit.gov.cn/',
          validate: httpUrl,
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'policeRecord',
          type: 'text',
          label: { zh: '公安备案号', en: 'Public security filing' },
          maxLength: 40,
          admin: { description: { zh: '例如：沪公网安备31010102000001号', en: 'e.g. 沪公网安备31010102000001号' } },
        },
        { name: 'policeRecordUrl', type: 'text', label: { zh: '公安备案查询网址', en: 'Lookup URL' }, validate: httpUrl },
      ],
    },
    ...footerMarksFields(),
    {
      name: 'privacy',
      type: 'textarea',
      label: { zh: '隐私声明', en: 'Privacy statement' },
      maxLength: 20_000,
      admin: { rows: 12, description: { zh: '显示在“隐私声明”页面；空一行分段。', en: 'Shown on the privacy page; a blank line separates paragraphs.' } },
    },
    {
      name: 'keepWords',
      type: 'textarea',
      label: { zh: '不转换词表', en: 'Words kept in the Traditional view' },
      validate: keepWords,
      admin: {
        rows: 8,
        description: {
          zh: '读者切换到繁体时保持原样的词，每行一个，例如机构简称、地名或人名。公示对象、受表彰者和作者署名已自动保护，无需列出。',
          en: 'One word per line; kept as written in the Traditional view. Names of nominees, honourees and bylines are kept anyway.',
        },
      },
    },
    reviewChainField(),
    proofreadListsField(),
  ],
}
