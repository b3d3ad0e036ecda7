export const roles = ['admin', 'editor', 'reviewer', 'notice-staff'] as const

export type Role = (typeof roles)[number]

/** Labels shown in the admin; Chinese first, English for the selectable English UI. */
export const roleLabels: Record<Role, { zh: string; en: string }> = {
  admin: { zh: '管理员', en: 'Administrator' },
  editor: { zh: '编辑', en: 'Editor' },
  reviewer: { zh: '审核员', en: 'Reviewer' },
  'notice-staff': { zh: '公示工作人员', en: 'Notice staff' },
}

export type UserWithRoles = { roles?: readonly string[] | null } | null | undefined

export const isRole = (value: unknown): value is Role => typeof value === 'string' && (roles as readonly string[]).includes(value)

/** True when the user holds at least one of the given roles. */
export const hasRole = (user: UserWithRoles, ...wanted: Role[]): boolean => Boolean(user?.roles?.some((role) => wanted.includes(role as Role)))

/**
 * Keys of `.data/demo-credentials.json`: one demo account per role, and one reviewer per stage of
 * the default review chain (初审, 复审, 终审: one person signs one stage of a submission), each
 * with the stages it may sign (`users.reviewStages`; the field's default where none is given).
 * The file shape is a contract with the README and the tests.
 */
export const demoAccounts = [
  { key: 'admin', role: 'admin', name: '演示管理员' },
  { key: 'editor', role: 'editor', name: '演示编辑' },
  { key: 'reviewer', role: 'reviewer', name: '演示审核员', reviewStages: [1] },
  { key: 'reviewer2', role: 'reviewer', name: '演示复审员', reviewStages: [2] },
  { key: 'reviewer3', role: 'reviewer', name: '演示终审员', reviewStages: [3] },
  { key: 'noticeStaff', role: 'notice-staff', name: '演示公示专员' },
] as const satisfies readonly { key: string; role: Role; name: string; reviewStages?: readonly number[] }[]

export type DemoCredentials = Record<(typeof demoAccounts)[number]['key'], { email: string; password: string }>
