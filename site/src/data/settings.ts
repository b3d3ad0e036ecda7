/** 站点设置: what the footer, the privacy page and the 繁體 view take from the CMS. */
import { z } from 'zod'

import { parseKeepWords } from '@fengcai/shared'

import { text } from './common'

const settingsSchema = z.object({
  organizer: text,
  operator: text,
  contact: z.object({ phone: text, email: text, address: text }).nullish(),
  icp: text,
  icpUrl: text,
  policeRecord: text,
  policeRecordUrl: text,
  privacy: text,
  keepWords: text,
})

export type SiteSettings = {
  organizer: string
  operator: string
  contact: { phone: string; email: string; address: string }
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
    icp: filing(settings.icp, settings.icpUrl, 'https://beian.miit.gov.cn/'),
    policeRecord: filing(settings.policeRecord, settings.policeRecordUrl, 'https://beian.mps.gov.cn/'),
    privacy: settings.privacy.split(/\n\s*\n/).map((paragraph) => paragraph.trim()).filter(Boolean),
    keepWords: parseKeepWords(settings.keepWords),
  }
}
