/**
 * The same published stories built by Hugo with templates equivalent to ours (story page,
 * paginated list of 12, four taxonomies with their own paginated lists), for a side-by-side
 * figure. Content is exported as HTML files with front matter, as Hugo sites hold it.
 */
import { execFile } from 'node:child_process'
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'

import type pg from 'pg'

import { timed } from './timed'

const run = promisify(execFile)

export const hugoAvailable = async (): Promise<boolean> =>
  run('hugo', ['version']).then(
    () => true,
    () => false,
  )

const escape = (value: string): string => value.replace(/[&<>"]/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[char] ?? char)

/** Paragraph text of a Lexical state as HTML paragraphs (what generated and demo stories hold). */
const paragraphs = (body: unknown): string => {
  const texts: string[] = []
  const visit = (node: unknown, into: string[]): void => {
    if (!node || typeof node !== 'object') return
    const record = node as { type?: string; text?: string; children?: unknown[]; root?: unknown }
    if (record.root) return visit(record.root, into)
    if (record.type === 'paragraph' || record.type === 'heading') {
      const inner: string[] = []
      for (const child of record.children ?? []) visit(child, inner)
      into.push(`<p>${escape(inner.join(''))}</p>`)
      return
    }
    if (typeof record.text === 'string') into.push(record.text)
    for (const child of record.children ?? []) visit(child, into)
  }
  visit(body, texts)
  return texts.join('\n')
}

const templates: Record<string, string> = {
  'layouts/_default/baseof.html': `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>{{ .Title }} · 风采</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="canonical" href="{{ .Permalink }}"></head>
<body><header><a href="/">风采</a><nav>{{ range .Site.Taxonomies.columns }}<a href="{{ .Page.RelPermalink }}">{{ .Page.Title }}</a> {{ end }}</nav></header>
<main>{{ block "main" . }}{{ end }}</main><footer>演示站点</footer></body></html>`,
  'layouts/_default/single.html': `{{ define "main" }}<article><h1>{{ .Title }}</h1><p><time>{{ .Date.Format "2006年1月2日" }}</time>
{{ range .GetTerms "columns" }}<a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a>{{ end }}
{{ range .GetTerms "districts" }}<a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a>{{ end }}</p>
<div class="prose">{{ .Content }}</div></article>{{ end }}`,
  'layouts/_default/list.html': `{{ define "main" }}<h1>{{ .Title }}</h1><ul>{{ range (.Paginate .Pages 12).Pages }}
<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> <time>{{ .Date.Format "2006年1月2日" }}</time><p>{{ .Params.summary }}</p></li>{{ end }}</ul>
{{ template "_internal/pagination.html" . }}{{ end }}`,
  'layouts/_default/terms.html': `{{ define "main" }}<h1>{{ .Title }}</h1><ul>{{ range .Data.Terms.Alphabetical }}<li><a href="{{ .Page.RelPermalink }}">{{ .Page.Title }}</a> {{ .Count }}</li>{{ end }}</ul>{{ end }}`,
}

const config = `baseURL = "http://localhost/"
languageCode = "zh-cn"
title = "风采"
paginate = 12
disableKinds = ["RSS"]
[taxonomies]
  column = "columns"
  district = "districts"
  organization = "organizations"
  tag = "tags"
`

/** Exports every published story from the database and builds it with Hugo. */
export const buildWithHugo = async (db: pg.Client): Promise<{ seconds: number; pages: number; version: string }> => {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'fengcai-hugo-'))
  try {
    const { rows } = await db.query<{
      slug: string
      title: string
      summary: string | null
      published_at: Date | null
      body: unknown
      col: string | null
      dist: string | null
      orgs: string[] | null
    }>(`
      SELECT s.slug, s.title, s.summary, s.published_at, s.body, c.name AS col, d.name AS dist,
        (SELECT array_agg(o.name) FROM stories_rels r JOIN organizations o ON o.id = r.organizations_id WHERE r.parent_id = s.id AND r.path = 'organizations') AS orgs
      FROM stories s LEFT JOIN columns c ON c.id = s.column_id LEFT JOIN districts d ON d.id = s.district_id
      WHERE s._status = 'published'`)
    await mkdir(path.join(dir, 'content', 'stories'), { recursive: true })
    for (const [file, text] of Object.entries(templates)) {
      await mkdir(path.dirname(path.join(dir, file)), { recursive: true })
      await writeFile(path.join(dir, file), text)
    }
    await writeFile(path.join(dir, 'config.toml'), config)
    await writeFile(path.join(dir, 'content', 'stories', '_index.md'), '---\ntitle: 新闻\n---\n')
    for (const row of rows) {
      const front = {
        title: row.title,
        date: (row.published_at ?? new Date(0)).toISOString(),
        summary: row.summary ?? '',
        columns: row.col ? [row.col] : [],
        districts: row.dist ? [row.dist] : [],
        organizations: row.orgs ?? [],
        tags: [] as string[],
      }
      await writeFile(path.join(dir, 'content', 'stories', `${row.slug}.html`), `${JSON.stringify(front, null, 2)}\n\n${paragraphs(row.body)}\n`)
    }
    const version = (await run('hugo', ['version'])).stdout.split(' ')[1] ?? 'hugo'
    const build = await timed('hugo', ['--quiet', '--destination', path.join(dir, 'public')], { cwd: dir, env: process.env })
    const pages = (await readdir(path.join(dir, 'public'), { recursive: true })).filter((entry) => String(entry).endsWith('.html')).length
    return { seconds: build.seconds, pages, version }
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}
