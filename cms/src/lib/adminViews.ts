import type { CollectionConfig, EditConfigWithoutRoot } from 'payload'

import { hasRole } from '@fengcai/shared'

/**
 * The document's API tab (its raw JSON and REST address) for administrators only: editors and
 * notice staff have no use for it.
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
            // Payload labels the tab "API" whatever the language.
            api: { ...edit?.api, tab: { ...edit?.api?.tab, label: '接口数据', condition: ({ req }) => hasRole(req.user, 'admin') } },
          } as EditConfigWithoutRoot,
        },
      },
    },
  }
}
