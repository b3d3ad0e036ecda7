/**
 * What the 操作日志 records: the changes of what the public sees, who gets into the CMS (and who
 * tried), who may do what, the site's settings and home page, personal data taken out of the CMS, and a rule
 * set aside on purpose.
 */
export const auditActions = [
  'published',
  'unpublished',
  'deleted',
  'restored',
  'loginSucceeded',
  'loginFailed',
  'rolesChanged',
  'reviewStagesChanged',
  'siteSettingsChanged',
  'homepagePublished',
  'personalDataExported',
  'overridden',
] as const
export type AuditAction = (typeof auditActions)[number]

export const auditActionLabels: Record<AuditAction, { zh: string; en: string }> = {
  published: { zh: '发布', en: 'Published' },
  unpublished: { zh: '撤稿', en: 'Unpublished' },
  deleted: { zh: '删除', en: 'Deleted' },
  restored: { zh: '恢复历史版本', en: 'Version restored' },
  loginSucceeded: { zh: '登录成功', en: 'Logged in' },
  loginFailed: { zh: '登录失败', en: 'Login failed' },
  rolesChanged: { zh: '角色变更', en: 'Roles changed' },
  reviewStagesChanged: { zh: '审核级别变更', en: 'Review stages changed' },
  siteSettingsChanged: { zh: '站点设置修改', en: 'Site settings changed' },
  homepagePublished: { zh: '首页版块发布', en: 'Home page published' },
  personalDataExported: { zh: '导出个人信息', en: 'Personal data exported' },
  overridden: { zh: '强制放行', en: 'Override' },
}
