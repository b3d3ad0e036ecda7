'use client'
import React, { useEffect } from 'react'

/**
 * A few strings that Payload 3.90 and its Lexical editor render in English whatever the admin's
 * language (they are not in its translations: Lexical's block handle, toolbar dropdowns and link
 * editor, the list's select-all box, the toast region's label). Until they are, this puts the
 * Chinese wording in their place as they appear. Remove an entry once Payload translates it.
 */
const CHINESE: Record<string, string> = {
  'Drag to move': '拖动以移动',
  'Add block': '添加内容块',
  'Edit link': '编辑链接',
  'Remove link': '删除链接',
  'Insert Paragraph': '插入段落',
  'add dropdown': '插入',
  'text dropdown': '文字样式',
  'align dropdown': '对齐方式',
  'select all': '全选',
  'select-all': '全选',
  'Payload 设置': '界面设置',
  'Notifications alt+T': '通知（Alt+T）',
}
const ATTRIBUTES = ['aria-label', 'title', 'placeholder', 'alt'] as const

/**
 * Payload 3.90 joins some labels given per language ({ zh, en }) into text unresolved, as
 * "[object Object]" (the dashboard card's 创建新的…, a list column's sort buttons): the label the
 * element sits under is put in its place.
 */
const OBJECT = '[object Object]'
const labelNear = (element: Element): string =>
  element.closest('.card, .sort-column, th')?.querySelector('.card__title, .sort-column__label, .sort-header__label')?.textContent?.trim() ?? ''

/** Labels Payload builds from parts that stay English or unresolved. */
const fixed = (element: Element, attribute: string, value: string): string | null => {
  // A relationship's "Edit <title>" button.
  if (value.startsWith('Edit ')) return `编辑 ${value.slice(5)}`
  // "[object Object]" or an uninterpolated "{{label}}": the label of the card or column it is in.
  for (const hole of [OBJECT, '{{label}}']) if (value.includes(hole)) return value.replace(hole, labelNear(element)).replace(/\s+/g, ' ').trim()
  // A checkbox titled with its field's name: its label instead.
  if (attribute === 'title' && element instanceof HTMLInputElement && value === element.name) {
    return document.querySelector(`label[for="${CSS.escape(element.id)}"]`)?.textContent?.trim() || null
  }
  return null
}

const translate = (root: ParentNode): void => {
  for (const attribute of ATTRIBUTES) {
    for (const element of root.querySelectorAll(`[${attribute}]`)) {
      const value = element.getAttribute(attribute) ?? ''
      const chinese = CHINESE[value] ?? CHINESE[value.toLowerCase()] ?? fixed(element, attribute, value)
      if (chinese && chinese !== value) element.setAttribute(attribute, chinese)
    }
  }
  const walker = document.createTreeWalker(root as Node, NodeFilter.SHOW_TEXT)
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.nodeValue?.trim()
    if (text && CHINESE[text]) node.nodeValue = node.nodeValue?.replace(text, CHINESE[text] as string) ?? null
  }
}

export const ChineseUiStrings = ({ children }: { children?: React.ReactNode }) => {
  useEffect(() => {
    translate(document.body)
    const observer = new MutationObserver((mutations) => {
      for (const mutation of mutations) {
        if (mutation.type === 'attributes' && mutation.target instanceof Element) translate(mutation.target.parentNode ?? mutation.target)
        for (const node of mutation.addedNodes)
          if (node instanceof Element) translate(node)
          else if (node.nodeType === Node.TEXT_NODE && node.parentNode) translate(node.parentNode)
      }
    })
    observer.observe(document.body, { childList: true, subtree: true, attributes: true, attributeFilter: [...ATTRIBUTES] })
    return () => observer.disconnect()
  }, [])
  return <>{children}</>
}
