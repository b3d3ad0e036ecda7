import type { CollectionConfig } from 'payload'

import { collectionSlugs, roleLabels, roles } from '@fengcai/shared'

import { isAdmin, isAdminField } from '@/access/isAdmin'
import { isAdminOrSelf } from '@/access/isAdminOrSelf'
import { recordAccessChange } from '@/collections/AuditLog/hooks/recordAccessChange'
import { noteLoginAttempt, recordLogin } from '@/collections/AuditLog/hooks/recordLogin'
import { passwordResetMail } from '@/lib/mailTemplates'
import { cmsPublicUrl, isSecureUrl } from '@/lib/urls'

/** How long a password-reset link works. */
const RESET_VALID_HOURS = 2

import { endPasswordCheck } from './currentPassword'
import { loginChallenge } from './endpoints/loginChallenge'
import { currentPasswordField } from './fields/currentPassword'
import { reviewStagesField } from './fields/reviewStages'
import { refuseRoleChange } from './hooks/refuseRoleChange'
import { requireCurrentPassword } from './hooks/requireCurrentPassword'
import { forgetFailedLogins, forgetFailedLoginsAfterReset, throttleLogin } from './hooks/throttleLogin'

/**
 * The login page's background proof of work (src/admin/LoginProof): a root admin component
 * (Payload 3.90 renders only `admin.components.afterLogin` of the root config on the login
 * page), listed here with the collection it serves for payload.config.ts to place.
 */
export const usersLoginComponents = { afterLogin: ['@/admin/LoginProof#LoginProof'] }

export const Users: CollectionConfig = {
  slug: collectionSlugs.users,
  labels: {
    singular: { zh: '用户', en: 'User' },
    plural: { zh: '用户', en: 'Users' },
  },
  admin: {
    useAsTitle: 'email',
    defaultColumns: ['name', 'email', 'roles', 'reviewStages'],
    group: { zh: '系统', en: 'System' },
  },
  auth: {
    // No lock-out: anyone could lock any account with five wrong passwords. Failed logins slow
    // down per address instead, and an account under attack asks for a proof of work (hooks/throttleLogin).
    maxLoginAttempts: 0,
    tokenExpiration: 8 * 60 * 60,
    // The reset mail in Chinese, with a link to the admin's own reset page.
    forgotPassword: {
      expiration: RESET_VALID_HOURS * 3600_000,
      generateEmailSubject: () => passwordResetMail({ resetUrl: '', validHours: RESET_VALID_HOURS }).subject,
      generateEmailHTML: (args) => {
        const user = args?.user as { name?: string | null } | undefined
        return passwordResetMail({ name: user?.name, resetUrl: `${cmsPublicUrl()}/admin/reset/${args?.token ?? ''}`, validHours: RESET_VALID_HOURS }).html
      },
    },
    cookies: {
      // Sent only over HTTPS once the admin is served over HTTPS.
      secure: isSecureUrl(process.env.CMS_PUBLIC_URL),
      sameSite: 'Lax',
    },
  },
  access: {
    admin: ({ req: { user } }) => Boolean(user?.roles?.length),
    create: isAdmin,
    read: isAdminOrSelf,
    update: isAdminOrSelf,
    delete: isAdmin,
    // Payload lets any logged-in user unlock any account by default.
    unlock: isAdmin,
  },
  hooks: {
    // The 操作日志 notes a login only once the throttle has let it through (AuditLog/hooks/recordLogin).
    beforeOperation: [refuseRoleChange, requireCurrentPassword, throttleLogin, noteLoginAttempt],
    beforeLogin: [endPasswordCheck],
    afterLogin: [forgetFailedLogins, recordLogin],
    afterChange: [recordAccessChange],
    afterOperation: [forgetFailedLoginsAfterReset],
  },
  endpoints: [loginChallenge],
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
    reviewStagesField,
    currentPasswordField,
  ],
}
