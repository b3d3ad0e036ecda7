/**
 * Media on S3-compatible storage (AWS S3, MinIO, Aliyun OSS, Tencent COS …) through Payload's
 * storage adapter whenever S3_BUCKET is set; otherwise on local disk (MEDIA_DIR), the embedded
 * default. Every rendition goes to the bucket beside the original, deleting a media document deletes
 * its objects, and documents carry each file's public address (S3_PUBLIC_URL: the bucket's own
 * address, or a CDN in front of it), so built pages send readers straight to the bucket.
 */
import { s3Storage } from '@payloadcms/storage-s3'
import type { Field, Plugin } from 'payload'

import { collectionSlugs } from '@fengcai/shared'

import { ATTACHMENTS_SUBDIR } from '@/lib/paths'

import { s3ClientConfig, s3Settings } from './s3-settings'
import type { S3Settings } from './s3-settings'

/**
 * The adapter puts its own, unlabelled `_objectKey` field in place of the one Media declares, so
 * the media list's column chooser would offer "object, Key". This puts our label and admin
 * settings back on it, after the adapter has run.
 */
export const labelObjectKey: Plugin = (config) => ({
  ...config,
  collections: (config.collections ?? []).map((collection) =>
    collection.slug !== collectionSlugs.media
      ? collection
      : {
          ...collection,
          fields: collection.fields.map((field): Field =>
            'name' in field && field.name === '_objectKey' && field.type === 'text'
              ? {
                  ...field,
                  label: { zh: '存储对象键', en: 'Object key' },
                  admin: { ...field.admin, hidden: true, readOnly: true, disableListColumn: true, disableListFilter: true },
                }
              : field,
          ),
        },
  ),
})

/** The storage plugin for the media collection (and the label fix after it), or none (local disk). */
export const storagePlugins = (settings: S3Settings | null = s3Settings()): Plugin[] => {
  if (!settings) return []
  return [
    s3Storage({
      bucket: settings.bucket,
      config: s3ClientConfig(settings),
      collections: {
        [collectionSlugs.media]: {
          // Media are public (anyone may read them): readers fetch them from the bucket or its CDN,
          // not through the CMS.
          disablePayloadAccessControl: true,
          generateFileURL: ({ filename }) => `${settings.publicUrl}/${encodeURIComponent(filename)}`,
        },
        // 通知公告's files: public too, under their own prefix.
        [collectionSlugs.attachments]: {
          disablePayloadAccessControl: true,
          prefix: ATTACHMENTS_SUBDIR,
          generateFileURL: ({ filename, prefix }) => `${settings.publicUrl}/${prefix}/${encodeURIComponent(filename)}`,
        },
      },
    }),
    labelObjectKey,
  ]
}
