/**
 * Where media live when they are not on local disk: the S3_* variables read in one place, with no
 * dependency on the storage adapter (the site's static server reads them for its security policy).
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

/** The S3 settings from the environment, or null for local disk. */
export const s3Settings = (env: NodeJS.ProcessEnv = process.env): S3Settings | null => {
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

/** The origin browsers load media from when it is not the CMS (for content security policies). */
export const mediaOrigin = (settings: S3Settings | null = s3Settings()): string | null => (settings ? new URL(settings.publicUrl).origin : null)

/** The S3 client settings for these settings (the storage adapter and `pnpm backup` alike). */
export const s3ClientConfig = (settings: S3Settings) => ({
  region: settings.region,
  endpoint: settings.endpoint,
  forcePathStyle: settings.forcePathStyle,
  ...(settings.accessKeyId && settings.secretAccessKey
    ? { credentials: { accessKeyId: settings.accessKeyId, secretAccessKey: settings.secretAccessKey } }
    : {}),
})
