import type { Field } from 'payload'

import { ARRAY_LIMITS, collectionSlugs } from '@fengcai/shared'

/** 所属专题: the 专题专栏 a story, gallery, notice or 通知公告 is gathered into (a few at most). */
export const topicsField = (): Field => ({
  name: 'topics',
  type: 'relationship',
  relationTo: collectionSlugs.topics,
  hasMany: true,
  maxRows: ARRAY_LIMITS.topicsPerDocument,
  label: { zh: '所属专题', en: 'Topics' },
  admin: {
    position: 'sidebar',
    description: { zh: `最多 ${ARRAY_LIMITS.topicsPerDocument} 个；内容会出现在专题页上。`, en: 'Shown on each topic page.' },
  },
})
