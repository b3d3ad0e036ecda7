/**
 * A real SMTP server in the test process (the `smtp-server` package), which parses every mail
 * it accepts (mailparser) so a test can read what arrived. It can be stopped and started again
 * on the same port, as a mail server that goes down and comes back.
 */
import { simpleParser } from 'mailparser'
import type { ParsedMail } from 'mailparser'
import { SMTPServer } from 'smtp-server'

import { freePort } from '@fengcai/cms/scripts/lib/net'

export type ReceivedMail = { to: string[]; subject: string; text: string; html: string; raw: string; parsed: ParsedMail }

export type TestSmtp = {
  port: number
  url: string
  received: ReceivedMail[]
  start: () => Promise<void>
  stop: () => Promise<void>
  /** Resolves with the first mail (arrived or arriving) that matches, or rejects after the timeout. */
  waitFor: (match: (mail: ReceivedMail) => boolean, timeoutMs?: number) => Promise<ReceivedMail>
}

export const testSmtp = async (): Promise<TestSmtp> => {
  const port = await freePort()
  const received: ReceivedMail[] = []
  let server: SMTPServer | null = null

  const start = async (): Promise<void> => {
    server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onData(stream, session, callback) {
        const chunks: Buffer[] = []
        stream.on('data', (chunk: Buffer) => chunks.push(chunk))
        stream.on('end', () => {
          const raw = Buffer.concat(chunks).toString('utf8')
          simpleParser(raw)
            .then((parsed) => {
              received.push({
                to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
                subject: parsed.subject ?? '',
                text: parsed.text ?? '',
                html: typeof parsed.html === 'string' ? parsed.html : '',
                raw,
                parsed,
              })
              callback()
            })
            .catch((error: Error) => callback(error))
        })
      },
    })
    const listening = server
    await new Promise<void>((resolve, reject) => {
      listening.once('error', reject)
      listening.listen(port, '127.0.0.1', () => resolve())
    })
  }

  const stop = async (): Promise<void> => {
    const running = server
    server = null
    if (running) await new Promise<void>((resolve) => running.close(() => resolve()))
  }

  const waitFor: TestSmtp['waitFor'] = async (match, timeoutMs = 20_000) => {
    const deadline = Date.now() + timeoutMs
    for (;;) {
      const found = received.find(match)
      if (found) return found
      if (Date.now() > deadline)
        throw new Error(`no matching mail within ${timeoutMs} ms; received: ${received.map((mail) => mail.subject).join(' | ') || 'none'}`)
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
  }

  return { port, url: `smtp://127.0.0.1:${port}`, received, start, stop, waitFor }
}

export type MailingSmtp = TestSmtp & { restore: () => Promise<void> }

/**
 * A test SMTP server started for the CMS this test file is about to boot: SMTP_URL, MAIL_FROM and
 * the file's own variables (`env`) are set for it. `restore` (in afterAll) stops the server and
 * puts every variable back as it was, so the next file in the process starts from the same place.
 */
export const mailThroughTestSmtp = async (env: Record<string, string> = {}): Promise<MailingSmtp> => {
  const smtp = await testSmtp()
  await smtp.start()
  const settings: Record<string, string> = { SMTP_URL: smtp.url, MAIL_FROM: 'noreply@fengcai.test', ...env }
  const saved = Object.keys(settings).map((key) => [key, process.env[key]] as const)
  Object.assign(process.env, settings)
  const restore = async (): Promise<void> => {
    await smtp.stop()
    for (const [key, value] of saved) {
      if (value === undefined) delete process.env[key]
      else process.env[key] = value
    }
  }
  return { ...smtp, restore }
}
