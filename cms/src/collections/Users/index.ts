import type { CollectionConfig } from 'payload'

import { collectionSlugs, roleLabels, roles } from '@fengcai/shared'

import { isAdmin, isAdminField } from '@/access/isAdmin'
import { isAdminOrSelf } from '@/access/isAdminOrSelf'

import { refuseRoleChange } from './hooks/refuseRoleChange'

export const Users: CollectionConfig = {
  slug: collectionSlugs.users,
  labels: {
    singular: { zh: '用户', en: 'User' },
    plural: { zh: '用户', en: 'Users' },
  },
  admin: {
    useAsTitle: 'email',
    defaultColumns: ['name', 'email', 'roles'],
    group: { zh: '系统', en: 'System' },
  },
  auth: {
    // Lock an account for 15 minutes after 5 failed logins in a row.
    maxLoginAttempts: 5,
    lockTime: 15 * 60 * 1000,
    tokenExpiration: 8 * 60 * 60,
  },
  access: {
    admin: ({ req: { user } }) => Boolean(user?.roles?.length),
    create: isAdmin,
    read: isAdminOrSelf,
    update: isAdminOrSelf,
    delete: isAdmin,
  },
  hooks: {
    beforeOperation: [refuseRoleChange],
  },
  fields: [
    {
      name: 'name',
      type: 'text',
      label: { zh: '姓名', en: 'Name' },
      maxLength: 60,
    },
    {
      name: 'roles',
      type: 'select',
      label: { zh: '角色', en: 'Roles' },
      hasMany: true,
      required: true,
      defaultValue: ['editor'],
      saveToJWT: true,
      options: roles.map((role) => ({ value: role, label: roleLabels[role] })),
      access: {
        // Only admins may grant or take away roles, including their own.
        create: isAdminField,
        update: isAdminField,
      },
    },
  ],
}
