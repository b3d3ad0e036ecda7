import { describe, expect, it } from 'vitest'

import { prePublishFindings } from '@fengcai/shared'

import { richText } from '../../helpers/lexical'

const now = new Date('2026-12-05T08:00:00Z')
const DAY = 24 * 3600_000
const recent = new Date(now.getTime() - 2 * DAY).toISOString()
const kinds = (findings: { kind: string }[]) => findings.map((finding) => finding.kind)

describe('prePublishFindings', () => {
  it('should find nothing in a recent story of plain prose', () => {
    const body = '12月3日上午，徐汇区志愿者来到社区，为老人测量血压。\n首页这个词出现在句子里也无妨，比如回到首页查看新闻中心的通知。'
    expect(prePublishFindings({ publishedAt: recent, body, now })).toEqual([])
  })

  it('should warn of an empty date and of a date older than 30 days, but not of one 29 days old', () => {
    expect(kinds(prePublishFindings({ publishedAt: null, body: '正文。', now }))).toEqual(['date-missing'])
    expect(kinds(prePublishFindings({ publishedAt: '', body: '正文。', now }))).toEqual(['date-missing'])
    const old = prePublishFindings({ publishedAt: new Date(now.getTime() - 2 * 365 * DAY).toISOString(), body: '正文。', now })
    expect(old).toEqual([{ kind: 'date-old', message: expect.stringContaining('2024年12月5日') }])
    expect(old[0]?.message).toContain('早于 30 天前')
    expect(prePublishFindings({ publishedAt: new Date(now.getTime() - 29 * DAY), body: '正文。', now })).toEqual([])
    expect(kinds(prePublishFindings({ publishedAt: new Date(now.getTime() - 31 * DAY), body: '正文。', now }))).toEqual(['date-old'])
  })

  it('should point at each line of page furniture, with the phrase and the line', () => {
    const lines = [
      '首页 新闻中心 志愿服务 通知公告',
      '当前位置：首页 > 新闻中心 > 正文',
      '12月3日，志愿者走进社区开展义诊。',
      '浏览次数：2231',
      '上一篇：社区议事会召开',
      '分享到：微信 微博',
      '版权所有 © 某区志愿者协会  沪ICP备12345678号',
    ]
    const findings = prePublishFindings({ publishedAt: recent, body: lines.join('\n'), now })
    expect(kinds(findings)).toEqual(['furniture', 'furniture', 'furniture', 'furniture', 'furniture', 'furniture'])
    expect(findings[0]?.message).toContain('第 1 段有一串导航栏目名')
    expect(findings[1]?.message).toContain('“当前位置”')
    expect(findings[2]?.message).toContain('浏览次数：2231')
    expect(findings.map((finding) => finding.message).join('')).not.toContain('义诊')
  })

  it('should read the body of a Lexical document, and cut a long line short', () => {
    const long = `下一篇：${'很长的标题'.repeat(20)}`
    const findings = prePublishFindings({ publishedAt: recent, body: richText('开头一段。', '首页 | 关于我们 | 联系我们', long), now })
    expect(findings.map((finding) => finding.message)).toEqual([expect.stringContaining('第 2 段有一串导航栏目名'), expect.stringContaining('…')])
  })

  it('should not take a sentence of short phrases for a menu', () => {
    expect(prePublishFindings({ publishedAt: recent, body: '团结 友爱 互助 进步', now })).toEqual([])
    expect(prePublishFindings({ publishedAt: recent, body: '志愿服务 让城市更温暖，新闻中心 记者 报道', now })).toEqual([])
  })
})
