import { describe, expect, it } from 'vitest'

import { mailSettings } from '@/lib/mail'
import { objectionNoticeMail, passwordResetMail, replyMail } from '@/lib/mailTemplates'

describe('mail settings from SMTP_URL', () => {
  it('should be off without SMTP_URL', () => {
    expect(mailSettings({})).toBeNull()
  })

  it('should read host, port, TLS and URL-encoded credentials', () => {
    expect(mailSettings({ SMTP_URL: 'smtps://notice%40example.org:p%40ss%3Aword@smtp.example.org', MAIL_FROM: 'noreply@example.org' })).toEqual({
      host: 'smtp.example.org',
      port: 465,
      secure: true,
      auth: { user: 'notice@example.org', pass: 'p@ss:word' },
      from: 'noreply@example.org',
      fromName: '风采',
    })
    expect(mailSettings({ SMTP_URL: 'smtp://mail.internal:2525' })).toMatchObject({
      host: 'mail.internal',
      port: 2525,
      secure: false,
      auth: undefined,
      from: 'noreply@mail.internal',
    })
  })

  it('should refuse what is not an SMTP address, without echoing its password', () => {
    expect(() => mailSettings({ SMTP_URL: 'https://smtp.example.org' })).toThrow(/smtp:\/\/ or smtps:\/\//)
    expect(() => mailSettings({ SMTP_URL: 'not a url with secret' })).toThrow(/not a URL/)
  })
})

describe('mail texts', () => {
  it('should escape what goes into the HTML of a mail', () => {
    const mail = objectionNoticeMail({
      receipt: 'GS-20261123-AB12',
      noticeTitle: '<b>标题</b> & 公示',
      nomineeName: null,
      receivedAt: '2026年11月23日 09:00',
      adminUrl: 'https://cms.example.org/admin/collections/notice-comments/7',
    })
    expect(mail.html).toContain('&lt;b&gt;标题&lt;/b&gt; &amp; 公示')
    expect(mail.html).not.toContain('<b>标题</b>')
    expect(mail.text).toContain('异议对象：整个公示')
  })

  it('should greet by name and state how long the reset link works', () => {
    const mail = passwordResetMail({ name: '沈雨桐', resetUrl: 'https://cms.example.org/admin/reset/abc', validHours: 2 })
    expect(mail.subject).toBe('风采后台：重置密码')
    expect(mail.text).toContain('沈雨桐，您好：')
    expect(mail.text).toContain('设置新密码：https://cms.example.org/admin/reset/abc')
  })

  it('should put the 答复 in the objector’s mail as text, with the receipt and the progress page', () => {
    const mail = replyMail({
      receipt: 'GS-20261206-4F7K',
      noticeTitle: '2026年度公示',
      nomineeName: '顾晓岚',
      resolvedAt: '2026年12月6日 10:00',
      reply: '经核实，记录无误。<b>感谢</b>',
      progressUrl: 'https://www.fengcai.test/notices/progress/',
    })
    expect(mail.subject).toBe('异议办理结果：2026年度公示（回执 GS-20261206-4F7K）')
    expect(mail.text).toContain('经核实，记录无误。<b>感谢</b>')
    expect(mail.html).toContain('&lt;b&gt;感谢&lt;/b&gt;')
    expect(mail.html).toContain('href="https://www.fengcai.test/notices/progress/"')
  })
})
