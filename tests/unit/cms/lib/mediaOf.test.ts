import type { SanitizedConfig } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { mediaOf } from '@/lib/mediaOf'

let config: SanitizedConfig
const fieldsOf = (slug: string) => {
  const collection = config.collections.find((candidate) => candidate.slug === slug)
  if (!collection) throw new Error(`no collection ${slug}`)
  return collection.flattenedFields
}

const paragraphWithUpload = (id: number) => ({
  root: {
    type: 'root',
    children: [
      { type: 'paragraph', children: [{ type: 'text', text: '正文' }] },
      { type: 'upload', relationTo: 'media', value: id, fields: null },
    ],
  },
})

beforeAll(async () => {
  // The CMS's real config, resolved as Payload does at start-up; nothing connects to a database.
  process.env.PAYLOAD_SECRET ||= 'unit-test-secret'
  process.env.DATABASE_URL ||= 'postgres://unused@127.0.0.1:1/unused'
  config = await (await import('@payload-config')).default
}, 120_000)

describe('mediaOf: the pictures a document uses, from its collection fields', () => {
  it('should find a story cover, its share image and the pictures in its body', () => {
    const story = { id: 1, title: '标题', cover: 11, seo: { ogImage: 12 }, body: paragraphWithUpload(13), column: 4, district: 5 }
    expect(mediaOf(fieldsOf('stories'), story).sort()).toEqual(['11', '12', '13'])
  })

  it('should find a gallery cover and every photo, populated or not', () => {
    const gallery = { id: 2, cover: { id: 21, url: '/x' }, photos: [{ image: 22 }, { image: { id: 23 } }, { image: null }] }
    expect(mediaOf(fieldsOf('galleries'), gallery).sort()).toEqual(['21', '22', '23'])
  })

  it('should find nominee photos on a notice and entry photos on an honour roll', () => {
    expect(mediaOf(fieldsOf('notices'), { id: 3, nominees: [{ name: '甲', photo: 31 }, { name: '乙' }] })).toEqual(['31'])
    expect(mediaOf(fieldsOf('honor-rolls'), { id: 4, entries: [{ name: '丙', photo: 41 }] })).toEqual(['41'])
  })

  it('should not take taxonomy or story relations for media, and ignore what is not there', () => {
    expect(mediaOf(fieldsOf('stories'), { id: 5, column: 7, district: 8, relatedStories: [9], body: null })).toEqual([])
    expect(mediaOf(fieldsOf('stories'), null)).toEqual([])
  })

  it('should stop at a bounded depth in a hostile body', () => {
    let node: Record<string, unknown> = { type: 'upload', relationTo: 'media', value: 99 }
    for (let depth = 0; depth < 100_000; depth += 1) node = { type: 'paragraph', children: [node] }
    expect(mediaOf(fieldsOf('stories'), { id: 6, body: { root: node } })).toEqual([])
  })
})
