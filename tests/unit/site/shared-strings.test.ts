import { describe, expect, it } from 'vitest'

import { shareRichTextStrings } from '../../../site/src/data/shared-strings'
import type { RawDoc } from '../../../site/src/data/raw'

// A paragraph node as Lexical stores it: the same short strings in every node.
const textNode = (text: string) => ({ type: 'text', version: 1, text, format: 0, detail: 0, mode: 'normal', style: '' })
const paragraph = (text: string) => ({ type: 'paragraph', version: 1, format: '', indent: 0, direction: 'ltr', children: [textNode(text)] })

describe('shareRichTextStrings', () => {
  it('should leave every document as it was, rich text and other fields alike', () => {
    const docs: RawDoc[] = [
      { id: 1, title: 'ltr', slug: 'story-1', body: { root: { type: 'root', children: [paragraph('ltr'), paragraph('社区义诊')] } }, seo: { title: 'normal' } },
      { id: 2, title: '河道清理', body: null, summary: { root: { type: 'root', children: [paragraph('text')] } } },
    ]
    const copy = structuredClone(docs)
    expect(shareRichTextStrings(docs)).toBe(docs)
    expect(docs).toEqual(copy)
  })
})
