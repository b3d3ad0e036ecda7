import path from 'node:path'
import { fileURLToPath } from 'node:url'

const here = path.dirname(fileURLToPath(import.meta.url))

/** The repository root, two levels above cms/src/lib. */
export const repoRoot = path.resolve(here, '../../..')

/** Where uploads live on disk unless MEDIA_DIR says otherwise (S3 comes via a storage adapter). */
export const mediaDir = (): string => process.env.MEDIA_DIR || path.join(repoRoot, '.data', 'media')

/** The folder of 通知公告 attachments inside the media folder (and their prefix on S3), so backups and restores carry them. */
export const ATTACHMENTS_SUBDIR = 'attachments'
