'use client'
import React, { useEffect } from 'react'

/**
 * The strings Payload 3.90.2 and its Lexical editor hard-code in English, outside its translations
 * (everything else is in Chinese through `i18n` in payload.config.ts: admin/translations.ts, and
 * labels per language in lib/labelsPerLanguage.ts). This puts the Chinese wording in their place as
 * they appear; being client-side, it comes a moment after hydration. Each entry names where Payload
 * writes it (files of the published dist); remove an entry once Payload translates it.
 */
const CHINESE: Record<string, string> = {
  // richtext-lexical lexical/plugins/handles/DraggableBlockPlugin/index.js:329 (aria-label)
  'Drag to move': '拖动以移动',
  // richtext-lexical lexical/plugins/handles/AddBlockHandlePlugin/index.js:134 (aria-label)
  'Add block': '添加内容块',
  // richtext-lexical features/link/client/plugins/floatingLinkEditor/LinkEditor/index.js:283, :294 (aria-label)
  'Edit link': '编辑链接',
  'Remove link': '删除链接',
  // richtext-lexical lexical/plugins/InsertParagraphAtEnd/index.js:25 (aria-label)
  'Insert Paragraph': '插入段落',
  // richtext-lexical features/toolbars/shared/ToolbarDropdown/index.js:117 (aria-label `${groupKey} dropdown`)
  'add dropdown': '插入',
  'text dropdown': '文字样式',
  'align dropdown': '对齐方式',
  // ui elements/SelectAll/index.js:42 names the list's select-all box "select-all", and ui
  // fields/Checkbox/Input.js:73 titles every checkbox with its name (its aria-label forced empty:
  // payloadcms/payload#17376).
  'select-all': '全选',
  // ui providers/ToastContainer/index.js renders sonner's Toaster without containerAriaLabel:
  // sonner's default "Notifications" and its hot key.
  'Notifications alt+T': '通知（Alt+T）',
}
const ATTRIBUTES = ['aria-label', 'title', 'placeholder', 'alt'] as const

/** Labels Payload builds from a hard-coded English part. */
const fixed = (element: Element, attribute: string, value: string): string | null => {
  // ui fields/Relationship/select-components/MultiValueLabel/index.js:52: aria-label `Edit ${label}`.
  if (value.startsWith('Edit ')) return `编辑 ${value.slice(5)}`
  // next views/Versions/buildColumns.js:30: the versions list's 更新于 (updatedAt) column passes its sort buttons no
  // label, so their aria-label keeps "{{label}}" (general:sortByLabelDirection): the column's heading.
  if (value.includes('{{label}}')) {
    const heading = element.closest('.sort-column')?.querySelector('.sort-column__label')?.textContent?.trim()
    return heading ? value.replace('{{label}}', heading) : null
  }
  // ui fields/Checkbox/Input.js:73: a checkbox titled with its field's name (say "featured"): its label instead.
  if (attribute === 'title' && element instanceof HTMLInputElement && value === element.name) {
    return document.querySelector(`label[for="${CSS.escape(element.id)}"]`)?.textContent?.trim() || null
  }
  return null
}

const translate = (root: ParentNode): void => {
  for (const attribute of ATTRIBUTES) {
    for (const element of root.querySelectorAll(`[${attribute}]`)) {
      const value = element.getAttribute(attribute) ?? ''
      const chinese = CHINESE[value] ?? fixed(element, attribute, value)
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
