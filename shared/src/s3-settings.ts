/**
 * S3-compatible storage settings read from an environment in one place, with no dependency on
 * an S3 library: the media bucket (`S3_*`, the CMS's storage adapter, `pnpm backup`, the static
 * server's security policy) and the site's mirror bucket (`SITE_S3_*`, the site worker), whose
 * endpoint, region and keys default to the media bucket's. The caller passes its `process.env`.
 */
export type S3Settings = {
  bucket: string
  endpoint?: string
  region: string
  accessKeyId?: string
  secretAccessKey?: string
  /** Where readers fetch objects: `<publicUrl>/<filename>`. */
  publicUrl: string
  /** Path-style addresses (`endpoint/bucket/key`), which MinIO and most self-hosted servers need. */
  forcePathStyle: boolean
}

type Env = Record<string, string | undefined>

/** The S3 settings from the environment, or null for local disk. */
export const s3Settings = (env: Env): S3Settings | null => {
  const bucket = env.S3_BUCKET?.trim()
  if (!bucket) return null
  const endpoint = env.S3_ENDPOINT?.trim().replace(/\/+$/, '') || undefined
  const region = env.S3_REGION?.trim() || 'us-east-1'
  const forcePathStyle = env.S3_FORCE_PATH_STYLE ? env.S3_FORCE_PATH_STYLE !== 'false' : Boolean(endpoint)
  const bucketUrl = endpoint
    ? forcePathStyle
      ? `${endpoint}/${bucket}`
      : endpoint.replace('://', `://${bucket}.`)
    : `https://${bucket}.s3.${region}.amazonaws.com`
  return {
    bucket,
    endpoint,
    region,
    accessKeyId: env.S3_ACCESS_KEY_ID?.trim() || undefined,
    secretAccessKey: env.S3_SECRET_ACCESS_KEY?.trim() || undefined,
    publicUrl: (env.S3_PUBLIC_URL?.trim() || bucketUrl).replace(/\/+$/, ''),
    forcePathStyle,
  }
}

/** The settings the mirror bucket shares with the media bucket unless it names its own. */
const SHARED_KEYS = ['ENDPOINT', 'REGION', 'ACCESS_KEY_ID', 'SECRET_ACCESS_KEY', 'FORCE_PATH_STYLE'] as const

/**
 * The bucket the site worker mirrors the site into (`SITE_S3_BUCKET`), or null for none: each
 * `SITE_S3_<X>` setting, or the media bucket's `S3_<X>` when it is unset.
 */
export const siteBucketSettings = (env: Env): S3Settings | null => {
  const own: Env = { S3_BUCKET: env.SITE_S3_BUCKET }
  for (const key of SHARED_KEYS) own[`S3_${key}`] = env[`SITE_S3_${key}`]?.trim() || env[`S3_${key}`]
  return s3Settings(own)
}

/** The S3 client settings for these settings (the storage adapter, `pnpm backup` and the site's mirror alike). */
export const s3ClientConfig = (settings: S3Settings) => ({
  region: settings.region,
  endpoint: settings.endpoint,
  forcePathStyle: settings.forcePathStyle,
  ...(settings.accessKeyId && settings.secretAccessKey
    ? { credentials: { accessKeyId: settings.accessKeyId, secretAccessKey: settings.secretAccessKey } }
    : {}),
})
