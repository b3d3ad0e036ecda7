import type { Field } from 'payload'

import { shanghaiDateTime } from './dateDisplay'

import { isStaffField } from '@/access/isStaff'

import { changeRequestLabels, changeRequests, collectionSlugs, reviewActionLabels, reviewActions, reviewStateLabels, reviewStates } from '@fengcai/shared'

/**
 * The banner at the top of the form of a document a reviewer returned: the note, who and when
 * (admin/ReturnedBanner.tsx). A UI field: nothing is stored.
 */
export const returnedBannerField = (): Field => ({
  name: 'returnedBanner',
  type: 'ui',
  admin: { components: { Field: '@/admin/ReturnedBanner#ReturnedBanner' } },
})

/** 批注: staff's internal notes on the draft, kept in `review-notes` (admin/ReviewNotes.tsx). A UI field: nothing is stored here. */
export const reviewNotesField = (): Field => ({
  name: 'reviewNotes',
  type: 'ui',
  admin: { position: 'sidebar', components: { Field: '@/admin/ReviewNotes#ReviewNotes' } },
})

/**
 * The review step's fields, in the sidebar: the author (who created the document: whose desk it is
 * on, and who is told when it is returned), the state (read-only here: the 送审 / 通过 / 退回 / 发布
 * buttons at the top of the document set it, admin/ReviewPublishButton.tsx), the reviewer's note, a writer's pending request to unpublish or delete (set by
 * the 申请撤稿/删除 button, carried out or declined by a reviewer), who changed the document last,
 * the history of steps, and the review chain's place (the stage awaiting a signature and the
 * signatures of the current submission, 初审 → 复审 → 终审). The history, the chain's place and the
 * last editor are written by the enforceReview hook only. Staff read them; the public API leaves them out (they name staff, with their email, and
 * hold internal notes).
 */
export const reviewFields = (): Field[] => [
  reviewNotesField(),
  {
    name: 'author',
    access: { read: isStaffField },
    type: 'relationship',
    relationTo: collectionSlugs.users,
    label: { zh: '作者', en: 'Author' },
    index: true,
    // Set on create and kept by the enforceReview hook, whatever a client sends.
    admin: { position: 'sidebar', readOnly: true, components: { Field: '@/admin/AuthorField#AuthorField' } },
  },
  {
    name: 'reviewState',
    access: { read: isStaffField },
    type: 'select',
    label: { zh: '审核状态', en: 'Review' },
    defaultValue: 'draft',
    options: reviewStates.map((state) => ({ value: state, label: reviewStateLabels[state] })),
    index: true,
    admin: {
      position: 'sidebar',
      readOnly: true,
      description: { zh: '用页面上方的“送审”“通过”“退回”“发布”按钮办理。', en: 'Set by the 送审, 通过, 退回 and 发布 buttons at the top.' },
    },
  },
  {
    name: 'reviewNote',
    access: { read: isStaffField },
    type: 'textarea',
    label: { zh: '审核意见', en: 'Review note' },
    maxLength: 1000,
    admin: {
      position: 'sidebar',
      readOnly: true,
      description: { zh: '退回、驳回申请、撤稿时在按钮的对话框中填写。', en: 'Written in the dialog of 退回, 驳回 and 撤稿.' },
    },
  },
  {
    name: 'changeRequest',
    access: { read: isStaffField },
    type: 'select',
    label: { zh: '待处理申请', en: 'Pending request' },
    options: changeRequests.map((request) => ({ value: request, label: changeRequestLabels[request] })),
    admin: {
      position: 'sidebar',
      readOnly: true,
      description: { zh: '编辑申请撤稿或删除，由审核员执行或驳回。', en: 'A writer asks; a reviewer carries it out or declines.' },
    },
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
    // What a request sends here is never kept: hooks/enforceReview writes the history from the stored one.
    custom: { writtenBy: 'hooks/enforceReview' },
    label: { zh: '审核记录', en: 'Review history' },
    labels: { singular: { zh: '记录', en: 'Step' }, plural: { zh: '记录', en: 'Steps' } },
    admin: { position: 'sidebar', readOnly: true, initCollapsed: true, components: { RowLabel: '@/admin/ReviewLogRow#ReviewLogRow' } },
    fields: [
      {
        name: 'action',
        type: 'select',
        label: { zh: '步骤', en: 'Step' },
        options: reviewActions.map((action) => ({ value: action, label: reviewActionLabels[action] })),
        required: true,
      },
      { name: 'by', type: 'text', label: { zh: '操作人', en: 'By' } },
      { name: 'at', type: 'date', label: { zh: '时间', en: 'At' }, admin: { date: shanghaiDateTime } },
      { name: 'stage', type: 'number', label: { zh: '审核级别', en: 'Stage' } },
      // The name at the time, so renaming a stage in 站点设置 leaves the history as it was.
      { name: 'stageName', type: 'text', label: { zh: '级别名称', en: 'Stage name' } },
      { name: 'note', type: 'textarea', label: { zh: '意见', en: 'Note' } },
      { name: 'overrideReason', type: 'textarea', label: { zh: '仍要发布的理由', en: 'Reason to publish anyway' } },
    ],
  },
  // Under the history: Payload's version diff of the newest submission, 送审 against its last approval.
  {
    name: 'reviewCompare',
    type: 'ui',
    admin: { position: 'sidebar', components: { Field: '@/admin/ReviewCompareLink#ReviewCompareLink' } },
  },
  {
    name: 'reviewStage',
    access: { read: isStaffField },
    type: 'number',
    label: { zh: '待签审核级别', en: 'Stage awaiting' },
    admin: { position: 'sidebar', readOnly: true, description: { zh: '待审核时，等待哪一级签发。', en: 'While submitted: the stage awaiting a signature.' } },
  },
  {
    name: 'signatures',
    access: { read: isStaffField },
    type: 'array',
    custom: { writtenBy: 'hooks/enforceReview' },
    label: { zh: '本次送审的签发', en: 'Signatures of this submission' },
    labels: { singular: { zh: '签发', en: 'Signature' }, plural: { zh: '签发', en: 'Signatures' } },
    admin: { position: 'sidebar', readOnly: true, initCollapsed: true },
    fields: [
      { name: 'stage', type: 'number', label: { zh: '审核级别', en: 'Stage' }, required: true },
      { name: 'userId', type: 'number', label: { zh: '签发人编号', en: 'User id' }, required: true },
      { name: 'by', type: 'text', label: { zh: '签发人', en: 'By' } },
      { name: 'at', type: 'date', label: { zh: '时间', en: 'At' }, admin: { date: shanghaiDateTime } },
      { name: 'note', type: 'textarea', label: { zh: '意见', en: 'Note' } },
      { name: 'overrideReason', type: 'textarea', label: { zh: '仍要发布的理由', en: 'Reason to publish anyway' } },
    ],
  },
]
