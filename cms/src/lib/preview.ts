/**
 * 预览: a draft as readers will see it once published, rendered by the site's own pages and styles
 * in the site worker (site/src/worker: it keeps the site's renderer loaded), for signed-in staff
 * who may read the draft (of a story, say) or change the global (the 首页版块). Never cached, never indexed, never shown without a session.
 */
import { randomBytes } from 'node:crypto'

import { headersWithCors } from 'payload'
import type { CollectionSlug, Endpoint, FlattenedField, GeneratePreviewURL, GlobalSlug, PayloadRequest } from 'payload'

import { collectionSlugs, formatMomentZh } from '@fengcai/shared'
import { escapeHtml } from '@fengcai/shared/html/escape'
import { walkHtml } from '@fengcai/shared/html/walk'

import { isStaff } from '@/access/isStaff'
import { nullIfNotFound, publicError } from '@/lib/errors'
import { mediaOf } from '@/lib/mediaOf'
import { cmsPublicUrl, siteUrls } from '@/lib/urls'

const PREVIEW_TIMEOUT_MS = 30_000
/** How often an open preview asks whether the draft was saved again. */
const REFRESH_MS = 3_000

/** The admin's 预览 button opens this (Payload's `admin.preview`). */
export const previewUrl =
  (collection: CollectionSlug): GeneratePreviewURL =>
  (doc) =>
    doc?.id ? `${cmsPublicUrl()}/api/${collection}/${doc.id}/preview` : null

/** 在网站查看 beside a document's buttons (src/admin/ViewOnSite.tsx). */
export const viewOnSite = (collection: CollectionSlug) => ({ path: '@/admin/ViewOnSite#ViewOnSite', serverProps: { collection } })

/** The worker's preview address, next to its nudge address (SITE_REBUILD_URL). */
const workerPreviewUrl = (): string | null => {
  const nudge = process.env.SITE_REBUILD_URL
  return nudge ? new URL('/preview', nudge).href : null
}

/** A value as a JavaScript literal inside <script>: no `</script>` or `<!--` can end the element early. */
const scriptLiteral = (value: unknown): string => JSON.stringify(value).replace(/</g, '\\u003c')

/**
 * Where the dressing goes: after the page's first <head> and <body> start tags (not <header>), and
 * before its last </body> (-1 where the page has none), as the one HTML walker finds them.
 */
const placesIn = (html: string): { head: number; body: number; bodyEnd: number } => {
  const places = { head: -1, body: -1, bodyEnd: -1 }
  walkHtml(html, {
    open: ({ name, end }) => {
      if ((name === 'head' || name === 'body') && places[name] < 0) places[name] = end
    },
    close: (name, start) => {
      if (name === 'body') places.bodyEnd = start
    },
  })
  return places
}

/** The page the worker rendered, told apart as a preview and refreshed when the draft is saved. */
export const dressPreview = (
  html: string,
  { site, cms, api, updatedAt, nonce }: { site: string; cms: string; api: string; updatedAt: string; nonce: string },
): string => {
  const saved = formatMomentZh(new Date(updatedAt))
  const head = `<base href="${escapeHtml(site)}/"><meta name="robots" content="noindex, nofollow">`
  const banner =
    `<div role="status" style="position:sticky;top:0;z-index:1000;background:#7a2e0e;color:#fff;padding:.6rem 1rem;font-size:1rem;line-height:1.5">` +
    `预览：这是尚未发布的草稿（保存于 ${escapeHtml(saved)}，上海时间），读者看不到。保存后本页会自动更新。</div>`
  const refresh =
    `<script nonce="${escapeHtml(nonce)}">(() => { const url = ${scriptLiteral(`${cms}${api}`)}; const seen = ${scriptLiteral(updatedAt)};` +
    ` setInterval(async () => { if (document.hidden) return; try { const r = await fetch(url, { credentials: 'include', cache: 'no-store' });` +
    ` if (r.ok && (await r.json()).updatedAt !== seen) location.reload() } catch {} }, ${REFRESH_MS}) })()</script>`
  const places = placesIn(html)
  const inserts = [
    { at: places.head, text: head },
    { at: places.body, text: banner },
    { at: places.bodyEnd < 0 ? html.length : places.bodyEnd, text: refresh },
  ]
    .filter(({ at }) => at >= 0)
    .sort((a, b) => a.at - b.at)
  let dressed = ''
  let position = 0
  for (const { at, text } of inserts) {
    dressed += html.slice(position, at) + text
    position = at
  }
  return dressed + html.slice(position)
}

/**
 * The media documents a draft uses, as the public API gives them: the worker's copy may not have
 * a picture uploaded a moment ago yet (it takes new uploads in through the publishing queue).
 */
const mediaOfDraft = async (req: PayloadRequest, fields: FlattenedField[], doc: object): Promise<unknown[]> => {
  const ids = mediaOf(fields, doc).filter((id) => /^\d{1,12}$/.test(id))
  if (!ids.length) return []
  const { docs } = await req.payload.find({
    collection: collectionSlugs.media,
    where: { id: { in: ids.slice(0, 500).map(Number) } },
    depth: 0,
    limit: 500,
    pagination: false,
    overrideAccess: false,
    req,
  })
  return docs
}

/** What is previewed: a collection's document or a global (the worker renders the page that shows it). */
type Subject = { collection: CollectionSlug } | { global: GlobalSlug }

/**
 * The page the worker renders with the draft in place, dressed as a preview, with the headers that
 * keep it private: never cached, never indexed, scripts only from the site and the refresh's nonce.
 * `api` is the CMS address the open preview polls for a newer save.
 */
const servePreview = async (
  req: PayloadRequest,
  { subject, doc, fields, api }: { subject: Subject; doc: object; fields: FlattenedField[]; api: string },
): Promise<Response> => {
  const target = workerPreviewUrl()
  if (!target) throw publicError('预览服务未配置：网站发布进程的地址（SITE_REBUILD_URL）未设置。', 503)
  let answer: Response
  try {
    answer = await fetch(target, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-rebuild-secret': process.env.SITE_REBUILD_SECRET ?? '' },
      body: JSON.stringify({ ...subject, doc, media: await mediaOfDraft(req, fields, doc) }),
      signal: AbortSignal.timeout(PREVIEW_TIMEOUT_MS),
    })
  } catch (error) {
    req.payload.logger.error({ err: error, msg: 'preview: the site worker did not answer' })
    throw publicError('预览服务暂时不可用（网站发布进程没有响应），请稍后再试。', 503)
  }
  if (!answer.ok) {
    const message = ((await answer.json().catch(() => ({}))) as { message?: string }).message
    throw publicError(message ?? `预览失败（HTTP ${answer.status}）。`, answer.status >= 500 ? 502 : answer.status)
  }
  const nonce = randomBytes(16).toString('base64')
  const site = siteUrls()[0] as string
  const cms = cmsPublicUrl()
  const html = dressPreview(await answer.text(), {
    site,
    cms,
    api,
    updatedAt: String((doc as { updatedAt?: string }).updatedAt ?? ''),
    nonce,
  })
  const policy = [
    "default-src 'none'",
    `style-src ${site} 'unsafe-inline'`,
    `img-src ${site} ${cms} data: blob:`,
    `font-src ${site} data:`,
    `script-src 'nonce-${nonce}' ${site}`,
    "connect-src 'self'",
    `base-uri ${site}`,
    "form-action 'none'",
    "frame-ancestors 'self'",
  ].join('; ')
  return new Response(html, {
    status: 200,
    headers: headersWithCors({
      headers: new Headers({
        'content-type': 'text/html; charset=utf-8',
        'cache-control': 'no-store, private',
        'x-robots-tag': 'noindex, nofollow',
        'content-security-policy': policy,
        'referrer-policy': 'no-referrer',
        'x-content-type-options': 'nosniff',
      }),
      req,
    }),
  })
}

const signInFirst = () => publicError('请先登录后台，再打开预览。', 401)

/** `GET /api/<collection>/:id/preview`: the draft's page, for staff who may read it. */
export const previewEndpoint = (collection: CollectionSlug): Endpoint => ({
  path: '/:id/preview',
  method: 'get',
  handler: async (req: PayloadRequest) => {
    if (!req.user) throw signInFirst()
    if (!isStaff({ req })) throw publicError('没有预览权限。', 403)
    const id = String(req.routeParams?.id ?? '')
    if (!/^\d{1,12}$/.test(id)) throw publicError('编号格式不正确。', 400, { field: 'id' })
    const doc = await req.payload
      .findByID({ collection, id: Number(id), draft: true, depth: 0, overrideAccess: false, user: req.user, req })
      .catch(nullIfNotFound)
    if (!doc) throw publicError('找不到这篇内容，或您无权查看。', 404)
    const fields = req.payload.collections[collection].config.flattenedFields
    return servePreview(req, { subject: { collection }, doc, fields, api: `/api/${collection}/${id}?draft=true&depth=0&select[updatedAt]=true` })
  },
})

/** The 预览 button of a global with drafts (the 首页版块). */
export const globalPreviewUrl =
  (global: GlobalSlug): GeneratePreviewURL =>
  () =>
    `${cmsPublicUrl()}/api/globals/${global}/preview`

/**
 * `GET /api/globals/<global>/preview`: the page showing the global's newest draft, for those who
 * may change the global (reading its draft needs no less; others would be shown the published one).
 */
export const globalPreviewEndpoint = (global: GlobalSlug): Endpoint => ({
  path: '/preview',
  method: 'get',
  handler: async (req: PayloadRequest) => {
    if (!req.user) throw signInFirst()
    const config = req.payload.config.globals.find((candidate) => candidate.slug === global)
    if (!config || (await config.access.update({ req })) !== true) throw publicError('没有预览权限：只有可以修改这项内容的编辑和管理员能预览。', 403)
    const doc = await req.payload.findGlobal({ slug: global, draft: true, depth: 0, overrideAccess: false, user: req.user, req })
    return servePreview(req, {
      subject: { global },
      doc,
      fields: config.flattenedFields,
      api: `/api/globals/${global}?draft=true&depth=0&select[updatedAt]=true`,
    })
  },
})
