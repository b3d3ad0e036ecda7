/**
 * The article importer's I/O: reading the files editors bring (Word, HTML, text in UTF-8 or the
 * GB18030 of old Chinese sites), flagging likely duplicates, and writing drafts, never published
 * content. The cleaning itself is pure and lives in shared/src/import.
 */
import path from 'node:path'

import { sql } from '@payloadcms/db-postgres'
import type { Payload, PayloadRequest } from 'payload'

import { collectionSlugs } from '@fengcai/shared'
import type { ImportedArticle } from '@fengcai/shared/import/article'

import { ArchiveRefusal, checkDocxDirectory } from '@/lib/import/docxArchive'
import { readArticle } from '@/lib/import/pool'
import { ImportFileError } from '@/lib/import/input'
import type { ImportInput } from '@/lib/import/input'
import { heading, paragraph, richText } from '@/lib/lexical'
import { execute } from '@/upstream/payload'

export const IMPORT_EXTENSIONS = ['.docx', '.html', '.htm', '.txt'] as const
/** The largest file or pasted text the importer reads. */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024

export { ImportFileError }
export type { ImportInput }

/**
 * What the importer will read of a file, by its extension, checked at once on the CMS's own thread
 * (cheap: the name, the size, a Word file's zip directory); a clear Chinese error for anything else.
 * The reading itself happens in an import thread (readArticle).
 */
export const readImportFile = (name: string, bytes: Uint8Array): ImportInput => {
  const extension = path.extname(name).toLowerCase()
  if (extension === '.doc') throw new ImportFileError(`“${name}”是旧版 Word 文件（.doc），无法直接读取：请在 Word 中另存为 .docx 后再导入。`, 415)
  if (!(IMPORT_EXTENSIONS as readonly string[]).includes(extension)) {
    throw new ImportFileError(`不支持的文件类型“${extension || '无扩展名'}”（${name}）：请使用 .docx、.html 或 .txt 文件。`, 415)
  }
  if (bytes.byteLength === 0) throw new ImportFileError(`文件“${name}”是空的。`)
  if (bytes.byteLength > MAX_IMPORT_BYTES) throw new ImportFileError(`文件“${name}”超过 10 MB，请拆分后再导入。`, 413)
  if (extension !== '.docx') return { kind: 'file', bytes, html: extension !== '.txt' }
  // A .docx is a zip archive: it starts with "PK", and its directory says what it inflates to.
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) throw new ImportFileError(`无法读取 Word 文件“${name}”：文件已损坏，或并不是 .docx 格式。`)
  try {
    checkDocxDirectory(bytes)
  } catch (error) {
    if (error instanceof ArchiveRefusal) throw new ImportFileError(`无法读取 Word 文件“${name}”：${error.message}`, error.status)
    throw error
  }
  return { kind: 'docx', bytes }
}

export type Duplicate = { id: number; title: string; reason: '标题相同' | '第一段相同' }

/** A run of the first paragraph that can be searched for as it is stored (no quotes or escapes). */
const searchableRun = (text: string): string | null => {
  const run = text.split(/["\\\n]/)[0]?.slice(0, 40) ?? ''
  return [...run].length >= 15 ? run : null
}

/** Stories, draft or published, with the same title or the same first paragraph. */
export const findDuplicates = async (payload: Payload, article: ImportedArticle): Promise<Duplicate[]> => {
  const found = new Map<number, Duplicate>()
  if (article.title) {
    const rows = await execute<{ id: number; title: string }>(payload, sql`SELECT id, title FROM stories WHERE title = ${article.title} ORDER BY id LIMIT 5`)
    for (const row of rows) found.set(row.id, { id: row.id, title: row.title, reason: '标题相同' })
  }
  const run = article.paragraphs[0] ? searchableRun(article.paragraphs[0]) : null
  if (run) {
    const rows = await execute<{ id: number; title: string }>(
      payload,
      sql`SELECT id, title FROM stories WHERE strpos(body::text, ${run}) > 0 ORDER BY id LIMIT 5`,
    )
    for (const row of rows) if (!found.has(row.id)) found.set(row.id, { id: row.id, title: row.title, reason: '第一段相同' })
  }
  return [...found.values()]
}

export type ImportResult = ImportedArticle & {
  file: string
  duplicates: Duplicate[]
  /** The drafts written (null on a dry run). */
  storyId: number | null
  honorRollId: number | null
}

/** The cleaned article with its duplicates flagged, as the endpoint and the CLI report it. */
export const analyseImport = async (payload: Payload, file: string, input: ImportInput): Promise<ImportResult> => {
  const article = await readArticle(file, input)
  const duplicates = await findDuplicates(payload, article)
  for (const duplicate of duplicates) article.warnings.push(`可能重复：已有新闻稿《${duplicate.title}》（编号 ${duplicate.id}，${duplicate.reason}）`)
  if (article.captions.length) article.warnings.push(`找到 ${article.captions.length} 条图片说明，未放入正文：请上传图片后填写说明`)
  return { ...article, file, duplicates, storyId: null, honorRollId: null }
}

type Writer = { payload: Payload; req?: Partial<PayloadRequest>; user: PayloadRequest['user'] }

const draftTitle = (result: ImportResult): string =>
  (result.title ?? `（待定标题）${result.paragraphs[0]?.split(/[。！？]/)[0]?.slice(0, 30) ?? path.basename(result.file)}`).slice(0, 120)

/**
 * Writes the article as a story draft, and its honour roll (if any) as an honour-roll draft
 * linked to it, with the user's own rights: an editor can, a reader cannot.
 */
export const writeDrafts = async ({ payload, req, user }: Writer, result: ImportResult): Promise<ImportResult> => {
  const body = richText(result.blocks.map((block) => (block.type === 'heading' ? heading(block.text) : paragraph(block.text))))
  const story = await payload.create({
    collection: collectionSlugs.stories,
    draft: true,
    overrideAccess: false,
    user,
    req,
    data: {
      title: draftTitle(result),
      body: body as never,
      source: result.source ?? undefined,
      correspondent: result.correspondent ?? undefined,
      reporter: result.reporter ?? undefined,
      responsibleEditor: result.responsibleEditor ?? undefined,
      publishedAt: result.publishedAt ?? undefined,
      _status: 'draft',
    },
  })
  let honorRollId: number | null = null
  if (result.honorRoll?.entries.length) {
    const year = result.publishedAt ? Number(result.publishedAt.slice(0, 4)) : undefined
    const roll = await payload.create({
      collection: collectionSlugs.honorRolls,
      draft: true,
      overrideAccess: false,
      user,
      req,
      data: {
        title: result.honorRoll.title,
        awardingBody: result.source ?? '',
        year: year as number,
        entries: result.honorRoll.entries.map((entry) => ({
          honoreeName: entry.name.slice(0, 120),
          type: entry.type,
          unit: entry.unit?.slice(0, 120) ?? undefined,
          award: entry.award.slice(0, 120),
          story: story.id,
        })),
        _status: 'draft',
      },
    })
    honorRollId = roll.id as number
  }
  return { ...result, storyId: story.id as number, honorRollId }
}
