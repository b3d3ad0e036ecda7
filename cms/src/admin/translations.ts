/**
 * Payload's Chinese wording where it reads unnaturally: "成功创建 媒体文件" (a space and a stiff
 * order), "<没有 栏目>" for an empty relationship. Merged over @payloadcms/translations' zh.
 */
export const chineseOverrides = {
  general: {
    successfullyCreated: '已创建{{label}}',
    successfullyDuplicated: '已复制{{label}}',
    noLabel: '（无{{label}}）',
  },
}
