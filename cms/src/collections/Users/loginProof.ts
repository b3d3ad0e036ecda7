/**
 * How a login carries its proof of work, shared by the server (hooks/throttleLogin) and the
 * login page (src/admin/LoginProof): no imports, so the browser bundle stays small.
 */

/** GET, below the users API: a fresh ALTCHA challenge. */
export const LOGIN_CHALLENGE_PATH = '/login-challenge'

/** Scripts send the solved challenge (base64 of `{ challenge, solution }`) in this header… */
export const LOGIN_PROOF_HEADER = 'x-login-proof'

/** …and the admin's login page in this cookie, which Payload's own login form then carries. */
export const LOGIN_PROOF_COOKIE = 'fengcai-login-proof'
