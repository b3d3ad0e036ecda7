import { describe, expect, it } from 'vitest'

import { buildSite } from '../../../site/src/data/models'
import { outcomeSummary } from '../../../site/src/data/notice-outcomes'
import type { RawDoc, Snapshot } from '../../../site/src/data/snapshot'
import { rawNotice } from '../../helpers/snapshot'

const notice = (id: number, objectionContact: Record<string, string | null> | null): RawDoc => rawNotice(id, { title: `公示${id}`, objectionContact })

const snapshotOf = (notices: RawDoc[], settings: Record<string, unknown>): Snapshot => ({
  stories: [],
  honorRolls: [],
  notices,
  galleries: [],
  columns: [],
  districts: [],
  organizations: [],
  announcements: [],
  topics: [],
  attachments: [],
  media: [],
  comments: {},
  settings,
})

describe('a notice’s 异议受理', () => {
  it('should show the site settings’ item wherever the notice leaves one empty', () => {
    const settings = {
      objectionContact: {
        department: '区志愿者协会秘书处',
        phone: '021-55550123',
        email: 'ask@example.org',
        address: '中山路1号',
        officeHours: '工作日 9:00–17:00',
      },
    }
    const site = buildSite(
      snapshotOf([notice(1, { department: '团区委', phone: '', email: null, address: null, officeHours: null }), notice(2, null)], settings),
      new Date('2026-12-05T00:00:00Z'),
    )
    const contacts = new Map(site.notices.map((item) => [item.id, item.contact]))
    expect(contacts.get('1')).toEqual({ ...settings.objectionContact, department: '团区委' })
    expect(contacts.get('2')).toEqual(settings.objectionContact)
    // The 落款 falls back to the department taking objections too.
    expect(site.notices.find((item) => item.id === '2')?.issuer).toBe('区志愿者协会秘书处')
  })
})

const nominee = (id: string, name: string, decision: string | null, decisionNote: string | null = null) => ({
  id,
  name,
  type: 'individual',
  unit: `${name}的单位`,
  category: '优秀志愿者',
  deeds: null,
  photo: null,
  story: null,
  decision,
  decisionNote,
})

const announcedNotice = (id: number, outcome: Record<string, unknown> | null, results: number | null = null): RawDoc => ({
  id,
  title: `关于第${id}批拟表彰对象的公示`,
  slug: `notice-${id}`,
  intro: null,
  nominees: [
    nominee('a', '甲', 'approved', '经核查，事迹属实。'),
    nominee('b', '乙', 'deferred'),
    nominee('c', '丙', 'rejected', '不符合申报条件。'),
    nominee('d', '丁', 'approved'),
  ],
  opensAt: '2026-11-01T00:00:00.000Z',
  closesAt: '2026-11-06T16:00:00.000Z',
  objectionContact: null,
  results,
  outcome,
})

const roll: RawDoc = {
  id: 7,
  title: '第一批优秀志愿者',
  slug: 'roll-7',
  awardingBody: '区志愿者协会',
  year: 2026,
  intro: null,
  entries: [],
  publishedAt: '2026-11-20T00:00:00.000Z',
}

const siteOf = (notices: RawDoc[], honorRolls: RawDoc[] = []) => buildSite({ ...snapshotOf(notices, {}), honorRolls }, new Date('2026-12-05T00:00:00Z'))

describe('a notice’s 结果公告', () => {
  it('should map an announced result to its page: each decided nominee in the notice’s order, with its label, note and the honour roll', () => {
    const [outcome] = siteOf([announcedNotice(1, { announced: true, announcedAt: '2026-11-18T02:00:00.000Z', note: '经公示无异议。' }, 7)], [roll]).notices.map(
      (item) => item.outcome,
    )
    expect(outcome).toEqual({
      title: '关于第1批拟表彰对象的公示结果',
      href: '/notices/notice-1/result/',
      date: { iso: '2026-11-18', label: '2026年11月18日' },
      note: '经公示无异议。',
      nominees: [
        { nomineeId: 'a', name: '甲', unit: '甲的单位', category: '优秀志愿者', decision: 'approved', label: '通过', note: '经核查，事迹属实。' },
        { nomineeId: 'b', name: '乙', unit: '乙的单位', category: '优秀志愿者', decision: 'deferred', label: '暂缓', note: '' },
        { nomineeId: 'c', name: '丙', unit: '丙的单位', category: '优秀志愿者', decision: 'rejected', label: '不予通过', note: '不符合申报条件。' },
        { nomineeId: 'd', name: '丁', unit: '丁的单位', category: '优秀志愿者', decision: 'approved', label: '通过', note: '' },
      ],
      honorRoll: { name: '第一批优秀志愿者', href: '/honors/roll-7/' },
    })
    expect(outcomeSummary(outcome as NonNullable<typeof outcome>)).toBe('通过：甲、丁；不予通过：丙；暂缓：乙')
  })

  it('should have no result page until staff announce one, and no honour roll link to a roll that is not published', () => {
    const notices = siteOf([
      announcedNotice(1, null),
      announcedNotice(2, { announced: false, note: '草拟中' }),
      announcedNotice(3, { announced: true, announcedAt: null, note: null }, 7),
    ]).notices
    const byId = new Map(notices.map((item) => [item.id, item.outcome]))
    expect(byId.get('1')).toBeNull()
    expect(byId.get('2')).toBeNull()
    // Without a date of its own the result is dated the day the period ended.
    expect(byId.get('3')).toMatchObject({ href: '/notices/notice-3/result/', date: { iso: '2026-11-07' }, note: '', honorRoll: null })
  })
})
