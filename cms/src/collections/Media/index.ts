import type { CollectionConfig } from 'payload'

import { collectionSlugs, imageSizes } from '@fengcai/shared'

import { anyone } from '@/access/anyone'
import { rolesAllowed } from '@/access/roles'
import { isStaff } from '@/access/isStaff'
import { mediaDir } from '@/lib/paths'
import { mergeHooks } from '@/hooks/mergeHooks'
import { rebuildHooks } from '@/hooks/triggerSiteRebuild'

import { checkUpload } from './hooks/checkUpload'
import { keepPhotosInUse } from './hooks/keepPhotosInUse'
import { keepSlidesInUse } from './hooks/keepSlidesInUse'

const webp = { format: 'webp', options: { quality: 82 } } as const

export const Media: CollectionConfig = {
  slug: collectionSlugs.media,
  labels: {
    singular: { zh: '媒体文件', en: 'Media' },
    plural: { zh: '媒体库', en: 'Media' },
  },
  admin: {
    group: { zh: '内容', en: 'Content' },
  },
  access: {
    read: anyone,
    // Notice staff upload nominee photos; the library itself is the editors' to tidy.
    create: isStaff,
    update: rolesAllowed('editor'),
    delete: rolesAllowed('editor'),
  },
  upload: {
    staticDir: mediaDir(),
    mimeTypes: ['image/jpeg', 'image/png', 'image/webp', 'image/gif', 'image/avif'],
    // Uploading by URL would let any staff account make the server fetch arbitrary
    // addresses (SSRF); staff upload files from their own machine instead.
    pasteURL: false,
    focalPoint: true,
    crop: true,
    formatOptions: webp,
    imageSizes: imageSizes.map(({ name, width, height }) => ({
      name,
      width,
      height,
      withoutEnlargement: height === undefined,
      formatOptions: webp,
    })),
    adminThumbnail: 'thumbnail',
  },
  hooks: mergeHooks({ beforeOperation: [checkUpload], beforeDelete: [keepPhotosInUse, keepSlidesInUse] }, rebuildHooks({ drafts: false })),
  fields: [
    {
      name: 'alt',
      type: 'text',
      label: { zh: '替代文字', en: 'Alt text' },
      required: true,
      maxLength: 200,
      admin: {
        description: {
          zh: '为看不到图片的读者描述画面内容（读屏软件会朗读）。',
          en: 'Describe the picture for readers who cannot see it.',
        },
      },
    },
    {
      name: 'credit',
      type: 'text',
      label: { zh: '摄影 / 来源', en: 'Credit' },
      maxLength: 100,
    },
    // The storage adapter's object key when media live on S3 (src/lib/storage.ts). Declared here
    // so that the schema, and its migrations, are the same with and without a bucket.
    {
      name: '_objectKey',
      type: 'text',
      label: { zh: '存储对象键', en: 'Object key' },
      admin: { hidden: true, readOnly: true, disableListColumn: true, disableListFilter: true },
    },
  ],
}
