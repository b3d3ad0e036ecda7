import type { GlobalAfterChangeHook, GlobalBeforeOperationHook, PayloadRequest } from 'payload'

import { globalSlugs, homeBlockKinds } from '@fengcai/shared'

import { recordAudit } from '@/collections/AuditLog/record'
import { recordSiteChange } from '@/hooks/triggerSiteRebuild'
import { publicError } from '@/lib/errors'

type Blocks = { blockType: string }[]

/**
 * The blocks the public API gives and the site is built from: those of the live row when it is
 * published, none otherwise (the site then shows its default order). A draft save leaves the
 * live row as it is; a publish and a version restore write it.
 */
const liveBlocks = async (req: PayloadRequest): Promise<Blocks> => {
  const live = await req.payload.db.findGlobal({ slug: globalSlugs.homepage, req, where: { _status: { equals: 'published' } } })
  return ((live as { blocks?: Blocks } | null)?.blocks ?? []) as Blocks
}

const liveBeforeKey = 'homepage:liveBefore'

/**
 * Before a save or a restore: remembers what the public sees now, since `previousDoc` is the
 * newest version, a draft perhaps. A restore that would take the arrangement off the home page
 * (restored as a draft, or a draft version: Payload 3.90 globals/operations/restoreVersion.js
 * writes the live row with the version's status either way) is refused.
 */
export const rememberLiveHome: GlobalBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation === 'restoreVersion') {
    const { id, draft } = args as { id?: number | string; draft?: boolean }
    const version =
      id === undefined ? null : await req.payload.db.findGlobalVersions({ global: globalSlugs.homepage, req, limit: 1, where: { id: { equals: id } } })
    const status = (version?.docs[0]?.version as { _status?: string } | undefined)?._status
    if (draft || (version?.docs.length && status !== 'published'))
      throw publicError('恢复为草稿会撤下首页现有的版块，因此不能这样恢复：请选择一个已发布的版本直接恢复（不勾选“存为草稿”）。', 400)
  }
  if (operation === 'update') {
    const { draft, autosave, data } = args as { draft?: boolean; autosave?: boolean; data?: Record<string, unknown> }
    // A save that is not a draft publishes (as the admin's 发布 says outright): without this, a save
    // through the API or the seed without `_status` would keep the newest version's status, a draft's.
    if (!draft && !autosave && data && data._status === undefined) args = { ...args, data: { ...data, _status: 'published' } }
  }
  if (operation === 'update' || operation === 'restoreVersion') req.context[liveBeforeKey] = JSON.stringify(await liveBlocks(req))
  return args
}

/** The kinds of the blocks, in order, for the 操作日志. */
const kindsOf = (blocks: Blocks): string =>
  blocks.length ? blocks.map((block) => homeBlockKinds[block.blockType as keyof typeof homeBlockKinds] ?? block.blockType).join('、') : '无（按默认顺序显示）'

/**
 * When what the public sees changed (a publish or restore with other blocks; not a draft save, not
 * a publish of the same blocks): the home page is queued for publishing and the 操作日志 has a row.
 */
export const publishHomeChange: GlobalAfterChangeHook = async ({ doc, req }) => {
  const before = req.context[liveBeforeKey]
  delete req.context[liveBeforeKey]
  const live = await liveBlocks(req)
  if (JSON.stringify(live) === before) return doc
  await recordSiteChange(req, { collection: globalSlugs.homepage, id: 'global', reason: 'homepage changed' })
  await recordAudit(req, { action: 'homepagePublished', collection: globalSlugs.homepage, docId: 'global', title: '首页版块', note: `版块：${kindsOf(live)}` })
  return doc
}
