import type { Field } from 'payload'

/**
 * The current password, asked for when one changes one's own password or email
 * (hooks/requireCurrentPassword). Virtual: never stored or sent back; shown only on one's own
 * account page, typed like a password and optional there (most saves change neither).
 */
export const currentPasswordField: Field = {
  name: 'currentPassword',
  type: 'text',
  virtual: true,
  label: { zh: '当前密码', en: 'Current password' },
  maxLength: 256,
  admin: {
    description: { zh: '修改自己的密码或邮箱时须填写，以确认是您本人。', en: 'Needed to change your own password or email.' },
    condition: (data, _siblingData, { user }) => data?.id !== undefined && String(data.id) === String(user?.id),
    components: { Field: '@/collections/Users/admin/CurrentPasswordField#CurrentPasswordField' },
    disableBulkEdit: true,
    disableListColumn: true,
    disableListFilter: true,
  },
  hooks: {
    // Checked before the operation began (beforeOperation); forgotten before any other hook sees it.
    beforeValidate: [() => null],
  },
}
