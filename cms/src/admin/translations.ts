/**
 * Our Chinese over @payloadcms/translations' zh, merged key by key: wording that reads unnaturally
 * there ("成功创建 媒体文件" with a space and a stiff order, "<没有 栏目>" for an empty
 * relationship), and the account page's "Payload 设置" (general.payloadSettings), which names the
 * software rather than what the section holds (the admin's language and theme).
 */
export const chineseOverrides = {
  general: {
    successfullyCreated: '已创建{{label}}',
    successfullyDuplicated: '已复制{{label}}',
    noLabel: '（无{{label}}）',
    payloadSettings: '界面设置',
  },
}
