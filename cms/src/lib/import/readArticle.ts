/**
 * Turns what an editor brought (a Word file, an HTML or text file, pasted text) into the cleaned
 * article. The work of one import, CPU-bound and as large as its input: it runs in the import
 * worker thread (./pool.ts), never on the CMS's event loop.
 */
import mammoth from 'mammoth'

import { parseArticle } from '@fengcai/shared/import/article'
import type { ImportedArticle } from '@fengcai/shared/import/article'

import { ArchiveRefusal, checkDocxDirectory, verifyDocxParts } from './docxArchive'
import { ImportFileError } from './input'
import type { ImportInput } from './input'

export { ImportFileError }

/** Text in UTF-8, or else GB18030 (a superset of GBK and GB2312, what old Chinese sites saved). */
export const decodeText = (bytes: Uint8Array): string => {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    // Not valid UTF-8: old Chinese pages were saved in GB18030 or one of its subsets.
    return new TextDecoder('gb18030').decode(bytes)
  }
}

const looksBinary = (text: string): boolean => {
  const sample = text.slice(0, 4000)
  const control = sample.match(/[\u0000-\u0008\u000e-\u001f\ufffd]/g)?.length ?? 0
  return sample.length > 0 && control / sample.length > 0.02
}

const wordHtml = async (file: string, bytes: Uint8Array): Promise<string> => {
  try {
    verifyDocxParts(bytes, checkDocxDirectory(bytes))
  } catch (error) {
    if (error instanceof ArchiveRefusal) throw new ImportFileError(`无法读取 Word 文件“${file}”：${error.message}`, error.status)
    throw error
  }
  try {
    return (await mammoth.convertToHtml({ buffer: Buffer.from(bytes) })).value
  } catch (error) {
    throw new ImportFileError(
      `无法读取 Word 文件“${file}”：文件已损坏，或并不是 .docx 格式（${error instanceof Error ? error.message.slice(0, 80) : String(error)}）。`,
    )
  }
}

/** The cleaned article of one input, in this thread. */
export const readArticleHere = async (file: string, input: ImportInput): Promise<ImportedArticle> => {
  if (input.kind === 'docx') return parseArticle(await wordHtml(file, input.bytes), { html: true })
  const text = input.kind === 'text' ? input.text : decodeText(input.bytes)
  if (input.kind === 'file' && looksBinary(text)) throw new ImportFileError(`文件“${file}”不是文本文件，无法读取。`)
  return parseArticle(text, { html: input.html })
}
