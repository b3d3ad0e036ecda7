import type { GroupField } from 'payload'

import { globalSlugs } from '@fengcai/shared'

const contactKeys = ['department', 'phone', 'email', 'address', 'officeHours'] as const

type Contact = Partial<Record<(typeof contactKeys)[number], string | null>>

/**
 * 异议受理 (who takes objections, and how): on each notice, and in 站点设置 as the default. A new
 * notice starts with the settings' values; the site shows the settings' value for any item a
 * notice leaves empty (site/src/data/notices.ts).
 */
export const objectionContactField = ({ overrides = {} }: { overrides?: Partial<GroupField> } = {}): GroupField => ({
  name: 'objectionContact',
  type: 'group',
  label: { zh: '异议受理', en: 'Objection contact' },
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'department', type: 'text', label: { zh: '受理部门', en: 'Department' }, maxLength: 80 },
        { name: 'phone', type: 'text', label: { zh: '电话', en: 'Phone' }, maxLength: 40 },
        { name: 'email', type: 'email', label: { zh: '电子邮箱', en: 'Email' } },
      ],
    },
    { name: 'address', type: 'text', label: { zh: '通信地址', en: 'Postal address' }, maxLength: 160 },
    { name: 'officeHours', type: 'text', label: { zh: '受理时间', en: 'Office hours' }, maxLength: 80 },
  ],
  ...overrides,
})

/** A new notice's 异议受理, prefilled from 站点设置 (the admin's new form and creates through the API). */
export const objectionContactDefaults: GroupField['defaultValue'] = async ({ req }) => {
  const settings = await req.payload.findGlobal({ slug: globalSlugs.siteSettings, depth: 0, req })
  const saved = (settings as { objectionContact?: Contact | null }).objectionContact ?? {}
  return Object.fromEntries(contactKeys.filter((key) => saved[key]).map((key) => [key, saved[key]]))
}
