/**
 * The page in Traditional characters, loaded only when a reader chooses a standard: OpenCC's phrase
 * rules (STPhrases, then single characters, then Taiwan's or Hong Kong's variants), with every
 * personal name the page marks (`data-keep`: individual nominees and honourees, the people of a
 * byline, commenters, photographers) and the 不转换词表 from 站点设置 left exactly as written, in
 * the marked elements and wherever else on the page the same words appear.
 */
import { convertKeeping, traditionalStandardLabels } from '@fengcai/shared/traditional'
import type { TraditionalStandard } from '@fengcai/shared/traditional'

import { traditionalConverter } from '@/data/to-traditional'

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEXTAREA', 'CODE', 'PRE', 'svg'])
const ATTRIBUTES = ['alt', 'title', 'placeholder', 'aria-label']

let keep: string[] = []
let convertText: (text: string) => string = (text) => text

const skipped = (element: Element | null): boolean => {
  for (let node = element; node; node = node.parentElement) {
    if (SKIP.has(node.nodeName) || node.hasAttribute('data-keep') || node.hasAttribute('data-script-switch')) return true
  }
  return false
}

const convert = (text: string): string => (/\p{Script=Han}/u.test(text) ? convertKeeping(text, convertText, keep) : text)

const convertTree = (root: Node): void => {
  if (root.nodeType === Node.TEXT_NODE) {
    if (!skipped(root.parentElement)) {
      const next = convert(root.nodeValue ?? '')
      if (next !== root.nodeValue) root.nodeValue = next
    }
    return
  }
  if (!(root instanceof Element) || skipped(root)) return
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT, {
    acceptNode: (node) =>
      node instanceof Element && (SKIP.has(node.nodeName) || node.hasAttribute('data-keep') || node.hasAttribute('data-script-switch'))
        ? NodeFilter.FILTER_REJECT
        : NodeFilter.FILTER_ACCEPT,
  })
  const elements: Element[] = [root]
  const texts: Text[] = []
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node instanceof Text) texts.push(node)
    else elements.push(node as Element)
  }
  for (const text of texts) {
    const next = convert(text.nodeValue ?? '')
    if (next !== text.nodeValue) text.nodeValue = next
  }
  for (const element of elements) {
    for (const name of ATTRIBUTES) {
      const value = element.getAttribute(name)
      if (value) {
        const next = convert(value)
        if (next !== value) element.setAttribute(name, next)
      }
    }
  }
}

/** The 不转换词表 (published beside the pages), or none when it cannot be read. */
const loadKeepWords = async (): Promise<string[]> => {
  try {
    const response = await fetch('/traditional-keep.json')
    return response.ok ? ((await response.json()) as string[]) : []
  } catch (error) {
    console.warn('不转换词表读取失败', error)
    return []
  }
}

let observer: MutationObserver | null = null

/** Converts the page, and anything the page's scripts add later (search results, new comments). */
export const convertPage = async (standard: TraditionalStandard): Promise<void> => {
  convertText = traditionalConverter(standard)
  const names = [...document.querySelectorAll('[data-keep]')].map((element) => element.textContent?.trim() ?? '').filter(Boolean)
  keep = [...new Set([...names, ...(await loadKeepWords())])]
  document.documentElement.lang = traditionalStandardLabels[standard].lang
  document.title = convert(document.title)
  convertTree(document.body)
  observer ??= new MutationObserver((records) => {
    for (const record of records) {
      if (record.type === 'characterData') convertTree(record.target)
      else for (const node of record.addedNodes) convertTree(node)
    }
  })
  observer.observe(document.body, { subtree: true, childList: true, characterData: true })
}
