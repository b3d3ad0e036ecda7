import type { GlobalConfig } from 'payload'

import { ARRAY_LIMITS, globalSlugs } from '@fengcai/shared'

import { publishedOrRoles, rolesAllowed } from '@/access/roles'
import { globalPreviewEndpoint, globalPreviewUrl } from '@/lib/preview'

import { homeBlocks } from './blocks'
import { publishHomeChange, rememberLiveHome } from './hooks'

/**
 * 首页版块: the blocks of the home page in the order editors put them (焦点图, 头条, 公示 …; the
 * kinds in ./blocks). Editors and admins arrange it, save drafts of it, preview a draft in the
 * site's own layout (预览) and publish it (发布); everyone else, the site's build included, reads
 * only the published arrangement. Published without any block, the site shows its default order.
 */
export const Homepage: GlobalConfig = {
  slug: globalSlugs.homepage,
  label: { zh: '首页版块', en: 'Home page' },
  admin: {
    group: { zh: '系统', en: 'System' },
    description: {
      zh: '首页从上到下显示这些版块，拖动可调整顺序。不添加任何版块时，首页按默认顺序显示。“保存草稿”后可点“预览”查看效果，读者看不到草稿；点“发布”后首页在几秒内更新。',
      en: 'The home page shows these blocks top to bottom; empty, it shows the default order. Save a draft and preview it; publish to make it live.',
    },
    preview: globalPreviewUrl(globalSlugs.homepage),
  },
  access: { read: publishedOrRoles('editor'), readVersions: rolesAllowed('editor'), update: rolesAllowed('editor') },
  versions: { drafts: true, max: 50 },
  endpoints: [globalPreviewEndpoint(globalSlugs.homepage)],
  hooks: { beforeOperation: [rememberLiveHome], afterChange: [publishHomeChange] },
  fields: [
    {
      name: 'blocks',
      type: 'blocks',
      label: { zh: '版块', en: 'Blocks' },
      labels: { singular: { zh: '版块', en: 'Block' }, plural: { zh: '版块', en: 'Blocks' } },
      maxRows: ARRAY_LIMITS.homeBlocks,
      blocks: homeBlocks,
    },
  ],
}
