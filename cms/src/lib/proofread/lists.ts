import type { Payload } from 'payload'

import { compileLists } from '@fengcai/shared/proofread'
import type { CompiledLists, ProofreadLists } from '@fengcai/shared/proofread'

/** No lists of the site's own: the built-in confusion dictionary alone, which compileLists always adds. */
const NO_SITE_LISTS: ProofreadLists = Object.freeze({ confusions: [], officialNames: [], sensitive: [] })

/**
 * SEAM: the site's own proofreading lists. They will be read here from the 站点设置 global
 * (`globalSlugs.siteSettings`): its extra confusions (wrong → right), its 规范表述 names with
 * their wrong forms, and its 敏感词, in the shape of `ProofreadLists`; every caller goes through
 * this function, so that is the one change. Until the global holds them, the site has none.
 */
export const siteProofreadLists = async (_payload: Payload): Promise<ProofreadLists> => NO_SITE_LISTS

/**
 * The compiled matcher for the site's lists plus the built-in dictionary. Compiling 50,000 entries
 * takes about a second, so it is done once per version of the lists: compileLists keeps the
 * automata by the lists object and by their content, and compiles again only when they change.
 */
export const proofreadMatcher = async (payload: Payload): Promise<CompiledLists> => compileLists(await siteProofreadLists(payload))
