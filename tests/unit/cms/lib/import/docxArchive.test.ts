import { randomBytes } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { ArchiveRefusal, DOCX_LIMITS, checkDocxDirectory, verifyDocxParts } from '@/lib/import/docxArchive'

import { docxOf, documentXml, zipOf } from '../../../../helpers/docx'
import { repoRoot } from '../../../../helpers/stack'

const MB = 1024 * 1024

/** A document.xml of about `bytes` that compresses extremely well (what a zip bomb is made of). */
const repetitiveXml = (bytes: number): Buffer => {
  const paragraph = '<w:p><w:r><w:t>志愿者</w:t></w:r></w:p>'
  return Buffer.from(documentXml([]).replace('<w:body>', `<w:body>${paragraph.repeat(Math.ceil(bytes / Buffer.byteLength(paragraph)))}`))
}

const refusalOf = (work: () => unknown): ArchiveRefusal => {
  try {
    work()
  } catch (error) {
    if (error instanceof ArchiveRefusal) return error
    throw error
  }
  throw new Error('not refused')
}

describe('the .docx directory check', () => {
  it('should pass a real Word file and list its parts', async () => {
    const bytes = await readFile(path.join(repoRoot, 'tests/fixtures/import/library-corner.docx'))
    const parts = checkDocxDirectory(bytes)
    expect(parts.map((part) => part.name)).toContain('word/document.xml')
    expect(() => verifyDocxParts(bytes, parts)).not.toThrow()
  })

  it('should refuse a document.xml that inflates to 200 MB from its directory alone, in milliseconds', () => {
    // Declared honestly: 200 MB in a few hundred kilobytes. Built small and declared large, so the
    // test itself need not deflate 200 MB.
    const bomb = docxOf(repetitiveXml(2 * MB), { declaredSize: 200 * MB })
    const started = performance.now()
    const refusal = refusalOf(() => checkDocxDirectory(bomb))
    expect(performance.now() - started).toBeLessThan(50)
    expect(refusal.status).toBe(413)
    expect(refusal.message).toContain('解压后过大')
  })

  it('should refuse a part that inflates far beyond its stored size', () => {
    const xml = repetitiveXml(6 * MB)
    const refusal = refusalOf(() => checkDocxDirectory(docxOf(xml)))
    expect(refusal.message).toMatch(/压缩比 \d+ 倍/)
  })

  it('should refuse too many parts and too much in all', () => {
    const many = zipOf(Array.from({ length: DOCX_LIMITS.entries + 1 }, (_, index) => ({ name: `word/media/p${index}.txt`, data: Buffer.from('x') })))
    expect(refusalOf(() => checkDocxDirectory(many)).message).toContain(`${DOCX_LIMITS.entries + 1} 个部件`)
    // Photos barely compress: 30 MB each declared from 200 KB stored is within the ratio.
    const images = zipOf(
      Array.from({ length: 3 }, (_, index) => ({ name: `word/media/image${index}.png`, data: randomBytes(200 * 1024), declaredSize: 30 * MB })),
    )
    expect(refusalOf(() => checkDocxDirectory(images)).message).toContain('合计超过')
  })

  it('should refuse a directory that understates a part, having inflated only what it declared', () => {
    const liar = docxOf(repetitiveXml(3 * MB), { declaredSize: 64 * 1024 })
    const parts = checkDocxDirectory(liar)
    const refusal = refusalOf(() => verifyDocxParts(liar, parts))
    expect(refusal.status).toBe(413)
    expect(refusal.message).toContain('比声明的大')
  })

  it('should call anything that is not a readable zip broken (422), whatever its bytes', () => {
    const samples: Uint8Array[] = [
      Buffer.from('PK'),
      Buffer.from('PK\u0003\u0004 not really'),
      Buffer.alloc(100, 0x50),
      Buffer.concat([Buffer.from('PK'), Buffer.alloc(70_000, 0xff)]),
    ]
    // A real archive cut short at every few bytes.
    const whole = docxOf(documentXml(['一段文字']))
    for (let length = 0; length < whole.length; length += 37) samples.push(whole.subarray(0, length))
    for (const sample of samples) {
      const refusal = refusalOf(() => verifyDocxParts(sample, checkDocxDirectory(sample)))
      expect(refusal.status, `${sample.length} bytes`).toBe(422)
    }
  })
})
