import type { CollectionConfig } from 'payload'

/**
 * Drafts, scheduled publish and at least 20 versions kept, for every content collection. No
 * autosave: with it Payload saves an empty draft the moment 新建 is opened (@payloadcms/next
 * views/Document/index.js creates the document before the form shows) and shows no 保存草稿.
 * Without it the editor saves with 保存草稿 (or 送审 / 发布), and Payload asks before leaving a form
 * with unsaved changes.
 */
export const contentVersions = (): CollectionConfig['versions'] => ({
  drafts: {
    schedulePublish: true,
  },
  maxPerDoc: 50,
})
