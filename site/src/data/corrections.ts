/** 网站纠错: where its form posts and fetches its proof of work (the CMS's public address). */
import { collectionSlugs } from '@fengcai/shared'

import { cmsPublicUrl } from './client'

export const correctionFormUrls = (): { submitUrl: string; challengeUrl: string } => {
  const api = `${cmsPublicUrl()}/api/${collectionSlugs.siteCorrections}`
  return { submitUrl: `${api}/submit`, challengeUrl: `${api}/challenge` }
}
