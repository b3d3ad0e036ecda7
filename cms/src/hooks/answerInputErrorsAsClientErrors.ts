import type { AfterErrorHook } from 'payload'

/** PostgreSQL error codes that mean the request asked for something malformed, not that the server failed. */
const badInputCodes = new Set([
  '22P02', // invalid_text_representation: `/api/stories/abc`
  '22003', // numeric_value_out_of_range
  '22007', // invalid_datetime_format
  '22008', // datetime_field_overflow
  '2201B', // invalid_regular_expression
  '42883', // undefined_function: `like` on a JSON column
  '42804', // datatype_mismatch
])

/**
 * PostgreSQL error codes that mean the text sent holds a character PostgreSQL cannot store (the
 * NUL character, `\u0000`, in any text field a client writes): a client's mistake, whatever field.
 */
const unstorableTextCodes = new Set([
  '22021', // character_not_in_repertoire: NUL in a text column
  '22P05', // untranslatable_character: NUL in a JSON column
])

/** The first PostgreSQL error code found on the error or its causes. */
const postgresCode = (error: unknown): string | undefined => {
  for (let current = error, hops = 0; current && hops < 5; hops += 1) {
    const code = (current as { code?: unknown }).code
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return code
    current = (current as { cause?: unknown }).cause
  }
  return undefined
}

/**
 * A malformed query string reaches the database only where our checks (lib/queryLimits) cannot
 * see it, and a NUL character in a saved text only there; either failure is the client's mistake,
 * so it is answered 400, in Chinese, rather than 500.
 */
export const answerInputErrorsAsClientErrors: AfterErrorHook = ({ error }) => {
  if (error instanceof SyntaxError) {
    return { status: 400, response: { errors: [{ message: '请求参数不是有效的 JSON。' }] } }
  }
  const code = postgresCode(error)
  if (code && badInputCodes.has(code)) return { status: 400, response: { errors: [{ message: '查询参数有误，请检查后重试。' }] } }
  if (code && unstorableTextCodes.has(code)) return { status: 400, response: { errors: [{ message: '提交的文字中含有无法保存的控制字符，请删除后再提交。' }] } }
  return undefined
}
