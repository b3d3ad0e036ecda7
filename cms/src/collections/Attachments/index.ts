import path from 'node:path'

import type { CollectionConfig, Field } from 'payload'

import { attachmentMimeTypes, collectionSlugs } from '@fengcai/shared'

import { anyone } from '@/access/anyone'
import { rolesAllowed } from '@/access/roles'
import { ATTACHMENTS_SUBDIR, mediaDir } from '@/lib/paths'
import { mergeHooks } from '@/hooks/mergeHooks'
import { rebuildHooks } from '@/hooks/triggerSiteRebuild'

import { answerFileErrorsInChinese } from './hooks/answerFileErrorsInChinese'
import { checkAttachment } from './hooks/checkAttachment'

/**
 * 附件: the documents a 通知公告 offers for download (PDF, Word, Excel …). Images go to the media
 * library; nothing a browser would run (HTML, SVG, scripts) is accepted here (hooks/checkAttachment).
 */
export const Attachments: CollectionConfig = {
  slug: collectionSlugs.attachments,
  labels: { singular: { zh: '附件', en: 'Attachment' }, plural: { zh: '附件', en: 'Attachments' } },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'filename', 'filesize', 'updatedAt'],
    group: { zh: '内容', en: 'Content' },
  },
  access: {
    read: anyone,
    create: rolesAllowed('editor', 'reviewer'),
    update: rolesAllowed('editor', 'reviewer'),
    delete: rolesAllowed('editor'),
  },
  upload: {
    staticDir: path.join(mediaDir(), ATTACHMENTS_SUBDIR),
    // The file types of shared/src/attachments.ts, and the container file-type detects a legacy
    // .doc / .xls / .ppt as (checkAttachment has matched its signature to its extension already).
    mimeTypes: [...attachmentMimeTypes, 'application/x-cfb'],
    // Uploading by URL would make the server fetch an address of the uploader's choosing (SSRF).
    pasteURL: false,
    // Readers download the file rather than open it on the CMS's origin (whose policy forbids
    // plugins, the browser's PDF viewer among them); the name comes from the address.
    modifyResponseHeaders: ({ headers }) => {
      headers.set('Content-Disposition', 'attachment')
      return headers
    },
  },
  hooks: mergeHooks({ beforeOperation: [checkAttachment], afterError: [answerFileErrorsInChinese] }, rebuildHooks({ drafts: false })),
  fields: [
    {
      name: 'title',
      type: 'text',
      label: { zh: '附件名称', en: 'Title' },
      required: true,
      maxLength: 120,
      admin: { description: { zh: '读者看到的名称，例如“报名表”。', en: 'The name readers see.' } },
    },
    // The storage adapter's folder and object key when files live on S3 (src/lib/storage.ts).
    // Declared here so that the schema, and its migrations, are the same with and without a bucket.
    ...(['prefix', '_objectKey'] as const).map((name): Field => ({
      name,
      type: 'text',
      label: name === 'prefix' ? { zh: '存储目录', en: 'Prefix' } : { zh: '存储对象键', en: 'Object key' },
      admin: { hidden: true, readOnly: true, disableListColumn: true, disableListFilter: true },
    })),
  ],
}
