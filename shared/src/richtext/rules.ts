/**
 * Typed checks for the attributes of rich-text nodes. A rule answers null when a value is
 * acceptable, else what was expected (in Chinese, for the editor) and where inside the value.
 */

export type Flaw = { path: string; expected: string }
export type Rule = (value: unknown) => Flaw | null

export const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)

const flaw = (expected: string): Flaw => ({ path: '', expected })

const spelled = (values: readonly unknown[]): string => {
  const words = values.map((value) => (value === null ? '空' : value === '' ? '空字符串' : String(value)))
  return words.length > 1 ? `${words.slice(0, -1).join('、')} 或 ${words.at(-1)}` : (words[0] ?? '（无可选值）')
}

export const oneOf =
  (values: readonly (string | null)[]): Rule =>
  (value) =>
    values.includes(value as string | null) ? null : flaw(`只能是 ${spelled(values)}`)

export const integer =
  (min: number, max: number): Rule =>
  (value) =>
    Number.isInteger(value) && (value as number) >= min && (value as number) <= max ? null : flaw(`应为 ${min} 到 ${max} 的整数`)

export const text =
  (maxLength: number): Rule =>
  (value) =>
    typeof value === 'string' && value.length <= maxLength ? null : flaw(`应为不超过 ${maxLength} 个字符的文字`)

export const boolean: Rule = (value) => (typeof value === 'boolean' ? null : flaw('应为是或否（true / false）'))

export const nullable =
  (rule: Rule): Rule =>
  (value) =>
    value === null ? null : rule(value)

/** An object with only the given keys, each checked by its rule, and the required ones present. */
export const record =
  (rules: Readonly<Record<string, Rule>>, required: readonly string[] = []): Rule =>
  (value) => {
    if (!isRecord(value)) return flaw('应为一组属性')
    for (const key of required) if (value[key] === undefined) return { path: key, expected: '不能缺少' }
    for (const key of Object.keys(value)) {
      if (value[key] === undefined) continue
      const rule = Object.hasOwn(rules, key) ? rules[key] : undefined
      if (!rule) return { path: key, expected: '不是编辑器支持的属性' }
      const found = rule(value[key])
      if (found) return { path: found.path ? `${key}.${found.path}` : key, expected: found.expected }
    }
    return null
  }

/** The id of a document in the CMS (PostgreSQL: a positive integer), or the document itself with that id. */
export const documentRef: Rule = (value) => {
  const id = isRecord(value) ? value.id : value
  const valid = (Number.isSafeInteger(id) && (id as number) > 0) || (typeof id === 'string' && /^[0-9A-Za-z_-]{1,64}$/.test(id))
  return valid ? null : flaw('应为媒体库或文档的编号')
}

/** Ids Payload gives nodes (bson ObjectIds, 24 hex digits). */
export const nodeId: Rule = (value) => (typeof value === 'string' && /^[0-9A-Za-z_-]{1,64}$/.test(value) ? null : flaw('应为节点编号'))

const LINK_SCHEMES = new Set(['http', 'https', 'mailto', 'tel'])
const MAX_URL_LENGTH = 2048

/**
 * The address a link may point to: http(s), mailto and tel, or a relative address on the site;
 * null for anything else (javascript:, data:, an address with spaces or control characters that
 * a browser would strip to reveal another scheme).
 */
export const safeLinkUrl = (value: unknown): string | null => {
  if (typeof value !== 'string' || value.length === 0 || value.length > MAX_URL_LENGTH) return null
  // Browsers drop tabs and newlines inside a URL and trim spaces and controls around it.
  if (/[\s\u0000-\u001f\u007f-\u009f]/.test(value)) return null
  const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(value)?.[1]?.toLowerCase()
  if (scheme === undefined) {
    // Relative: no colon before the path, query or fragment starts (else it names a scheme).
    const head = value.split(/[/?#]/, 1)[0] ?? ''
    return head.includes(':') ? null : value
  }
  if (!LINK_SCHEMES.has(scheme)) return null
  if (scheme === 'http' || scheme === 'https') {
    // A host after two slashes: browsers also read https:/host and https:host, which editors do not mean.
    if (!/^https?:\/\/[^/?#]/i.test(value) || !URL.canParse(value) || !new URL(value).hostname) return null
  }
  return value
}

export const linkUrl: Rule = (value) => (safeLinkUrl(value) === null ? flaw('只能是 http(s)、mailto、tel 开头的地址或站内相对地址') : null)
