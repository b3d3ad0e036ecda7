import { readFile } from 'node:fs/promises'
import path from 'node:path'

import { afterAll, describe, expect, it } from 'vitest'

import { IMPORT_BUDGET, importThreads } from '@/lib/import/pool'
import { ImportFileError } from '@/lib/import/input'
import { readArticleHere } from '@/lib/import/readArticle'

import { docxOf, documentXml } from '../../../../helpers/docx'
import { repoRoot } from '../../../../helpers/stack'

const failureOf = async (work: Promise<unknown>): Promise<ImportFileError> => {
  try {
    await work
  } catch (error) {
    if (error instanceof ImportFileError) return error
    throw error
  }
  throw new Error('not refused')
}

/** A long pasted page: paragraphs of ordinary story text. */
const longPage = (paragraphs: number): string =>
  Array.from({ length: paragraphs }, (_, index) => `<p>第${index}段：社区志愿者走进养老院，陪老人聊天、剪发、读报，一直忙到傍晚。</p>`).join('\n')

describe('import threads', () => {
  const threads = importThreads()
  // Room to start a thread and read an ordinary story, not a 1.5 MB page.
  const tight = importThreads({ ...IMPORT_BUDGET, heapMb: 24, threads: 1 })
  afterAll(async () => {
    await Promise.all([threads.close(), tight.close()])
  })

  it('should read a Word file and pasted HTML exactly as in this thread', async () => {
    const bytes = await readFile(path.join(repoRoot, 'tests/fixtures/import/library-corner.docx'))
    expect(await threads.read('library-corner.docx', { kind: 'docx', bytes })).toEqual(await readArticleHere('library-corner.docx', { kind: 'docx', bytes }))
    const text = `<h1>标题</h1>${longPage(5)}`
    expect(await threads.read('粘贴的内容', { kind: 'text', text, html: true })).toEqual(
      await readArticleHere('粘贴的内容', { kind: 'text', text, html: true }),
    )
  })

  it('should answer the editor’s message for a file the thread cannot read', async () => {
    const liar = docxOf(documentXml(['志愿者'.repeat(200_000)]), { declaredSize: 1000 })
    const failure = await failureOf(threads.read('liar.docx', { kind: 'docx', bytes: liar }))
    expect(failure.status).toBe(413)
    expect(failure.message).toContain('liar.docx')
    const binary = await failureOf(threads.read('photo.txt', { kind: 'file', bytes: new Uint8Array(5000).fill(1), html: false }))
    expect(binary.message).toContain('不是文本文件')
  })

  it('should end a thread that outgrows its heap with 413, and read the next input on a new one', async () => {
    const failure = await failureOf(tight.read('huge.html', { kind: 'text', text: longPage(20_000), html: true }))
    expect(failure.status).toBe(413)
    expect(failure.message).toContain('展开后过大')
    const article = await tight.read('small.html', { kind: 'text', text: '<h1>小标题</h1><p>一段正常的文字，讲述志愿者的故事。</p>', html: true })
    expect(article.title).toBe('小标题')
  }, 30_000)

  it('should end an import over its time with 422', async () => {
    const hurried = importThreads({ ...IMPORT_BUDGET, timeoutMs: 1 })
    try {
      const failure = await failureOf(hurried.read('slow.html', { kind: 'text', text: longPage(20_000), html: true }))
      expect(failure.status).toBe(422)
      expect(failure.message).toContain('秒内未能读完')
    } finally {
      await hurried.close()
    }
  })

  it('should keep this thread’s event loop free while a large input is read', async () => {
    let worstLag = 0
    let last = performance.now()
    const ticker = setInterval(() => {
      const now = performance.now()
      worstLag = Math.max(worstLag, now - last - 10)
      last = now
    }, 10)
    const started = performance.now()
    try {
      await threads.read('long.html', { kind: 'text', text: longPage(20_000), html: true })
    } finally {
      clearInterval(ticker)
    }
    // The reading took a while; this thread was never held for more than a moment of it.
    expect(performance.now() - started).toBeGreaterThan(200)
    expect(worstLag).toBeLessThan(150)
  })
})
