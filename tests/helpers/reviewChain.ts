/** The review chains the test helpers set in 站点设置 → 审核流程 (helpers/payload.ts, helpers/stack.ts). */
import { chainCollections } from '@fengcai/shared'
import type { ReviewChainConfig } from '@fengcai/shared'

import type { RouteClient } from './routes'

/**
 * One stage for every collection: the single review step the tests from before the chain were
 * written for. A test of the chain asks for `'default'` (初审 → 复审 → 终审) or its own.
 */
export const oneStageChain: ReviewChainConfig = Object.fromEntries(chainCollections.map((key) => [key, { stages: ['审核'] }])) as ReviewChainConfig

/** What `POST /api/<collection>/:id/review` answered: its status, its message (or first error's), and its body. */
export type StepAnswer = { status: number; message: string; body: { reviewState?: string; reviewStage?: number | null; _status?: string } }

/** One review step over the route, as the admin's buttons send it, by a user whose token is `token`. */
export const reviewStepOver = async (
  client: RouteClient,
  collection: string,
  id: number,
  body: Record<string, unknown>,
  token: string | undefined,
): Promise<StepAnswer> => {
  const answer = await client.post(`${collection}/${id}/review`, {
    headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
    body: JSON.stringify(body),
  })
  const parsed = JSON.parse(answer.text) as StepAnswer['body'] & { message?: string; errors?: { message: string }[] }
  return { status: answer.status, message: parsed.errors?.[0]?.message ?? parsed.message ?? '', body: parsed }
}
