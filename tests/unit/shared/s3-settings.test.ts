import { describe, expect, it } from 'vitest'

import { s3Settings, siteBucketSettings } from '@fengcai/shared/s3-settings'

describe('S3 settings from the environment', () => {
  const media = { S3_BUCKET: 'media', S3_ENDPOINT: 'https://minio.example.org/', S3_ACCESS_KEY_ID: 'media-key', S3_SECRET_ACCESS_KEY: 'media-secret' }

  it('should have no site bucket without SITE_S3_BUCKET, whatever the media bucket', () => {
    expect(siteBucketSettings(media)).toBeNull()
    expect(s3Settings(media)?.bucket).toBe('media')
  })

  it('should take the media bucket’s endpoint and keys for the site bucket unless it names its own', () => {
    expect(siteBucketSettings({ ...media, SITE_S3_BUCKET: 'site' })).toMatchObject({
      bucket: 'site',
      endpoint: 'https://minio.example.org',
      forcePathStyle: true,
      accessKeyId: 'media-key',
      secretAccessKey: 'media-secret',
      publicUrl: 'https://minio.example.org/site',
    })
    expect(
      siteBucketSettings({
        ...media,
        SITE_S3_BUCKET: 'site',
        SITE_S3_ENDPOINT: 'https://cos.example.com',
        SITE_S3_REGION: 'ap-shanghai',
        SITE_S3_FORCE_PATH_STYLE: 'false',
        SITE_S3_ACCESS_KEY_ID: 'site-key',
        SITE_S3_SECRET_ACCESS_KEY: 'site-secret',
      }),
    ).toMatchObject({ bucket: 'site', endpoint: 'https://cos.example.com', region: 'ap-shanghai', forcePathStyle: false, accessKeyId: 'site-key' })
  })
})
