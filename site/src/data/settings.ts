/** 站点设置: what the footer (its marks among it), the privacy, about and accessibility pages and the 繁體 view take from the CMS. */
import { z } from 'zod'

import { parseKeepWords } from '@fengcai/shared'
import type { SiteSetting as SiteSettingsDoc } from '@fengcai/shared/payload-types'

import { relation, text } from './common'
import { toImage } from './media'
import type { Image } from './media'
import type { FieldsOf } from './raw'
import { richTextToHtml } from './richtext'

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
  siteCode: text,
  partyMark: z.object({ image: relation.optional(), href: text }).nullish(),
  qrCodes: z.array(z.object({ label: text, alt: text, image: relation })).nullish(),
  about: relation.optional(),
  accessibility: relation.optional(),
} satisfies FieldsOf<SiteSettingsDoc>)

/** A new-media QR code of the footer: its name (微信公众号…) and the image with its alt text. */
export type QrCode = { label: string; image: Image }

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
  /** 网站标识码. */
  siteCode: string
  /** The 党政机关 mark, where the owner is one: its image and the page that verifies it. */
  partyMark: { image: Image; href: string } | null
  qrCodes: QrCode[]
  /** 关于我们 and the 无障碍/适老化 statement, as HTML ('' when not written). */
  aboutHtml: string
  accessibilityHtml: string
}

/** What the settings' images and rich text are resolved with (the media of the snapshot). */
export type SettingsLookups = { media: (value: unknown) => unknown; richText: (data: unknown) => unknown }

const filing = (label: string, href: string, fallback: string) => (label ? { label, href: href || fallback } : null)

export const toSettings = (raw: Record<string, unknown> | undefined, lookups: SettingsLookups): SiteSettings => {
  const settings = settingsSchema.parse(raw ?? {})
  const partyImage = toImage(lookups.media(settings.partyMark?.image), 'full')
  const qrCodes = (settings.qrCodes ?? []).flatMap((row): QrCode[] => {
    const image = toImage(lookups.media(row.image), 'full')
    // The alt text is the editor's, required in the admin: it says whose account the code opens.
    return image ? [{ label: row.label, image: { ...image, alt: row.alt || row.label } }] : []
  })
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
    siteCode: settings.siteCode,
    partyMark: partyImage ? { image: partyImage, href: settings.partyMark?.href ?? '' } : null,
    qrCodes,
    aboutHtml: settings.about ? richTextToHtml(lookups.richText(settings.about)) : '',
    accessibilityHtml: settings.accessibility ? richTextToHtml(lookups.richText(settings.accessibility)) : '',
  }
}
