import { describe, expect, it } from 'vitest'

import { populateRichText } from '../../../site/src/data/context'
import { richTextToHtml } from '../../../site/src/data/richtext'

const media = new Map([['7', { id: 7, url: '/api/media/file/a.jpg', width: 800, height: 600, alt: '图', sizes: {} }]])
const stories = new Map([['12', { slug: 'harbour-team' }]])

describe('populateRichText', () => {
  it('should fill in images and internal links from the snapshot', () => {
    const populated = populateRichText(
      {
        root: {
          type: 'root',
          children: [
            { type: 'upload', version: 3, relationTo: 'media', value: 7 },
            {
              type: 'paragraph',
              version: 1,
              children: [
                {
                  type: 'link',
                  version: 3,
                  fields: { linkType: 'internal', doc: { relationTo: 'stories', value: 12 } },
                  children: [{ type: 'text', version: 1, text: '站内' }],
                },
              ],
            },
          ],
        },
      },
      media,
      { stories },
    )
    const html = richTextToHtml(populated)
    expect(html).toContain('<img src="http://localhost:3000/api/media/file/a.jpg"')
    expect(html).toContain('<a href="/stories/harbour-team/">站内</a>')
  })

  it('should not run out of stack on a text nested far deeper than the CMS accepts', () => {
    let item: Record<string, unknown> = { type: 'listitem', version: 1, children: [{ type: 'upload', version: 3, relationTo: 'media', value: 7 }] }
    for (let level = 0; level < 100_000; level += 1)
      item = { type: 'listitem', version: 1, children: [{ type: 'list', version: 1, listType: 'bullet', children: [item] }] }
    const deep = { root: { type: 'root', version: 1, children: [{ type: 'list', version: 1, listType: 'bullet', children: [item] }] } }
    expect(richTextToHtml(populateRichText(deep, media, { stories }))).not.toContain('<img')
  })
})
