import { parseRetentionDays } from '@fengcai/shared'

/** How long personal data of commenters is kept after a notice closes (COMMENT_RETENTION_DAYS). */
export const retentionDays = (): number => parseRetentionDays(process.env.COMMENT_RETENTION_DAYS)
