import type { FieldAccess, NumberFieldManyValidation } from 'payload'
import type { Field } from 'payload'

import { hasRole, highestReviewStage, reviewStagesRefusal } from '@fengcai/shared'

import { isAdminField } from '@/access/isAdmin'

/** A user's review stages are theirs to see, and every administrator's. */
const adminOrSelf: FieldAccess = ({ req: { user }, id, doc }) =>
  hasRole(user, 'admin') || (user !== null && user !== undefined && String(user.id) === String(id ?? doc?.id))

const validateStages: NumberFieldManyValidation = (value) => reviewStagesRefusal(value) ?? true

/** Every stage: a new user, or a reviewer from before the chain, may sign any (one stage per submission still). */
export const allReviewStages = Array.from({ length: highestReviewStage }, (_, index) => index + 1)

/**
 * The stages of a review chain (初审 1, 复审 2, 终审 3) the user may sign, when a reviewer.
 * Administrators sign any stage whatever this says; only they set it (refused out loud to anyone
 * else, hooks/refuseRoleChange).
 */
export const reviewStagesField: Field = {
  name: 'reviewStages',
  type: 'number',
  hasMany: true,
  maxRows: highestReviewStage,
  label: { zh: '可签发的审核级别', en: 'Review stages' },
  defaultValue: allReviewStages,
  min: 1,
  max: highestReviewStage,
  validate: validateStages,
  access: { read: adminOrSelf, create: isAdminField, update: isAdminField },
  admin: {
    description: {
      zh: `审核员可以签发的级别：1 为初审，2 为复审，3 为终审（按站点设置中的审核流程）。管理员可签发任何一级。`,
      en: 'The stages a reviewer may sign (1 to 3); admins sign any.',
    },
  },
}
