import type { Field, TextFieldManyValidation } from 'payload'

import { chainCollectionLabels, chainCollections, defaultReviewChain, maxReviewStages, reviewChainConfigSchema } from '@fengcai/shared'
import type { ChainCollection } from '@fengcai/shared'

import { isAdminField } from '@/access/isAdmin'
import { isStaffField } from '@/access/isStaff'

const isEmpty = (value: unknown): boolean => value === null || value === undefined || (Array.isArray(value) && value.length === 0)

/**
 * The stage names of one collection, checked by the schema the review chain is read with
 * (`reviewChainConfigSchema` in shared), in its Chinese words. Left empty where it was never
 * set (settings saved before the review chain existed), the default chain applies (`chainFor`).
 */
const validateStages =
  (collection: ChainCollection): TextFieldManyValidation =>
  (value, { previousValue }) => {
    if (isEmpty(value) && isEmpty(previousValue)) return true
    const parsed = reviewChainConfigSchema.shape[collection].shape.stages.safeParse(value ?? [])
    return parsed.success ? true : (parsed.error.issues[0]?.message ?? '审核流程的设置不正确。')
  }

/**
 * 审核流程: per collection, the names of its review stages in order (初审 → 复审 → 终审 by
 * default); the last one publishes. Only administrators change it, and only staff read it: the site
 * does not need it. Read on the server with `chainFor` (hooks/reviewChainContext.ts).
 */
export const reviewChainField = (): Field => ({
  name: 'reviewChain',
  type: 'group',
  label: { zh: '审核流程', en: 'Review chain' },
  access: { read: isStaffField, update: isAdminField },
  admin: {
    description: {
      zh: '每类内容发布前要经过的审核级别，按顺序填写名称；最后一级通过即发布。同一次送审的各级须由不同的人签发。只有管理员可以修改。',
      en: 'The review stages of each kind of content, in order; the last one publishes. One person signs one stage of a submission. Admins only.',
    },
  },
  fields: chainCollections.map((collection): Field => ({
    name: collection,
    type: 'group',
    label: { zh: chainCollectionLabels[collection], en: collection },
    fields: [
      {
        name: 'stages',
        type: 'text',
        hasMany: true,
        label: { zh: '各级名称', en: 'Stage names' },
        defaultValue: defaultReviewChain[collection].stages,
        maxRows: maxReviewStages[collection],
        validate: validateStages(collection),
        admin: {
          description: {
            zh: `1 到 ${maxReviewStages[collection]} 级，例如 ${defaultReviewChain[collection].stages.join('、')}。`,
            en: `1 to ${maxReviewStages[collection]} stages.`,
          },
        },
      },
    ],
  })),
})
