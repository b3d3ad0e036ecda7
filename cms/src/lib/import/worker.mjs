// The import worker thread's entry (run by piscina, see ./pool.ts): the reader is TypeScript,
// loaded through the workspace's TypeScript hooks in this thread whatever loaded the CMS itself
// (Next's bundle, the scripts' own hooks, vitest).
await import('../../../scripts/lib/typescript-hooks.mjs')
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
