import { BlockquoteFeature, FixedToolbarFeature, HeadingFeature, UploadFeature, lexicalEditor } from '@payloadcms/richtext-lexical'

import { collectionSlugs } from '@fengcai/shared'

import { withRichTextCheck } from '@/editor/refuseUnsupportedRichText'

/**
 * The body editor: paragraphs, headings, lists, quotes, links, and inline images that carry a
 * caption and a photo credit (图片说明 / 摄影). A save is refused when the text holds anything these
 * features do not write (a table pasted through the API, a link to javascript:…).
 */
export const bodyEditor = withRichTextCheck(
  lexicalEditor({
    features: ({ defaultFeatures }) => [
      ...defaultFeatures.filter((feature) => !['upload', 'heading', 'blockquote', 'relationship', 'checklist'].includes(feature.key)),
      HeadingFeature({ enabledHeadingSizes: ['h2', 'h3', 'h4'] }),
      BlockquoteFeature(),
      UploadFeature({
        // Pictures only: a 通知公告's files are its 附件, not inline content.
        enabledCollections: [collectionSlugs.media],
        collections: {
          [collectionSlugs.media]: {
            fields: [
              { name: 'caption', type: 'text', label: { zh: '图片说明', en: 'Caption' }, maxLength: 200 },
              { name: 'credit', type: 'text', label: { zh: '摄影', en: 'Credit' }, maxLength: 60 },
            ],
          },
        },
      }),
      FixedToolbarFeature(),
    ],
  }),
)
