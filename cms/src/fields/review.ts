import type { Field } from 'payload'

import { shanghaiDateTime } from './dateDisplay'

import { isStaffField } from '@/access/isStaff'

import { changeRequestLabels, changeRequests, reviewActionLabels, reviewActions, reviewStateLabels, reviewStates } from '@fengcai/shared'

/**
 * The review step's fields, in the sidebar: the state (editors set 待审核 by 送审; reviewers set
 * 已通过 or 已退回), the reviewer's note, a writer's pending request to unpublish or delete (set by
 * the 申请撤稿/删除 button, carried out or declined by a reviewer), who changed the document last,
 * and the history of steps. The history and the last editor are written by the enforceReview hook
 * only. Staff read them; the public API leaves them out (they name staff, with their email, and
 * hold internal notes).
 */
export const reviewFields = (): Field[] => [
  {
    name: 'reviewState',
    access: { read: isStaffField },
    type: 'select',
    label: { zh: '审核状态', en: 'Review' },
    defaultValue: 'draft',
    options: reviewStates.map((state) => ({ value: state, label: reviewStateLabels[state] })),
    index: true,
    admin: { position: 'sidebar', description: { zh: '编辑“送审”后由审核员通过并发布，或退回修改。', en: 'Editors submit; reviewers approve and publish, or return with a note.' } },
  },
  {
    name: 'reviewNote',
    access: { read: isStaffField },
    type: 'textarea',
    label: { zh: '审核意见', en: 'Review note' },
    maxLength: 1000,
    admin: {
      position: 'sidebar',
      description: { zh: '退回、驳回申请时必填；撤稿时写明原因。', en: 'Required when returning or declining a request; the reason of an unpublish.' },
    },
  },
  {
    name: 'changeRequest',
    access: { read: isStaffField },
    type: 'select',
    label: { zh: '待处理申请', en: 'Pending request' },
    options: changeRequests.map((request) => ({ value: request, label: changeRequestLabels[request] })),
    admin: { position: 'sidebar', readOnly: true, description: { zh: '编辑申请撤稿或删除，由审核员执行或驳回。', en: 'A writer asks; a reviewer carries it out or declines.' } },
  },
  {
    name: 'changeRequestReason',
    access: { read: isStaffField },
    type: 'textarea',
    label: { zh: '申请理由', en: 'Reason' },
    maxLength: 1000,
    admin: { position: 'sidebar', readOnly: true },
  },
  {
    name: 'updatedByName',
    access: { read: isStaffField },
    type: 'text',
    label: { zh: '最后修改人', en: 'Last changed by' },
    admin: { position: 'sidebar', readOnly: true },
  },
  {
    name: 'reviewLog',
    access: { read: isStaffField },
    type: 'array',
    label: { zh: '审核记录', en: 'Review history' },
    labels: { singular: { zh: '记录', en: 'Step' }, plural: { zh: '记录', en: 'Steps' } },
    admin: { position: 'sidebar', readOnly: true, initCollapsed: true, components: { RowLabel: '@/admin/ReviewLogRow#ReviewLogRow' } },
    fields: [
      { name: 'action', type: 'select', label: { zh: '步骤', en: 'Step' }, options: reviewActions.map((action) => ({ value: action, label: reviewActionLabels[action] })), required: true },
      { name: 'by', type: 'text', label: { zh: '操作人', en: 'By' } },
      { name: 'at', type: 'date', label: { zh: '时间', en: 'At' }, admin: { date: shanghaiDateTime } },
      { name: 'note', type: 'textarea', label: { zh: '意见', en: 'Note' } },
    ],
  },
]
