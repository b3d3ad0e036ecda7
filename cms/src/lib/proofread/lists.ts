import type { Payload } from 'payload'

import { globalSlugs } from '@fengcai/shared'
import { compileLists, siteListsOf } from '@fengcai/shared/proofread'
import type { CompiledLists, ProofreadLists, StoredProofreadLists } from '@fengcai/shared/proofread'

/** The lists as last read, by the settings' `updatedAt` then. */
let lastRead: { updatedAt: string; lists: ProofreadLists } | null = null

/**
 * The site's own proofreading lists, from 站点设置 → 校对词表: its extra confusions (wrong → right),
 * its 规范表述 names with their wrong forms, and its 敏感词. Each call asks the database only for the
 * settings' `updatedAt`, and reads the lists again when it has changed: several CMS instances may
 * run, and a change saved on another instance shows in `updatedAt` here. The same lists object is
 * given until then, so compileLists finds its automata without looking at the content.
 */
export const siteProofreadLists = async (payload: Payload): Promise<ProofreadLists> => {
  const stamp = await payload.findGlobal({ slug: globalSlugs.siteSettings, select: { updatedAt: true }, depth: 0, overrideAccess: true })
  const updatedAt = String(stamp.updatedAt ?? '')
  if (lastRead?.updatedAt === updatedAt) return lastRead.lists
  // The whole settings: with `select`, Payload 3.90 leaves out the hasMany wrong forms inside the array rows.
  const settings = await payload.findGlobal({ slug: globalSlugs.siteSettings, depth: 0, overrideAccess: true })
  const lists = Object.freeze(siteListsOf(settings.proofreadLists as StoredProofreadLists | undefined))
  // The stamp of the lists read, which a save made between the two reads has moved on from.
  lastRead = { updatedAt: String(settings.updatedAt ?? ''), lists }
  return lists
}

/**
 * The compiled matcher for the site's lists plus the built-in dictionary. Compiling 50,000 entries
 * takes about a second, so it is done once per version of the lists: compileLists keeps the
 * automata by the lists object and by their content, and compiles again only when they change.
 */
export const proofreadMatcher = async (payload: Payload): Promise<CompiledLists> => compileLists(await siteProofreadLists(payload))
