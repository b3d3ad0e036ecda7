'use client'
import { Button, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import React, { useId, useState } from 'react'

import { severityLabels } from '@fengcai/shared/proofread/types'
import type { Severity } from '@fengcai/shared/proofread/types'

import { fieldLabel } from './fieldLabel'
import { PROOFREAD_HIGHLIGHT, showFinding } from './showFinding'
import { useProofread } from './useProofread'
import type { PanelFinding, Proofreading } from './useProofread'

const SEVERITIES: readonly Severity[] = ['error', 'warning']

// The finding shown in place, painted by the CSS Custom Highlight API; a field or block without
// text to select (an image, a folded row) is outlined for a moment instead.
const STYLES = `
::highlight(${PROOFREAD_HIGHLIGHT}) { background-color: #ffd666; color: #000; text-decoration: underline wavy #cf1322; }
[data-proofread-flash] { outline: 3px solid #faad14; outline-offset: 2px; transition: outline-color 0.3s; }
.proofread-panel__finding { all: unset; box-sizing: border-box; display: block; width: 100%; cursor: pointer; padding: 0.45rem 0.5rem; border-radius: 4px; border: 1px solid var(--theme-elevation-150); margin-bottom: 0.4rem; line-height: 1.5; }
.proofread-panel__finding:hover, .proofread-panel__finding[aria-current='true'] { background: var(--theme-elevation-50); border-color: var(--theme-elevation-400); }
.proofread-panel__finding:focus-visible { outline: 2px solid var(--theme-success-500); outline-offset: 1px; }
`

/** Where the finding is, in words: 正文第 3 段, a caption in the body, or the field. */
const placeOf = ({ where }: PanelFinding, label: (path: string) => string): string => {
  const field = label(where.field)
  if (where.block === undefined) return field
  return where.part === 'caption' ? `${field}第 ${where.block + 1} 段（图片说明）` : `${field}第 ${where.block + 1} 段`
}

/** The context around the finding with the finding's text marked. */
const InContext = ({ finding }: { finding: PanelFinding }) => {
  const at = finding.text ? finding.context.indexOf(finding.text) : -1
  if (at === -1) return <>{finding.context}</>
  return (
    <>
      {finding.context.slice(0, at)}
      <mark style={{ background: '#ffd666', color: '#000' }}>{finding.text}</mark>
      {finding.context.slice(at + finding.text.length)}
    </>
  )
}

const FindingButton = ({ finding, place, active, onShow }: { finding: PanelFinding; place: string; active: boolean; onShow: () => void }) => (
  <button aria-current={active} className="proofread-panel__finding" onClick={onShow} type="button">
    <span style={{ fontWeight: 600 }}>{finding.label ?? finding.kind}</span>
    <span style={{ opacity: 0.75 }}> · {place}</span>
    <br />
    {finding.text ? <del style={{ color: 'var(--theme-error-500)' }}>{finding.text}</del> : null}
    {finding.suggestion ? (
      <>
        {' → '}
        <ins style={{ color: 'var(--theme-success-600, var(--theme-text))', textDecoration: 'none', fontWeight: 600 }}>{finding.suggestion}</ins>
      </>
    ) : null}
    {finding.note ? <span style={{ display: 'block', opacity: 0.85 }}>{finding.note}</span> : null}
    {finding.context && finding.context !== finding.text ? (
      <span style={{ display: 'block', opacity: 0.75, fontSize: '0.9em' }}>
        …<InContext finding={finding} />…
      </span>
    ) : null}
  </button>
)

const summary = (result: Proofreading): string => {
  if (result.state === 'unsaved') return '保存稿件后即可校对。'
  if (result.state === 'loading') return '正在校对…'
  if (result.state === 'failed') return `校对没有完成：${result.message}`
  const counts = SEVERITIES.map((severity) => [severity, result.findings.filter((finding) => finding.severity === severity).length] as const)
  const found = counts.filter(([, count]) => count > 0).map(([severity, count]) => `${count} 处${severityLabels[severity]}`)
  return found.length ? `发现 ${found.join('、')}。点击一条可在稿件中定位。` : '未发现问题。'
}

/**
 * 校对, in the sidebar of the edit view: what the proofreader finds in the saved draft (useProofread),
 * errors first, each a button that shows it in place in the form (showFinding).
 */
export const ProofreadPanel = () => {
  const { result, again } = useProofread()
  const { docConfig } = useDocumentInfo()
  const { i18n } = useTranslation()
  const label = (path: string) => fieldLabel(docConfig?.fields, path, i18n) ?? '表单其他位置'
  const [active, setActive] = useState<string | null>(null)
  const [notice, setNotice] = useState('')
  const headingId = useId()
  const findings = result.state === 'done' ? result.findings : result.state === 'loading' ? (result.previous ?? []) : []

  const show = (finding: PanelFinding, key: string) => {
    setActive(key)
    const shown = showFinding(finding.where, finding.text)
    setNotice(
      shown === 'text'
        ? ''
        : shown === 'field'
          ? '已定位到所在位置；原文可能已改动，可“重新校对”。'
          : '没有在表单中找到这一处：它可能在折叠的行或其他标签页中。',
    )
  }

  return (
    <section aria-labelledby={headingId} className="proofread-panel" style={{ marginBottom: '1.5rem' }}>
      <style>{STYLES}</style>
      <div style={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: '0.5rem' }}>
        <h3 id={headingId} style={{ margin: 0, fontSize: '1.1rem' }}>
          校对
        </h3>
        {result.state === 'unsaved' ? null : (
          <Button buttonStyle="secondary" disabled={result.state === 'loading'} margin={false} onClick={again} size="small" type="button">
            重新校对
          </Button>
        )}
      </div>
      <p aria-live="polite" className="proofread-panel__summary" role="status" style={{ margin: '0.5rem 0' }}>
        {summary(result)}
      </p>
      {result.state === 'done' && result.pendingLinks > 0 ? (
        <p style={{ margin: '0 0 0.5rem', opacity: 0.8 }}>还有 {result.pendingLinks} 个外部链接正在检查，稍后“重新校对”可看到结果。</p>
      ) : null}
      {SEVERITIES.map((severity) => {
        const group = findings.map((finding, index) => ({ finding, key: `${severity}-${index}` })).filter(({ finding }) => finding.severity === severity)
        if (group.length === 0) return null
        return (
          <div className="proofread-panel__group" key={severity} style={{ opacity: result.state === 'loading' ? 0.6 : 1 }}>
            <h4 style={{ margin: '0.5rem 0 0.35rem', color: severity === 'error' ? 'var(--theme-error-500)' : 'var(--theme-warning-600, var(--theme-text))' }}>
              {severityLabels[severity]}（{group.length}）
            </h4>
            <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
              {group.map(({ finding, key }) => (
                <li key={key}>
                  <FindingButton active={active === key} finding={finding} onShow={() => show(finding, key)} place={placeOf(finding, label)} />
                </li>
              ))}
            </ul>
          </div>
        )
      })}
      <p aria-live="polite" style={{ margin: notice ? '0.35rem 0 0' : 0, opacity: 0.8 }}>
        {notice}
      </p>
    </section>
  )
}
