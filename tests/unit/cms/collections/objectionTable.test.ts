import { describe, expect, it } from 'vitest'

import type { NoticeComment } from '@fengcai/shared/payload-types'

import { historyText, objectionTable } from '@/collections/NoticeComments/endpoints/objectionTable'

const objection = (fields: Partial<NoticeComment> & Record<string, unknown> = {}): NoticeComment => ({
  id: 1,
  receipt: 'GS-20261201-A001',
  idempotencyKey: 'k',
  kind: 'objection',
  status: 'received',
  notice: 7,
  name: '郑大海',
  phone: '13700000001',
  email: 'reader@example.com',
  content: '关于公示对象的意见。',
  createdAt: '2026-12-01T01:30:00.000Z',
  updatedAt: '2026-12-01T01:30:00.000Z',
  ...fields,
})

describe('objectionTable', () => {
  it('should write one row per objection, in Shanghai time, with labels in Chinese', () => {
    const table = objectionTable([objection({ nomineeName: '郑晓岚', status: 'under-review' })])
    expect(table.header).toEqual([
      '回执编号',
      '提交时间',
      '公示对象',
      '姓名',
      '联系电话',
      '电子邮箱',
      '异议内容',
      '证据说明',
      '状态',
      '状态变更记录',
      '办结意见',
      '答复',
      '审核备注',
    ])
    expect(table.rows).toEqual([
      ['GS-20261201-A001', '2026-12-01 09:30', '郑晓岚', '郑大海', '13700000001', 'reader@example.com', '关于公示对象的意见。', '', '核查中', '', '', '', ''],
    ])
  })

  it('should say the name was erased, and that an objection without a nominee is about the whole notice', () => {
    const [row] = objectionTable([objection({ personalDataErasedAt: '2027-06-01T00:00:00.000Z', name: null, phone: null, email: null })]).rows
    expect(row?.slice(2, 6)).toEqual(['公示整体', '（已按期删除）', '', ''])
  })

  it('should list each change of status with its time, oldest first', () => {
    expect(
      historyText([
        { status: 'received', at: '2026-12-01T01:30:00.000Z' },
        { status: 'under-review', at: '2026-12-02T06:00:00.000Z' },
        { status: 'resolved', at: '2026-12-03T16:05:00.000Z' },
      ]),
    ).toBe('已受理 2026-12-01 09:30；核查中 2026-12-02 14:00；已办结 2026-12-04 00:05')
    expect(historyText(null)).toBe('')
  })

  it('should add the 答复期限 column after the status only when an objection has a due date', () => {
    expect(objectionTable([objection(), objection()]).header).not.toContain('答复期限')
    const table = objectionTable([objection(), objection({ answerDueAt: '2026-12-15T15:59:59.000Z' }), objection({ answerDueAt: '2026-12-20T16:00:00.000Z' })])
    const due = table.header.indexOf('答复期限')
    expect(due).toBe(table.header.indexOf('状态') + 1)
    expect(table.rows.map((row) => row[due])).toEqual(['', '2026-12-15', '2026-12-20'])
    expect(table.rows.every((row) => row.length === table.header.length)).toBe(true)
  })
})
