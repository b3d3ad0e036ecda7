import { describe, expect, it } from 'vitest'

import { buildSite } from '../../../site/src/data/models'
import type { RawDoc, Snapshot } from '../../../site/src/data/snapshot'

const notice = (id: number, objectionContact: Record<string, string | null> | null): RawDoc => ({
  id,
  title: `公示${id}`,
  slug: `notice-${id}`,
  intro: null,
  nominees: [],
  opensAt: '2026-12-01T00:00:00.000Z',
  closesAt: '2026-12-11T16:00:00.000Z',
  objectionContact,
  results: null,
})

const snapshotOf = (notices: RawDoc[], settings: Record<string, unknown>): Snapshot => ({
  stories: [],
  honorRolls: [],
  notices,
  galleries: [],
  columns: [],
  districts: [],
  organizations: [],
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
