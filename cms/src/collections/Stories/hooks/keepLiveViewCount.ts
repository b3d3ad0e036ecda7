import type { FieldHook } from 'payload'

import { collectionSlugs } from '@fengcai/shared'
import type { Story } from '@fengcai/shared/payload-types'

/**
 * The live count sits in the main row and is raised by the view beacon with SQL; a save from
 * the admin carries an older snapshot (a draft version's). Keep the live number instead.
 */
export const keepLiveViewCount: FieldHook<Story, Story['viewCount']> = async ({ value, operation, originalDoc, req, context }) => {
  if (operation !== 'update' || !originalDoc?.id || context?.seed) return value
  const live = await req.payload.db.findOne<{ id: number; viewCount?: number | null }>({
    collection: collectionSlugs.stories,
    where: { id: { equals: originalDoc.id } },
    req,
  })
  return live?.viewCount ?? value
}
