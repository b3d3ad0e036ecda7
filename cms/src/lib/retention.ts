import { DEFAULT_RETENTION_DAYS, parseRetentionDays, parseRetentionSetting } from '@fengcai/shared'

/** How long personal data of commenters is kept after a notice closes (COMMENT_RETENTION_DAYS). */
export const retentionDays = (): number => parseRetentionDays(process.env.COMMENT_RETENTION_DAYS)

/** How long the contact of a 网站纠错 report is kept after it is marked 已处理 (CORRECTION_RETENTION_DAYS, as long as comments' by default). */
export const correctionRetentionDays = (): number =>
  parseRetentionSetting('CORRECTION_RETENTION_DAYS', process.env.CORRECTION_RETENTION_DAYS, { fallback: DEFAULT_RETENTION_DAYS })

/** 等保 2.0 asks that audit records be kept six months at least: the 操作日志 is never pruned sooner. */
export const MIN_AUDIT_RETENTION_DAYS = 180

/** AUDIT_LOG_RETENTION_DAYS read: 180 days when unset, and a shorter period raised to 180 (the floor is the law's, not a preference). */
export const parseAuditRetentionDays = (value: string | undefined): number =>
  parseRetentionSetting('AUDIT_LOG_RETENTION_DAYS', value, { fallback: MIN_AUDIT_RETENTION_DAYS, floor: MIN_AUDIT_RETENTION_DAYS })

/** How long the 操作日志 keeps a row (AUDIT_LOG_RETENTION_DAYS, 180 at least). */
export const auditRetentionDays = (): number => parseAuditRetentionDays(process.env.AUDIT_LOG_RETENTION_DAYS)
