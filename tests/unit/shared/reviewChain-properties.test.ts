import { describe, expect, it } from 'vitest'

import { reviewChainStep, reviewSteps } from '@fengcai/shared'
import type { ChainUser, ReviewChain, ReviewChainState } from '@fengcai/shared'

import { seededRandom } from '../../helpers/random'

const RUNS = 400
const STEPS = 50
const ROLE_SETS = [['editor'], ['notice-staff'], ['reviewer'], ['reviewer'], ['reviewer'], ['admin'], ['editor', 'reviewer']] as const
const NAMES = ['初审', '复审', '终审']
// Approvals weigh more, so that three-stage walks reach the end often enough to test it.
const ACTIONS = [...reviewSteps, 'approve', 'approve'] as const

const pickFrom = <T>(random: () => number, items: readonly T[]): T => items[Math.floor(random() * items.length)] as T

const randomUser = (random: () => number, id: number): ChainUser => ({
  id,
  name: `用户${id}`,
  roles: pickFrom(random, ROLE_SETS),
  reviewStages: random() < 0.15 ? null : [1, 2, 3].filter(() => random() < 0.5),
})

/** What the rule allows, written out independently of the module: admins sign any stage, reviewers theirs (any, in a one-stage chain). */
const maySign = (user: ChainUser, stage: number, chain: ReviewChain): boolean => {
  if (user.roles?.includes('admin')) return true
  if (!user.roles?.includes('reviewer')) return false
  return chain.stages.length === 1 || Boolean(user.reviewStages?.includes(stage))
}

describe('reviewChainStep on random sequences of steps by random users', () => {
  it('should publish only after every stage is signed in order, by different people allowed to sign them', () => {
    const random = seededRandom(20261206)
    const published = [0, 0, 0]
    const returned = [0, 0, 0]
    for (let run = 0; run < RUNS; run += 1) {
      const chain = { stages: NAMES.slice(0, 1 + Math.floor(random() * 3)) }
      const last = chain.stages.length
      const users = Array.from({ length: 3 + Math.floor(random() * 4) }, (_, index) => randomUser(random, index + 1))
      // Some documents were approved before chains existed, with no signatures.
      let doc: ReviewChainState = { reviewState: random() < 0.2 ? 'approved' : 'draft', reviewStage: null, signatures: [] }
      // The approvals since the last 送审 or 退回, kept by the test from the history entries alone.
      let approvals: { stage: number; userId: number | string }[] = []
      for (let step = 0; step < STEPS; step += 1) {
        if (doc.reviewState === 'approved' && random() < 0.1) {
          // A writer's edit after approval reopens the draft (the CMS's hook); its old signatures must not count.
          doc = { ...doc, reviewState: 'draft' }
          approvals = []
        }
        const user = pickFrom(random, users)
        const action = pickFrom(random, ACTIONS)
        const note = random() < 0.7 ? '请核对' : pickFrom(random, [null, '', '  '])
        const blockingFindings = random() < 0.2 ? 1 + Math.floor(random() * 3) : 0
        const overrideReason = random() < 0.5 ? '已与作者确认' : null
        const context = JSON.stringify({ run, step, chain: last, user, action, note, blockingFindings, overrideReason, doc })
        const result = reviewChainStep({ chain, doc, user, action, note, overrideReason, blockingFindings, at: `t${step}` })

        if (action === 'return' && !note?.trim()) expect(result, context).toHaveProperty('refusal')
        if ('refusal' in result) {
          expect([400, 403, 409], context).toContain(result.refusal.status)
          expect(result.refusal.message, context).toMatch(/[\u4e00-\u9fff]/)
          continue
        }
        const next = result.next
        if (next.logEntry?.action === 'submitted') approvals = []
        if (next.logEntry?.action === 'approved') approvals.push({ stage: next.logEntry.stage ?? 0, userId: user.id })
        if (next.logEntry?.action === 'returned') {
          approvals = []
          returned[last - 1] = (returned[last - 1] ?? 0) + 1
          expect(note?.trim(), context).toBeTruthy()
          expect(next.signatures, context).toEqual([])
          expect(next.reviewState, context).toBe('returned')
        }

        const signers = next.signatures.map((signature) => signature.userId)
        expect(new Set(signers).size, context).toBe(signers.length)
        for (const signature of next.signatures) {
          const signer = users.find((one) => one.id === signature.userId)
          expect(signer && maySign(signer, signature.stage, chain), context).toBe(true)
        }
        expect(
          next.signatures.map((signature) => signature.stage),
          context,
        ).toEqual(next.signatures.map((_, index) => index + 1))
        if (next.reviewState === 'submitted') expect(next.reviewStage, context).toBe(next.signatures.length + 1)

        if (next.publish) {
          published[last - 1] = (published[last - 1] ?? 0) + 1
          const inOrder = Array.from({ length: last }, (_, index) => index + 1)
          expect(next.reviewState, context).toBe('approved')
          expect(
            next.signatures.map((signature) => signature.stage),
            context,
          ).toEqual(inOrder)
          expect(
            approvals.map((approval) => approval.stage),
            context,
          ).toEqual(inOrder)
          expect(new Set(approvals.map((approval) => approval.userId)).size, context).toBe(last)
          if (blockingFindings > 0) expect(overrideReason, context).toBeTruthy()
          if (blockingFindings > 0 && next.logEntry) expect(next.signatures.at(-1)?.overrideReason, context).toBe(overrideReason)
        }
        doc = next
      }
    }
    // The walk must reach the interesting ends for every chain length, or it proves nothing.
    for (const count of [...published, ...returned]) expect(count).toBeGreaterThan(40)
  })
})
