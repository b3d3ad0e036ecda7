import type { CollectionConfig } from 'payload'

/** Drafts, autosave, scheduled publish and at least 20 versions kept, for every content collection. */
export const contentVersions = (): CollectionConfig['versions'] => ({
  drafts: {
    autosave: { interval: 2000 },
    schedulePublish: true,
  },
  maxPerDoc: 50,
})
