import { describe, expect, it } from 'vitest'

import { answerInputErrorsAsClientErrors } from '@/hooks/answerInputErrorsAsClientErrors'

/** The hook's answer to an error, as Payload calls it after a failed request. */
const answerTo = (error: unknown) => answerInputErrorsAsClientErrors({ error } as never)

/** A database error as the driver throws it, wrapped as Drizzle wraps it. */
const fromDatabase = (code: string) => Object.assign(new Error('Failed query'), { cause: Object.assign(new Error('database error'), { code }) })

describe('answerInputErrorsAsClientErrors', () => {
  it('should answer a NUL character a client saved as its own mistake, in Chinese', () => {
    for (const code of ['22021', '22P05']) {
      expect(answerTo(fromDatabase(code)), code).toEqual({
        status: 400,
        response: { errors: [{ message: '提交的文字中含有无法保存的控制字符，请删除后再提交。' }] },
      })
    }
  })

  it('should answer a malformed query 400 and leave the server’s own failures alone', () => {
    expect(answerTo(fromDatabase('22P02'))).toMatchObject({ status: 400 })
    expect(answerTo(new SyntaxError('Unexpected token'))).toMatchObject({ status: 400 })
    expect(answerTo(fromDatabase('53300'))).toBeUndefined()
    expect(answerTo(new Error('connection lost'))).toBeUndefined()
  })
})
