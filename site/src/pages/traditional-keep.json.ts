import type { APIRoute } from 'astro'

import { loadSite } from '@/data/models'

/** The 不转换词表 from 站点设置, which the 繁體 view fetches when a reader switches. */
export const GET: APIRoute = async () => {
  const { settings } = await loadSite()
  return new Response(`${JSON.stringify(settings.keepWords)}\n`, { headers: { 'content-type': 'application/json; charset=utf-8' } })
}
