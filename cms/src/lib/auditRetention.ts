/** 等保 2.0 asks that audit records be kept six months at least: the 操作日志 is never pruned sooner. */
export const MIN_AUDIT_RETENTION_DAYS = 180

/**
 * AUDIT_LOG_RETENTION_DAYS read: days the 操作日志 keeps a row, 180 when unset. A shorter period is
 * raised to 180 (the floor is the law's, not a preference); anything that is not a whole number of
 * days up to ten years is a configuration mistake and stops the job rather than guess.
 */
export const parseAuditRetentionDays = (value: string | undefined): number => {
  if (value === undefined || value.trim() === '') return MIN_AUDIT_RETENTION_DAYS
  const days = Number(value)
  if (!Number.isInteger(days) || days < 1 || days > 3650) {
    throw new Error(`AUDIT_LOG_RETENTION_DAYS must be a whole number of days up to 3650, got "${value}"`)
  }
  return Math.max(days, MIN_AUDIT_RETENTION_DAYS)
}

/** How long the 操作日志 keeps a row (AUDIT_LOG_RETENTION_DAYS, 180 at least). */
export const auditRetentionDays = (): number => parseAuditRetentionDays(process.env.AUDIT_LOG_RETENTION_DAYS)
