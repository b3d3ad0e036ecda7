import type { Field } from 'payload'

import { BEIJING_TIME, shanghaiDateTime } from './dateDisplay'

/** When the item counts as published for readers; set to now on first publish when left empty. */
export const publishedAtField = (): Field => ({
  name: 'publishedAt',
  type: 'date',
  label: { zh: '发布时间', en: 'Published at' },
  index: true,
  admin: { position: 'sidebar', date: shanghaiDateTime, description: BEIJING_TIME },
  hooks: {
    beforeChange: [
      ({ value, siblingData }) => {
        if (value) return value
        return siblingData?._status === 'published' ? new Date().toISOString() : value
      },
    ],
  },
})
