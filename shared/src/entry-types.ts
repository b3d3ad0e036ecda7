/**
 * What a nominee (公示对象) or an honouree (荣誉榜获奖者) is. A notice names individuals,
 * collectives and projects; an honour roll may also honour an organisation.
 */
export const nomineeTypes = ['individual', 'collective', 'project'] as const
export const honoreeTypes = [...nomineeTypes, 'organization'] as const

export type NomineeType = (typeof nomineeTypes)[number]
export type HonoreeType = (typeof honoreeTypes)[number]

/** Labels shown in the admin and on the site; Chinese first, English for the selectable English UI. */
export const entryTypeLabels: Record<HonoreeType, { zh: string; en: string }> = {
  individual: { zh: '个人', en: 'Individual' },
  collective: { zh: '集体', en: 'Collective' },
  project: { zh: '项目', en: 'Project' },
  organization: { zh: '组织', en: 'Organisation' },
}
