/** A correspondent's mail: its headers, the greeting and note before the story, where the story ends. */
import { ATTACHMENT, START_MARK } from './furniture'
import { TITLE_LABEL, titleAt } from './title'
import { looksLikeName } from './names'
import { FURNITURE_LINE, charsAtMost } from './lines'

/** The header lines of a mail, and the line of a forwarded one. */
export const MAIL_HEADER = /^(?:发件人|收件人|抄送|主题|日期|时间|发送时间|From|To|Cc|Subject|Date|Sent)\s*[:：]/i
export const MAIL_MARK = /^(?:发件人|收件人|主题|From|To|Subject)\s*[:：]|转发的邮件|原始邮件|Forwarded message|Original Message/i
/** Where a mail's story has ended: its attachments, a signature mark, thanks, a quoted earlier mail. */
export const MAIL_END =
  /^(?:附件\s*[:：]?|--\s*$|——\s*$|谢谢|此致|祝好|顺颂|>|在\s*\d{4}.{0,100}写道[:：]$|^On .{0,120}wrote:$|[-—_=\s]{0,30}(?:原始邮件|Original Message|转发的邮件|Forwarded message)|(?:发件人|From)\s*[:：])/i
/**
 * The correspondent's closing note to the editor after the story: 以上，请审阅, 如有需要修改的地方请联系我,
 * 请老师斧正, 麻烦您看看, 辛苦了, 感谢老师 (short, addressed to the editor, not a sentence of the story).
 */
export const EDITOR_NOTE =
  /^(?:以上[，,。]|(?:如|若)?有(?:需要|要|什么|任何)?(?:修改|改动|问题|疑问)[^。！]{0,6}(?:请|的话|随时|可|欢迎)|(?:请|烦请|麻烦|劳烦)(?:您|老师|编辑)?[^。！，]{0,6}(?:审阅|审核|斧正|指正|把关|过目|看看|修改|编辑)|(?:辛苦|麻烦)(?:了|您了|老师了|老师)|(?:感谢|多谢)(?:您|老师|编辑)|期待(?:您的)?(?:回复|回音|指导|指正)|盼复|(?:请|烦请)(?:您)?(?:查收|收阅))/
/** Where a mail's story has ended: a mark of the mail's end, or a short note to the editor. */
export const isMailEnd = (line: string): boolean => MAIL_END.test(line) || (charsAtMost(line, 40) && EDITOR_NOTE.test(line))
/** A greeting to the editor at the top of a mail: 编辑老师：, 刘编辑：, 各位老师好，…. */
export const GREETING =
  /^(?:[\p{Script=Han}]{1,8}[:：]$|(?:各位|尊敬的|您好|你好|老师好|编辑好)|[\p{Script=Han}]{1,8}[，,\s]?(?:您好|你好|好)[！!，,。~～]*$|(?:Hi|Hello|Dear)\b)/u

/** 发件人：欧阳路街道 蔡文娟 <caiwj@example.cn> → 蔡文娟. */
export const senderOf = (line: string): string | null => {
  const sender = /^(?:发件人|From)\s*[:：]\s*([^<]*)/i.exec(line)
  // "程慧 (长风街道)": quotes and brackets around the parts are not the name.
  return sender
    ? ((sender[1] as string)
        .trim()
        .split(/[\s"'“”‘’()（）]+/)
        .reverse()
        .find(looksLikeName) ?? null)
    : null
}

/** In a mail, where the story's title stands (the greeting and the note to the editor come before it), or -1. */
export const mailTitleIndex = (lines: string[]): number => {
  // A labelled title (标题：…, 【标题】…) is the title wherever the notes before it stand.
  const labelled = lines.findIndex((line, index) => index < 40 && TITLE_LABEL.test(line))
  if (labelled >= 0) return labelled
  return lines.findIndex(
    (line, index) =>
      index < 30 &&
      !MAIL_HEADER.test(line) &&
      !MAIL_MARK.test(line) &&
      !GREETING.test(line) &&
      !START_MARK.test(line) &&
      !ATTACHMENT.test(line) &&
      titleAt(lines, index),
  )
}

/**
 * A line of a forwarded or pasted mail that is not the story: its header lines, the note to the
 * editor before the title (the lines before `mailTitle`), and its end (regards, signature) once
 * the story has begun.
 */
export const mailLine = (
  line: string,
  at: { index: number; mailTitle: number; inHead: boolean; inBody: boolean },
): { label: '邮件头' | '邮件中给编辑的话' | '邮件的结尾'; endsStory?: true } | null => {
  if (at.inHead && (MAIL_HEADER.test(line) || MAIL_MARK.test(line))) return { label: '邮件头' }
  if (at.inHead && at.index < at.mailTitle) return { label: '邮件中给编辑的话' }
  if (at.inBody && line.length <= FURNITURE_LINE && isMailEnd(line)) return { label: '邮件的结尾', endsStory: true }
  return null
}
