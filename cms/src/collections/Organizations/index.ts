import type { CollectionConfig } from 'payload'

import { collectionSlugs } from '@fengcai/shared'

import { readByAllWrittenBy } from '@/access/roles'
import { slugField } from '@/fields/slug'
import { rebuildHooks } from '@/hooks/triggerSiteRebuild'

export const organizationKinds = [
  { value: 'enterprise-team', label: { zh: '企业志愿服务队', en: 'Enterprise team' } },
  { value: 'community-centre', label: { zh: '社区志愿服务站', en: 'Community centre' } },
  { value: 'school', label: { zh: '学校', en: 'School' } },
  { value: 'social-organization', label: { zh: '社会组织', en: 'Social organisation' } },
]

export const Organizations: CollectionConfig = {
  slug: collectionSlugs.organizations,
  labels: { singular: { zh: '组织', en: 'Organisation' }, plural: { zh: '志愿组织', en: 'Organisations' } },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'kind', 'district'], group: { zh: '分类', en: 'Taxonomy' } },
  access: readByAllWrittenBy('editor'),
  hooks: rebuildHooks({ drafts: false }),
  fields: [
    { name: 'name', type: 'text', label: { zh: '名称', en: 'Name' }, required: true, maxLength: 80 },
    slugField({ from: 'name', fallback: 'org' }),
    { name: 'kind', type: 'select', label: { zh: '类型', en: 'Kind' }, required: true, options: organizationKinds },
    { name: 'district', type: 'relationship', relationTo: collectionSlugs.districts, label: { zh: '所在区', en: 'District' } },
    { name: 'description', type: 'textarea', label: { zh: '简介', en: 'Description' }, maxLength: 1000 },
    { name: 'logo', type: 'upload', relationTo: collectionSlugs.media, label: { zh: '标志', en: 'Logo' } },
  ],
}
