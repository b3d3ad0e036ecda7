import type { GlobalAfterChangeHook, GlobalConfig } from 'payload'

import { ARRAY_LIMITS, globalSlugs } from '@fengcai/shared'

import { anyone } from '@/access/anyone'
import { rolesAllowed } from '@/access/roles'
import { recordSiteSettingsChange } from '@/collections/AuditLog/hooks/recordSiteSettingsChange'
import { recordSiteChange } from '@/hooks/triggerSiteRebuild'

import { homeBlocks } from './blocks'

/** The home page shows the blocks: a change of them (not of the timestamps alone) republishes it. */
const republishHome: GlobalAfterChangeHook = async ({ doc, previousDoc, req }) => {
  if (JSON.stringify(doc?.blocks ?? []) === JSON.stringify(previousDoc?.blocks ?? [])) return doc
  await recordSiteChange(req, { collection: globalSlugs.homepage, id: 'global', reason: 'homepage changed' })
  return doc
}

/**
 * 首页版块: the blocks of the home page in the order editors put them (焦点图, 头条, 公示 …; the
 * kinds in ./blocks). Editors and admins arrange it; everyone may read it (the site is built from
 * the public API). Saved without any block, the site shows its default order.
 */
export const Homepage: GlobalConfig = {
  slug: globalSlugs.homepage,
  label: { zh: '首页版块', en: 'Home page' },
  admin: {
    group: { zh: '系统', en: 'System' },
    description: {
      zh: '首页从上到下显示这些版块，拖动可调整顺序。不添加任何版块时，首页按默认顺序显示。保存后首页在几秒内更新。',
      en: 'The home page shows these blocks top to bottom; empty, it shows the default order.',
    },
  },
  access: { read: anyone, update: rolesAllowed('editor') },
  // Saves are written to the 操作日志 like 站点设置's.
  hooks: { afterChange: [republishHome, recordSiteSettingsChange] },
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
