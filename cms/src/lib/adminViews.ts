import type { CollectionConfig, EditConfigWithoutRoot } from 'payload'

import { hasRole } from '@fengcai/shared'

/**
 * The document's API tab (its raw JSON and REST address) for administrators only: editors and
 * notice staff have no use for it, and its English label is Payload's own.
 */
export const withApiTabForAdmins = (collection: CollectionConfig): CollectionConfig => {
  const views = collection.admin?.components?.views
  const edit = views?.edit as EditConfigWithoutRoot | undefined
  return {
    ...collection,
    admin: {
      ...collection.admin,
      components: {
        ...collection.admin?.components,
        views: {
          ...views,
          edit: {
            ...edit,
            api: { ...edit?.api, tab: { ...edit?.api?.tab, condition: ({ req }) => hasRole(req.user, 'admin') } },
          } as EditConfigWithoutRoot,
        },
      },
    },
  }
}
