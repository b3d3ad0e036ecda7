/** 公示结果: what became of each nominee once a notice closed, in the admin and on the site. */
export const nomineeDecisions = ['approved', 'rejected', 'deferred'] as const
export type NomineeDecision = (typeof nomineeDecisions)[number]

/** Labels shown in the admin and on the 结果公告 page; Chinese first, English for the English UI. */
export const nomineeDecisionLabels: Record<NomineeDecision, { zh: string; en: string }> = {
  approved: { zh: '通过', en: 'Approved' },
  rejected: { zh: '不予通过', en: 'Not approved' },
  deferred: { zh: '暂缓', en: 'Deferred' },
}

/** The last part of a notice's 结果公告 address: `/notices/<slug>/result/`. */
export const NOTICE_RESULT_PAGE = 'result'
