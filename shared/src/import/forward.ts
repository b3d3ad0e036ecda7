/**
 * A mail forwarded on to the newsroom: the forwarder's headers and note come first, then the
 * correspondent's own mail under a forward mark (---------- Forwarded message ---------, ----- 转发的邮件 -----,
 * Begin forwarded message:) or, as Outlook forwards, under a second 发件人： block when the subject
 * says 转发： / Fwd: / FW:. The story is in the inner mail: what stands before it is dropped.
 */
import { charsAtMost, short } from './lines'
import { MAIL_HEADER } from './mail'

/** A forward mark (not a reply's 原始邮件, which quotes an older mail under the story). */
const FORWARD_MARK = /^[-—_=*\s]{0,30}(?:Forwarded message|Begin forwarded message|转发的邮件(?:信息)?|转发邮件(?:信息)?|已转发邮件)[-—_=*\s:：]{0,30}$/i
/** A subject that says the mail is a forward: 主题：转发：…, Subject: Fwd: …, FW: …. */
const FORWARD_SUBJECT = /^(?:主题|Subject)\s*[:：]\s*(?:转发|Fwd?|FW)\s*[:：]/i
/** An outer mail's reply mark, which Outlook also puts over a forwarded mail. */
const ORIGINAL_MARK = /^[-—_=*\s]{0,30}(?:原始邮件|Original Message)[-—_=*\s:：]{0,30}$|^_{10,}$/i
const SENDER = /^(?:发件人|From)\s*[:：]/i
/** How far into the mail the inner one may start: the forwarder's headers and a short note. */
const OUTER_LINES = 14

/** Where the forwarded mail starts (its mark or its first header), or -1. */
const innerStart = (lines: string[]): number => {
  if (!lines.slice(0, 6).some((line) => MAIL_HEADER.test(line))) return -1
  const forwardSubject = lines.slice(0, 8).some((line) => FORWARD_SUBJECT.test(line))
  for (let index = 1; index < Math.min(lines.length, OUTER_LINES); index += 1) {
    const line = lines[index] as string
    // The note above the forward is short: a line of a story means the story came first.
    if (!charsAtMost(line, 120)) return -1
    const headerFollows = lines.slice(index + 1, index + 4).some((next) => SENDER.test(next) || MAIL_HEADER.test(next))
    if (FORWARD_MARK.test(line) && headerFollows) return index
    if (forwardSubject && ORIGINAL_MARK.test(line) && headerFollows) return index
    // Outlook's forward: a second sender block right after the outer one's note.
    if (forwardSubject && SENDER.test(line) && lines.slice(0, index).some((before) => SENDER.test(before))) return index
  }
  return -1
}

/** The lines of the innermost forwarded mail (the whole text when it is not a forward). */
export const unwrapForward = (lines: string[], removed: string[]): string[] => {
  let rest = lines
  for (let depth = 0; depth < 5; depth += 1) {
    const start = innerStart(rest)
    if (start < 0) break
    const note = rest.slice(0, start).filter((line) => !MAIL_HEADER.test(line))
    removed.push(`转发邮件的外层（${start} 行）${note.length ? `：${short(note.join(' '))}` : ''}`)
    rest = rest.slice(FORWARD_MARK.test(rest[start] as string) || ORIGINAL_MARK.test(rest[start] as string) ? start + 1 : start)
  }
  return rest
}
