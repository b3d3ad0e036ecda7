/** 站点设置: what the footer, the privacy page and the 繁體 view take from the CMS. */
import { z } from 'zod'

import { parseKeepWords } from '@fengcai/shared'
import type { SiteSetting as SiteSettingsDoc } from '@fengcai/shared/payload-types'

import { text } from './common'
import type { FieldsOf } from './raw'

/** 异议受理: a notice's, or the settings' default for what a notice leaves empty. */
export const objectionContactSchema = z.object({ department: text, phone: text, email: text, address: text, officeHours: text })

export type ObjectionContact = z.output<typeof objectionContactSchema>

const noContact: ObjectionContact = { department: '', phone: '', email: '', address: '', officeHours: '' }

/** Each item of a notice's contact, else the settings' default for it. */
export const contactWithDefaults = (own: Partial<ObjectionContact> | null | undefined, defaults: ObjectionContact): ObjectionContact => {
  const entries = Object.keys(noContact).map((key) => {
    const name = key as keyof ObjectionContact
    return [name, own?.[name] || defaults[name]]
  })
  return Object.fromEntries(entries) as ObjectionContact
}

const settingsSchema = z.object({
  organizer: text,
  operator: text,
  contact: z.object({ phone: text, email: text, address: text }).nullish(),
  objectionContact: objectionContactSchema.nullish(),
  icp: text,
  icpUrl: text,
  policeRecord: text,
  policeRecordUrl: text,
  privacy: text,
  keepWords: text,
} satisfies FieldsOf<SiteSettingsDoc>)

export type SiteSettings = {
  organizer: string
  operator: string
  contact: { phone: string; email: string; address: string }
  /** What a notice shows for each item of its 异议受理 left empty. */
  objectionContact: ObjectionContact
  icp: { label: string; href: string } | null
  policeRecord: { label: string; href: string } | null
  /** The privacy statement's paragraphs. */
  privacy: string[]
  /** Words the 繁體 view leaves as they are (besides the names each page marks). */
  keepWords: string[]
}

const filing = (label: string, href: string, fallback: string) => (label ? { label, href: href || fallback } : null)

export const toSettings = (raw: Record<string, unknown> | undefined): SiteSettings => {
  const settings = settingsSchema.parse(raw ?? {})
  return {
    organizer: settings.organizer,
    operator: settings.operator,
    contact: { phone: settings.contact?.phone ?? '', email: settings.contact?.email ?? '', address: settings.contact?.address ?? '' },
    objectionContact: contactWithDefaults(settings.objectionContact, noContact),
    icp: filing(settings.icp, settings.icpUrl, 'https://beian.miit.gov.cn/'),
    policeRecord: filing(settings.policeRecord, settings.policeRecordUrl, 'https://beian.mps.gov.cn/'),
    privacy: settings.privacy
      .split(/\n\s*\n/)
      .map((paragraph) => paragraph.trim())
      .filter(Boolean),
    keepWords: parseKeepWords(settings.keepWords),
  }
}
