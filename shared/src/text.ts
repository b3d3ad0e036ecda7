/** Text helpers shared by the CMS (summaries) and the site (meta descriptions, search). */

type LexicalNode = { type?: string; text?: unknown; children?: unknown }

const BLOCK_TYPES = new Set(['paragraph', 'heading', 'quote', 'listitem', 'list'])

/** The readable text of a Lexical editor state, blocks separated by newlines. */
export const lexicalPlainText = (state: unknown): string => {
  const root = (state as { root?: LexicalNode } | null | undefined)?.root
  if (!root) return ''
  const parts: string[] = []
  const walk = (node: LexicalNode): void => {
    if (typeof node.text === 'string') parts.push(node.text)
    if (Array.isArray(node.children)) for (const child of node.children) walk(child as LexicalNode)
    if (node.type && BLOCK_TYPES.has(node.type)) parts.push('\n')
  }
  walk(root)
  return parts
    .join('')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .join('\n')
}

/** Characters as a reader counts them: code points, so 𠮷 or an emoji is one, not two. */
export const charCount = (text: string): number => [...text].length

/** At most `max` characters of text on one line, cut at a sentence end where one is near, with an ellipsis. */
export const excerpt = (text: string, max = 120): string => {
  const flat = text.replace(/\s+/g, ' ').trim()
  if (charCount(flat) <= max) return flat
  const cut = [...flat].slice(0, max).join('')
  const sentenceEnd = Math.max(cut.lastIndexOf('。'), cut.lastIndexOf('！'), cut.lastIndexOf('？'))
  return sentenceEnd >= max * 0.6 ? cut.slice(0, sentenceEnd + 1) : `${cut}…`
}

/** 张三 → 张*, 欧阳娜娜 → 欧***: how a commenter's name is shown in public. */
export const maskName = (name: string): string => {
  const chars = [...name.trim()]
  if (chars.length === 0) return '*'
  return `${chars[0]}${'*'.repeat(Math.max(1, chars.length - 1))}`
}
