/**
 * Where media live when they are not on local disk: the S3_* variables of this process
 * (@fengcai/shared/s3-settings reads them), with no dependency on the storage adapter (the site's
 * static server reads them for its security policy).
 */
import { s3Settings as settingsFrom } from '@fengcai/shared/s3-settings'
import type { S3Settings } from '@fengcai/shared/s3-settings'

export { s3ClientConfig } from '@fengcai/shared/s3-settings'
export type { S3Settings }

/** The S3 settings from the environment, or null for local disk. */
export const s3Settings = (env: NodeJS.ProcessEnv = process.env): S3Settings | null => settingsFrom(env)

/** The origin browsers load media from when it is not the CMS (for content security policies). */
export const mediaOrigin = (settings: S3Settings | null = s3Settings()): string | null => (settings ? new URL(settings.publicUrl).origin : null)
