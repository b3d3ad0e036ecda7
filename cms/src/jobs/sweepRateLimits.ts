import type { TaskConfig } from 'payload'

import { sweepExpiredRateLimits } from '@/lib/rateLimit'

/**
 * Hourly: rate-limit and view counters whose window is over are deleted, so a flood of beacons
 * or logins leaves no lasting rows behind.
 */
export const sweepRateLimits: TaskConfig = {
  slug: 'sweepRateLimits',
  label: '清理过期的频率限制记录',
  schedule: [{ cron: '41 * * * *', queue: 'default' }],
  outputSchema: [{ name: 'swept', type: 'number' }],
  handler: async ({ req }) => {
    const swept = await sweepExpiredRateLimits(req.payload)
    if (swept > 0) req.payload.logger.info({ msg: 'swept expired rate-limit counters', swept })
    return { output: { swept } }
  },
}
