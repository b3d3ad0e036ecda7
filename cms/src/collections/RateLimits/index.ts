import type { CollectionConfig } from 'payload'

import { collectionSlugs } from '@fengcai/shared'

/**
 * Fixed-window counters in PostgreSQL, so limits hold across several CMS instances: view
 * de-duplication now, submission rate limits later. Written only by `hitRateLimit` (SQL).
 */
export const RateLimits: CollectionConfig = {
  slug: collectionSlugs.rateLimits,
  admin: { hidden: true },
  access: {
    read: () => false,
    create: () => false,
    update: () => false,
    delete: () => false,
  },
  fields: [
    { name: 'key', type: 'text', required: true, unique: true, index: true },
    { name: 'count', type: 'number', required: true, defaultValue: 0 },
    { name: 'resetAt', type: 'date', required: true, index: true },
  ],
}
