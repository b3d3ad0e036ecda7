// The import worker thread's entry (run by piscina, see ./pool.ts): the reader is TypeScript,
// loaded through tsx in this thread whatever loaded the CMS itself (Next's bundle, tsx, vitest).
import { register } from 'tsx/esm/api'

register()
const { ImportFileError, readArticleHere } = await import('./readArticle.ts')

/** One import: the cleaned article, or the editor's message for an input it cannot read. */
export default async function readArticleTask({ file, input }) {
  try {
    return { ok: true, article: await readArticleHere(file, input) }
  } catch (error) {
    if (error instanceof ImportFileError) return { ok: false, message: error.message, status: error.status }
    throw error
  }
}
