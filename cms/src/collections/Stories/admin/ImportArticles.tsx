'use client'
import { Button, useAuth, useConfig } from '@payloadcms/ui'
import React, { useEffect, useRef, useState } from 'react'

import { collectionSlugs, hasRole } from '@fengcai/shared'
import type { ImportedArticle } from '@fengcai/shared/import/article'
import type { User } from '@fengcai/shared/payload-types'

/** What the import endpoint answers (see lib/importer). */
type Result = ImportedArticle & { file: string; storyId: number | null; honorRollId: number | null }

const box: React.CSSProperties = {
  border: '1px solid var(--theme-elevation-150)',
  borderRadius: 4,
  padding: '1rem',
  margin: '0 0 1.5rem',
  background: 'var(--theme-elevation-0)',
}
const list: React.CSSProperties = { margin: '0.25rem 0 0.75rem', paddingLeft: '1.25rem' }
const preview: React.CSSProperties = {
  margin: '0.25rem 0 0.75rem',
  padding: '0.5rem 0.75rem',
  maxHeight: '24rem',
  overflowY: 'auto',
  border: '1px solid var(--theme-elevation-100)',
  borderRadius: 4,
  lineHeight: 1.7,
}

/**
 * 导入文章, above the stories list: paste an article (text or HTML) or choose a .docx / .html /
 * .txt file, look at what the importer makes of it (title, date, source, bylines, the body as it
 * will be saved, the captions kept apart, what it removed and what to check), then save it as a draft. Only editors and administrators see it.
 */
export const ImportArticles = () => {
  const { user } = useAuth<User>()
  const { config } = useConfig()
  const [open, setOpen] = useState(false)
  const [text, setText] = useState('')
  const [file, setFile] = useState<File | null>(null)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [result, setResult] = useState<Result | null>(null)
  const fileInput = useRef<HTMLInputElement>(null)
  // The button is in the server's HTML before React runs: clicked then, it would do nothing.
  const [hydrated, setHydrated] = useState(false)
  useEffect(() => setHydrated(true), [])

  if (!hasRole(user, 'editor', 'admin')) return null
  const endpoint = `${config.serverURL}${config.routes.api}/${collectionSlugs.stories}/import`
  const adminUrl = (collection: string, id: number) => `${config.routes.admin}/collections/${collection}/${id}`

  const send = async (dryRun: boolean) => {
    setBusy(true)
    setError(null)
    try {
      let body: BodyInit
      const headers: Record<string, string> = { 'accept-language': 'zh' }
      if (file) {
        const data = new FormData()
        data.set('file', file)
        body = data
      } else {
        headers['content-type'] = 'application/json'
        body = JSON.stringify({ text })
      }
      const response = await fetch(`${endpoint}${dryRun ? '?dryRun=1' : ''}`, { method: 'POST', credentials: 'include', headers, body })
      const answer = (await response.json().catch(() => ({}))) as { result?: Result; errors?: { message?: string }[]; message?: string }
      if (!response.ok || !answer.result) {
        setResult(null)
        setError(answer.errors?.[0]?.message ?? answer.message ?? `导入失败（HTTP ${response.status}），请重试。`)
        return
      }
      setResult(answer.result)
    } catch (failure) {
      console.error('article import failed', failure)
      setError('网络出现问题，未能导入，请重试。')
    } finally {
      setBusy(false)
    }
  }

  const reset = () => {
    setText('')
    setFile(null)
    setResult(null)
    setError(null)
    if (fileInput.current) fileInput.current.value = ''
  }

  if (!open) {
    return (
      <div className="gutter--left gutter--right" style={{ margin: '1rem 0 0' }}>
        <Button buttonStyle="secondary" size="small" margin={false} disabled={!hydrated} onClick={() => setOpen(true)}>
          导入文章
        </Button>
      </div>
    )
  }

  return (
    <div className="gutter--left gutter--right" style={{ marginTop: '1rem' }}>
      <section className="import-articles" aria-label="导入文章" style={box}>
        <h3 style={{ marginTop: 0 }}>导入文章</h3>
        <p style={{ marginTop: 0 }}>粘贴旧网站页面或来稿的文字（也可以是 HTML），或选择 .docx、.html、.txt 文件。导入只生成草稿，不会直接发布。</p>
        <label htmlFor="import-text" style={{ display: 'block', fontWeight: 600 }}>
          粘贴内容
        </label>
        <textarea
          id="import-text"
          value={text}
          onChange={(event) => setText(event.target.value)}
          rows={8}
          disabled={Boolean(file)}
          style={{ width: '100%', fontSize: '1rem', margin: '0.25rem 0 0.75rem' }}
        />
        <span style={{ display: 'block', fontWeight: 600 }}>或选择文件</span>
        {/* The browser's own file button speaks the browser's language: ours says 选择文件 in Chinese. */}
        <input
          id="import-file"
          ref={fileInput}
          type="file"
          accept=".docx,.html,.htm,.txt"
          onChange={(event) => setFile(event.target.files?.[0] ?? null)}
          style={{ position: 'absolute', width: 1, height: 1, opacity: 0 }}
        />
        <p style={{ margin: '0.25rem 0 0.75rem', display: 'flex', gap: '0.75rem', alignItems: 'center' }}>
          <label htmlFor="import-file" className="btn btn--style-secondary btn--size-small" style={{ margin: 0, cursor: 'pointer' }}>
            选择文件…
          </label>
          <span>{file ? file.name : '未选择文件（支持 .docx、.html、.txt）'}</span>
        </p>
        <div style={{ display: 'flex', gap: '0.75rem', flexWrap: 'wrap' }}>
          <Button buttonStyle="secondary" size="small" margin={false} disabled={busy || (!file && !text.trim())} onClick={() => void send(true)}>
            查看清理结果
          </Button>
          <Button
            buttonStyle="primary"
            size="small"
            margin={false}
            disabled={busy || (!file && !text.trim()) || !result || result.storyId !== null}
            onClick={() => void send(false)}
          >
            保存为草稿
          </Button>
          <Button buttonStyle="secondary" size="small" margin={false} disabled={busy} onClick={reset}>
            清空
          </Button>
          <Button buttonStyle="secondary" size="small" margin={false} disabled={busy} onClick={() => setOpen(false)}>
            收起
          </Button>
        </div>
        {busy ? <p role="status">正在处理……</p> : null}
        {error ? (
          <p role="alert" style={{ color: 'var(--theme-error-500)' }}>
            {error}
          </p>
        ) : null}
        {result ? (
          <div className="import-result" style={{ marginTop: '1rem' }}>
            {result.storyId !== null ? (
              <p role="status">
                已保存为草稿：<a href={adminUrl(collectionSlugs.stories, result.storyId)}>打开新闻稿草稿</a>
                {result.honorRollId !== null ? (
                  <>
                    {'，'}
                    <a href={adminUrl(collectionSlugs.honorRolls, result.honorRollId)}>打开荣誉榜草稿</a>
                  </>
                ) : null}
                。
              </p>
            ) : null}
            <dl style={{ display: 'grid', gridTemplateColumns: 'max-content 1fr', gap: '0.25rem 1rem', margin: 0 }}>
              <dt>标题</dt>
              <dd className="import-title" style={{ margin: 0 }}>
                {result.title ?? '（未找到）'}
              </dd>
              <dt>日期</dt>
              <dd style={{ margin: 0 }}>{result.publishedAt ? result.publishedAt.slice(0, 16).replace('T', ' ') : '（未找到）'}</dd>
              <dt>来源</dt>
              <dd style={{ margin: 0 }}>{result.source ?? '—'}</dd>
              <dt>作者与署名</dt>
              <dd style={{ margin: 0 }}>
                {[
                  result.correspondent && `通讯员 ${result.correspondent}`,
                  result.reporter && `记者 ${result.reporter}`,
                  result.responsibleEditor && `责任编辑 ${result.responsibleEditor}`,
                ]
                  .filter(Boolean)
                  .join('　') || '—'}
              </dd>
              <dt>正文</dt>
              <dd style={{ margin: 0 }}>
                {result.paragraphs.length} 段，{result.headings.length} 个小标题
              </dd>
              {result.honorRoll ? (
                <>
                  <dt>荣誉榜</dt>
                  <dd style={{ margin: 0 }}>{result.honorRoll.entries.length} 项，将另存为荣誉榜草稿并关联本文</dd>
                </>
              ) : null}
            </dl>
            {result.warnings.length ? (
              <>
                <h4 style={{ marginBottom: 0 }}>请注意</h4>
                <ul className="import-warnings" style={list}>
                  {result.warnings.map((warning) => (
                    <li key={warning}>{warning}</li>
                  ))}
                </ul>
              </>
            ) : null}
            <h4 style={{ marginBottom: 0 }}>{result.storyId === null ? '清理后的正文（保存后将是这样）' : '已保存的正文'}</h4>
            <div className="import-body" style={preview}>
              {result.blocks.length ? (
                result.blocks.map((block, index) =>
                  block.type === 'heading' ? (
                    <h5 key={index} style={{ margin: '0.75rem 0 0.25rem' }}>
                      {block.text}
                    </h5>
                  ) : (
                    <p key={index} style={{ margin: '0 0 0.5rem' }}>
                      {block.text}
                    </p>
                  ),
                )
              ) : (
                <p style={{ margin: 0 }}>（没有正文）</p>
              )}
            </div>
            {result.names.length ? (
              <>
                <h4 style={{ marginBottom: 0 }}>找到的人名（按人名转换，请核对）</h4>
                <p style={{ margin: '0.25rem 0 0.75rem' }}>
                  {result.names.map((name) => (name.original === name.simplified ? name.simplified : `${name.original} → ${name.simplified}`)).join('、')}
                </p>
              </>
            ) : null}
            {result.captions.length ? (
              <>
                <h4 style={{ marginBottom: 0 }}>图片说明（不放入正文，上传图片后填写）</h4>
                <ul className="import-captions" style={list}>
                  {result.captions.map((caption) => (
                    <li key={caption}>{caption}</li>
                  ))}
                </ul>
              </>
            ) : null}
            <h4 style={{ marginBottom: 0 }}>已删除的内容</h4>
            <ul className="import-removed" style={list}>
              {result.removed.length ? result.removed.map((line, index) => <li key={`${index}-${line}`}>{line}</li>) : <li>无</li>}
            </ul>
          </div>
        ) : null}
      </section>
    </div>
  )
}
