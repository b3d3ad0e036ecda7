/**
 * Whether a rich-text value (Lexical's JSON) is one the editor could have written, and if not, the
 * first problem in reading order, said in Chinese with where it is. One pass without recursion:
 * time and memory grow with the size of the value, and a deep or huge value stops at its limit.
 */
import { RICH_TEXT_LIMITS, nodeSpecs } from './catalog'
import type { NodeSpec, RichTextProfile } from './catalog'
import { isRecord } from './rules'

export type RichTextProblem =
  | { kind: 'shape' }
  | { kind: 'unknown-node'; block: number | null; nodeType: string | null }
  | { kind: 'misplaced-node'; block: number | null; nodeType: string; parentType: string }
  | { kind: 'attribute'; block: number | null; nodeType: string; attribute: string; expected: string }
  | { kind: 'too-deep'; block: number | null }
  | { kind: 'too-large'; measure: 'nodes' | 'text' }

/** What editors call the nodes of Lexical and Payload's features, ours and those we do not offer. */
const NODE_NAMES: Readonly<Record<string, string>> = {
  root: '文档',
  paragraph: '段落',
  heading: '标题',
  quote: '引用',
  list: '列表',
  listitem: '列表项',
  link: '链接',
  autolink: '自动链接',
  upload: '图片',
  horizontalrule: '分隔线',
  linebreak: '换行',
  tab: '制表符',
  text: '文字',
  table: '表格',
  tablerow: '表格行',
  tablecell: '表格单元格',
  code: '代码块',
  'code-highlight': '代码',
  mark: '批注标记',
  hashtag: '话题标签',
  block: '内容块',
  inlineBlock: '行内内容块',
  relationship: '关联文档',
  'layout-container': '分栏',
  'layout-item': '分栏',
  'collapsible-container': '折叠区',
  image: '外部图片',
  youtube: '视频',
  tweet: '推文',
  equation: '公式',
  'page-break': '分页符',
  overflow: '超长文字',
  emoji: '表情',
}

/** A name from the input, shown to the editor: printable and short. */
const shown = (name: string): string => {
  const printable = name.replace(/[\u0000-\u001f\u007f-\u009f]/g, '')
  return printable.length > 40 ? `${printable.slice(0, 40)}…` : printable
}

const described = (type: string): string => {
  const name = Object.hasOwn(NODE_NAMES, type) ? NODE_NAMES[type] : undefined
  return name ? `${name} ${shown(type)}` : `未知内容 ${shown(type)}`
}

const specsByProfile = new WeakMap<RichTextProfile, ReadonlyMap<string, NodeSpec>>()
const specsOf = (profile: RichTextProfile): ReadonlyMap<string, NodeSpec> => {
  let specs = specsByProfile.get(profile)
  if (!specs) specsByProfile.set(profile, (specs = nodeSpecs(profile)))
  return specs
}

type Visit = { node: unknown; parentType: string | null; depth: number; block: number | null }

/** The first problem of a rich-text value for the profile's editor, or null (an empty field has none). */
export const findRichTextProblem = (value: unknown, profile: RichTextProfile): RichTextProblem | null => {
  if (value === null || value === undefined) return null
  if (!isRecord(value) || !isRecord(value.root) || Object.keys(value).length !== 1) return { kind: 'shape' }
  const specs = specsOf(profile)
  const stack: Visit[] = [{ node: value.root, parentType: null, depth: 0, block: null }]
  let seen = 0
  let textLength = 0
  while (stack.length > 0) {
    const { node, parentType, depth, block } = stack.pop() as Visit
    seen += 1
    if (!isRecord(node) || typeof node.type !== 'string') return { kind: 'unknown-node', block, nodeType: null }
    const type = node.type
    const spec = specs.get(type)
    if (!spec) return { kind: 'unknown-node', block, nodeType: type }
    if (parentType === null) {
      if (type !== 'root') return { kind: 'shape' }
    } else if (!specs.get(parentType)?.children?.includes(type)) {
      return { kind: 'misplaced-node', block, nodeType: type, parentType }
    }
    const attribute = (name: string, expected: string): RichTextProblem => ({ kind: 'attribute', block, nodeType: type, attribute: name, expected })
    for (const key of Object.keys(node)) {
      // An attribute set to undefined is absent (JSON drops it); Local API callers may pass one.
      if (key === 'type' || key === 'children' || node[key] === undefined) continue
      const rule = Object.hasOwn(spec.attributes, key) ? spec.attributes[key] : undefined
      if (!rule) return attribute(key, '不是编辑器支持的属性')
      const flaw = rule(node[key])
      if (flaw) return attribute(flaw.path ? `${key}.${flaw.path}` : key, flaw.expected)
    }
    for (const key of spec.required) if (node[key] === undefined) return attribute(key, '不能缺少')
    const inconsistent = spec.consistent?.(node)
    if (inconsistent) return attribute(inconsistent.path, inconsistent.expected)
    if (typeof node.text === 'string') {
      textLength += node.text.length
      if (textLength > RICH_TEXT_LIMITS.maxTextLength) return { kind: 'too-large', measure: 'text' }
    }
    const children = node.children
    if (spec.children === null) {
      if (children !== undefined) return attribute('children', '不能有下级内容')
      continue
    }
    if (!Array.isArray(children)) return attribute('children', children === undefined ? '不能缺少' : '应为一组内容')
    if (children.length === 0) continue
    if (depth + 1 > RICH_TEXT_LIMITS.maxDepth) return { kind: 'too-deep', block }
    if (seen + stack.length + children.length > RICH_TEXT_LIMITS.maxNodes) return { kind: 'too-large', measure: 'nodes' }
    // Pushed last to first, so the stack hands them back in reading order.
    for (let index = children.length - 1; index >= 0; index -= 1) {
      stack.push({ node: children[index], parentType: type, depth: depth + 1, block: parentType === null ? index + 1 : block })
    }
  }
  return null
}

/** The Chinese message for a problem in the field `field` (正文, 导语…). */
export const richTextProblemMessage = (field: string, problem: RichTextProblem): string => {
  const where = (block: number | null, what: string): string => (block === null ? what : `第 ${block} 段：${what}`)
  switch (problem.kind) {
    case 'shape':
      return `${field}的格式不正确：不是编辑器保存的内容，请在编辑器中重新编辑后再保存。`
    case 'unknown-node':
      return `${field}包含编辑器不支持的内容（${where(problem.block, problem.nodeType === null ? '没有类型的内容' : described(problem.nodeType))}），请删除后再保存。`
    case 'misplaced-node':
      return `${field}的结构不正确（${where(problem.block, `${described(problem.nodeType)} 不能放在${described(problem.parentType)} 里`)}），请删除后再保存。`
    case 'attribute':
      return `${field}包含编辑器不支持的设置（${where(problem.block, `${described(problem.nodeType)} 的 ${shown(problem.attribute)} ${problem.expected}`)}），请在编辑器中重新编辑这一段后再保存。`
    case 'too-deep':
      return `${field}嵌套层级过多（${where(problem.block, `超过 ${RICH_TEXT_LIMITS.maxDepth} 层`)}），请简化后再保存。`
    case 'too-large':
      return problem.measure === 'nodes'
        ? `${field}内容过多（超过 ${RICH_TEXT_LIMITS.maxNodes} 个段落、文字片段等节点），请删减或分成几篇后再保存。`
        : `${field}过长（超过 ${RICH_TEXT_LIMITS.maxTextLength} 个字符），请删减或分成几篇后再保存。`
  }
}
