// POST /api/stories/import[?dryRun=1] — an editor's article import: a file (multipart `file`) or pasted text (JSON `text`).
import { addDataAndFileToRequest, headersWithCors } from 'payload'
import type { Endpoint, PayloadRequest } from 'payload'

import { hasRole } from '@fengcai/shared'
import { looksLikeHtml } from '@fengcai/shared/import/html'

import { publicError } from '@/lib/errors'
import { ImportFileError, MAX_IMPORT_BYTES, analyseImport, readImportFile, writeDrafts } from '@/lib/importer'
import type { ImportInput } from '@/lib/importer'

const json = (req: PayloadRequest, body: unknown, status = 200): Response =>
  Response.json(body, { status, headers: headersWithCors({ headers: new Headers({ 'cache-control': 'no-store' }), req }) })

const truthy = (value: unknown): boolean => value === true || value === 'true' || value === '1' || value === 'on'

export const importArticles: Endpoint = {
  path: '/import',
  method: 'post',
  handler: async (req) => {
    if (!req.user) throw publicError('请先登录后台。', 401)
    if (!hasRole(req.user, 'editor', 'admin')) throw publicError('只有编辑可以导入文章。', 403)
    await addDataAndFileToRequest(req)
    const data = (req.data ?? {}) as { text?: unknown; filename?: unknown; dryRun?: unknown }
    const dryRun = truthy(data.dryRun) || truthy(new URL(req.url ?? 'http://x/').searchParams.get('dryRun'))

    let file = '粘贴的内容'
    let result
    try {
      let input: ImportInput
      if (req.file) {
        file = req.file.name
        input = readImportFile(req.file.name, req.file.data)
      } else if (typeof data.text === 'string' && data.text.trim()) {
        if (Buffer.byteLength(data.text) > MAX_IMPORT_BYTES) throw publicError('粘贴的内容超过 10 MB，请拆分后再导入。', 413)
        if (typeof data.filename === 'string' && data.filename.trim()) file = data.filename.trim().slice(0, 200)
        input = { kind: 'text', text: data.text, html: looksLikeHtml(data.text) }
      } else throw publicError('请粘贴文章内容，或选择一个 .docx、.html、.txt 文件。', 400, { field: 'text' })
      result = await analyseImport(req.payload, file, input)
    } catch (error) {
      if (error instanceof ImportFileError) throw publicError(error.message, error.status, { field: req.file ? 'file' : 'text' })
      throw error
    }

    if (dryRun) return json(req, { dryRun: true, result })
    const written = await writeDrafts({ payload: req.payload, req, user: req.user }, result)
    return json(req, { dryRun: false, result: written }, 201)
  },
}
