/** Columns, districts and organisations: the terms stories are filed under. */
import { z } from 'zod'

import { id, refId, relation, text } from './common'
import { pageOf } from './routes'
import type { RawDoc } from './raw'

export const taxonomySchema = z.object({ id, name: z.string(), slug: z.string(), description: text, kind: text, order: z.number().nullish() })
export const organizationSchema = taxonomySchema.extend({ district: relation, logo: relation })

export type Taxonomy = {
  id: string
  name: string
  slug: string
  href: string
  description: string
  kind: string
  /** An organisation's district (its id), for the district page's list of organisations. */
  districtId: string | null
}

export const toTaxonomy = (raw: RawDoc, section: 'columns' | 'districts' | 'organizations'): Taxonomy => {
  const parsed = (section === 'organizations' ? organizationSchema : taxonomySchema).parse(raw)
  const district = 'district' in parsed ? refId(parsed.district) : null
  return {
    id: parsed.id,
    name: parsed.name,
    slug: parsed.slug,
    href: pageOf(section, parsed.slug),
    description: parsed.description,
    kind: parsed.kind,
    districtId: district,
  }
}
