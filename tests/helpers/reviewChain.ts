/** The review chains the test helpers set in 站点设置 → 审核流程 (helpers/payload.ts, helpers/stack.ts). */
import { chainCollections } from '@fengcai/shared'
import type { ReviewChainConfig } from '@fengcai/shared'

/**
 * One stage for every collection: the single review step the tests from before the chain were
 * written for. A test of the chain asks for `'default'` (初审 → 复审 → 终审) or its own.
 */
export const oneStageChain: ReviewChainConfig = Object.fromEntries(chainCollections.map((key) => [key, { stages: ['审核'] }])) as ReviewChainConfig
