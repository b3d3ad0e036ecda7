import { answerDueDay, commentStatusLabels, formatDateTimeZh } from '@fengcai/shared'
import type { CommentStatus } from '@fengcai/shared'
import type { NoticeComment } from '@fengcai/shared/payload-types'

/** One notice's objections as the review committee reads them: a header and a row per objection. */
export type ObjectionTable = { header: string[]; rows: string[][] }

const COLUMNS = [
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
] as const
const DUE_COLUMN = '答复期限'
/** The due date goes right after the status, where a meeting looks for what is late. */
const DUE_AFTER = COLUMNS.indexOf('状态')

const isStatus = (value: string): value is CommentStatus => value in commentStatusLabels

const statusLabel = (status: string): string => (isStatus(status) ? commentStatusLabels[status].zh : status)

/** `已受理 2026-12-01 09:30；核查中 2026-12-02 14:00`: each change of status and when, oldest first. */
export const historyText = (history: NoticeComment['statusHistory']): string =>
  (history ?? []).map((entry) => `${statusLabel(entry.status)} ${formatDateTimeZh(new Date(entry.at))}`).join('；')

/** The objection's due date as a Shanghai day (the day it is due by), or '' when it has none. */
export const dueDay = (doc: NoticeComment): string => (doc.answerDueAt ? answerDueDay(new Date(doc.answerDueAt)) : '')

const cells = (doc: NoticeComment): string[] => [
  doc.receipt,
  formatDateTimeZh(new Date(doc.createdAt)),
  doc.nomineeName || '公示整体',
  doc.personalDataErasedAt ? '（已按期删除）' : (doc.name ?? ''),
  doc.phone ?? '',
  doc.email ?? '',
  doc.content,
  doc.evidence ?? '',
  statusLabel(doc.status),
  historyText(doc.statusHistory),
  doc.resolution ?? '',
  doc.reply ?? '',
  doc.moderatorNote ?? '',
]

/**
 * The table both exports write, so the CSV and the Excel file hold the same rows cell for cell.
 * The 答复期限 column is there only when one of the objections has a due date.
 */
export const objectionTable = (docs: readonly NoticeComment[]): ObjectionTable => {
  const due = docs.map(dueDay)
  const withDue = due.some((day) => day !== '')
  const insert = <T>(row: readonly T[], value: T): T[] => (withDue ? [...row.slice(0, DUE_AFTER + 1), value, ...row.slice(DUE_AFTER + 1)] : [...row])
  return {
    header: insert<string>(COLUMNS, DUE_COLUMN),
    rows: docs.map((doc, index) => insert(cells(doc), due[index] ?? '')),
  }
}
