import { describe, expect, it } from 'vitest'

import { pendingSummaryMail } from '@/lib/mailTemplates'

const openRow = { noticeTitle: '社区之星公示', closesAt: '2026年10月20日', pendingComments: 2, openObjections: 1, adminUrl: 'https://cms.test/a' }
const overdueRow = {
  receipt: 'GS-20260930-AB12',
  noticeTitle: '国庆前公示',
  nomineeName: null,
  dueText: '答复期限至2026年10月13日，已超期 2 天',
  adminUrl: 'https://cms.test/b',
}

describe('pendingSummaryMail', () => {
  it('should list overdue objections in a section of their own, counted in the subject', () => {
    const mail = pendingSummaryMail({ date: '2026年10月15日', rows: [openRow], overdue: [overdueRow], listUrl: 'https://cms.test/list' })
    expect(mail.subject).toBe('公示留言待处理汇总（2026年10月15日）：待审核留言 2 条，未办结异议 1 条，超期未答复异议 1 件')
    expect(mail.text).toContain('· 社区之星公示（公示至2026年10月20日）')
    expect(mail.text).toContain(
      '以下 1 件异议已超过答复期限，尚未办结，请尽快答复：\n\n· 回执 GS-20260930-AB12：国庆前公示，异议对象 整个公示，答复期限至2026年10月13日，已超期 2 天\n  https://cms.test/b',
    )
    expect(mail.html).toContain('已超期 2 天')
  })

  it('should say nothing of deadlines when none is overdue, and nothing of open notices when there are none', () => {
    const open = pendingSummaryMail({ date: '2026年10月15日', rows: [openRow], listUrl: 'https://cms.test/list' })
    expect(open.subject).not.toContain('超期')
    expect(open.text).not.toContain('答复期限')
    const late = pendingSummaryMail({ date: '2026年10月15日', rows: [], overdue: [overdueRow], listUrl: 'https://cms.test/list' })
    expect(late.text).not.toContain('公示期内的公示')
    expect(late.text).toContain('回执 GS-20260930-AB12')
  })
})
