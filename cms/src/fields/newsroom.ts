import type { Field } from 'payload'

const person = (name: string, zh: string, en: string): Field => ({
  name,
  type: 'text',
  label: { zh, en },
  maxLength: 80,
})

/** The byline block every newsroom item carries, in the order readers see it. */
export const newsroomFields = (): Field => ({
  type: 'collapsible',
  label: { zh: '稿件信息', en: 'Newsroom metadata' },
  fields: [
    {
      type: 'row',
      fields: [
        person('source', '消息来源', 'Source'),
        person('correspondent', '通讯员', 'Correspondent'),
        person('reporter', '记者', 'Reporter'),
        person('responsibleEditor', '责任编辑', 'Responsible editor'),
      ],
    },
  ],
})
