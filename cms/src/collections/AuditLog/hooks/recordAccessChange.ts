import type { CollectionAfterChangeHook } from 'payload'

import { collectionSlugs, roleLabels } from '@fengcai/shared'
import type { Role } from '@fengcai/shared'

import { recordAudit } from '../record'
import type { AuditAction } from '../actions'

const stageNames: Record<number, string> = { 1: '初审', 2: '复审', 3: '终审' }

type Watched = { field: 'roles' | 'reviewStages'; action: AuditAction; label: (value: unknown) => string }

const watched: Watched[] = [
  { field: 'roles', action: 'rolesChanged', label: (role) => roleLabels[role as Role]?.zh ?? String(role) },
  { field: 'reviewStages', action: 'reviewStagesChanged', label: (stage) => stageNames[Number(stage)] ?? `第 ${String(stage)} 级` },
]

const listOf = (value: unknown): unknown[] => (Array.isArray(value) ? [...value].sort() : [])

const described = (values: unknown[], label: Watched['label']): string => (values.length ? values.map(label).join('、') : '无')

/**
 * Who may do what is written to the 操作日志 whenever it changes: a user's roles or review stages
 * set on a new account or changed on an existing one, on every path that saves a user (REST single
 * and bulk, GraphQL, the admin, server code), in the save's transaction.
 */
export const recordAccessChange: CollectionAfterChangeHook = async ({ doc, operation, previousDoc, req }) => {
  for (const { field, action, label } of watched) {
    const before = operation === 'create' ? [] : listOf(previousDoc?.[field])
    const after = listOf(doc[field])
    if (JSON.stringify(before) === JSON.stringify(after)) continue
    const note = operation === 'create' ? `新建账号：${described(after, label)}` : `${described(before, label)} → ${described(after, label)}`
    await recordAudit(req, { action, collection: collectionSlugs.users, docId: doc.id, title: doc.email, note })
  }
  return doc
}
