import type { CollectionConfig, EditConfigWithoutRoot, GlobalConfig } from 'payload'

import { hasRole } from '@fengcai/shared'

/**
 * The document's API tab (its raw JSON and REST address) for administrators only, on collections
 * and globals alike: editors and notice staff have no use for it.
 */
export const withApiTabForAdmins = <T extends CollectionConfig | GlobalConfig>(entity: T): T => {
  const views = entity.admin?.components?.views
  const edit = views?.edit as EditConfigWithoutRoot | undefined
  return {
    ...entity,
    admin: {
      ...entity.admin,
      components: {
        ...entity.admin?.components,
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
