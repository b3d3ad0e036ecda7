import type { ArrayField, Field } from 'payload'

import { MAX_LIST_ROWS, MAX_WRONG_FORMS, confusionsProblem, officialNamesProblem, sensitiveProblem } from '@fengcai/shared/proofread'

import { isStaffField } from '@/access/isStaff'

/** An array's check by one of shared's list checks: true, or its Chinese message. */
const checkedBy =
  (problem: (rows: readonly unknown[]) => string | null): ArrayField['validate'] =>
  (value) =>
    problem(Array.isArray(value) ? value : []) ?? true

const list = (
  name: string,
  singular: string,
  plural: string,
  description: string,
  fields: Field[],
  problem: (rows: readonly unknown[]) => string | null,
): Field => ({
  name,
  type: 'array',
  label: { zh: plural, en: name },
  labels: { singular: { zh: singular, en: name }, plural: { zh: plural, en: name } },
  maxRows: MAX_LIST_ROWS,
  validate: checkedBy(problem),
  admin: { initCollapsed: true, description: { zh: description, en: description } },
  fields,
})

/**
 * 校对词表: the site's own lists for the proofreader (lib/proofread/lists.ts reads them), on top of
 * its built-in dictionary. Editors and administrators keep them; only staff read them (the site
 * does not need them, and the public need not see the 敏感词). A change does not republish the
 * site (SiteSettings/index.ts, `shownOnSite`).
 */
export const proofreadListsField = (): Field => ({
  name: 'proofreadLists',
  type: 'group',
  label: { zh: '校对词表', en: 'Proofreading lists' },
  access: { read: isStaffField },
  admin: {
    description: {
      zh: '校对时除系统自带的易错词典外还要检查的词。保存后几秒内对所有稿件的校对生效，不会重新发布网站。',
      en: 'Checked by the proofreader besides its built-in dictionary. Does not republish the site.',
    },
  },
  fields: [
    list(
      'confusions',
      '易错词',
      '易错词',
      '本单位常见的错别字：左边是错误写法（至少 2 个字），右边是正确写法，例如“按装 → 安装”。',
      [
        {
          type: 'row',
          fields: [
            { name: 'wrong', type: 'text', label: { zh: '错误写法', en: 'Wrong' }, required: true },
            { name: 'right', type: 'text', label: { zh: '正确写法', en: 'Right' }, required: true },
          ],
        },
      ],
      confusionsProblem,
    ),
    list(
      'officialNames',
      '规范表述',
      '规范表述',
      '必须一字不差的名称（如“上海市志愿者协会”），以及稿件中要查找的错误写法（如“上海志愿者协会”“上海市志愿协会”）。',
      [
        { name: 'name', type: 'text', label: { zh: '规范名称', en: 'Name' }, required: true },
        {
          name: 'wrongForms',
          type: 'text',
          hasMany: true,
          maxRows: MAX_WRONG_FORMS,
          label: { zh: '错误写法', en: 'Wrong forms' },
          admin: { description: '每种写法输入后按回车。' },
        },
      ],
      officialNamesProblem,
    ),
    list(
      'sensitive',
      '敏感词',
      '敏感词 / 禁用词',
      '稿件中不应出现的词；可填写建议的替代说法。',
      [
        {
          type: 'row',
          fields: [
            { name: 'word', type: 'text', label: { zh: '敏感词', en: 'Word' }, required: true },
            { name: 'suggestion', type: 'text', label: { zh: '建议写法（可不填）', en: 'Suggestion' } },
            {
              name: 'severity',
              type: 'select',
              label: { zh: '级别', en: 'Severity' },
              defaultValue: 'error',
              required: true,
              options: [
                { value: 'error', label: { zh: '错误（发布前须改正或说明理由）', en: 'Error' } },
                { value: 'warning', label: { zh: '提示', en: 'Warning' } },
              ],
            },
          ],
        },
      ],
      sensitiveProblem,
    ),
  ],
})
