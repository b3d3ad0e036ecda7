import type { APIRoute } from 'astro'

import { loadSite } from '@/data/models'
import { searchTermsMap } from '@/data/search-terms'
import { toTraditional } from '@/data/to-traditional'

/** The names of columns, districts and organisations → their search tokens, for the search page. */
export const GET: APIRoute = async () => {
  const site = await loadSite()
  return new Response(`${JSON.stringify(searchTermsMap(site, toTraditional))}\n`, { headers: { 'content-type': 'application/json; charset=utf-8' } })
}
