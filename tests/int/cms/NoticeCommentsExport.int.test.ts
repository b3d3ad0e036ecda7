/**
 * The objection export for the review meeting (issue #29, item 5): the .xlsx opens with exceljs and
 * holds, sheet by sheet, exactly the rows of the CSV of the same notice, status history included;
 * only the roles that may read personal data export; a bad query is a 4xx that says in Chinese
 * what is wrong; and every export (CSV, Excel, the 操作日志's own CSV) leaves exactly one 操作日志
 * row with who, when and what was taken.
 */
import ExcelJS from 'exceljs'
import { beforeAll, describe, expect, it } from 'vitest'

import type { AuditLog } from '@fengcai/shared/payload-types'

import { MAX_EXPORT_ROWS } from '@/collections/NoticeComments/endpoints/objectionExport'

import { storeComment } from '../../helpers/comments'
import { parseCsv, undefused } from '../../helpers/csv'
import { bootPayload } from '../../helpers/payload'
import type { TestPayload } from '../../helpers/payload'
import { routeClient } from '../../helpers/routes'
import type { RouteClient } from '../../helpers/routes'

type User = Awaited<ReturnType<TestPayload['createUser']>>

const DAY = 24 * 3600_000
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

/** Every cell of a sheet as text, row by row, as wide as its header; fails on a cell that is not text. */
const sheetRows = (sheet: ExcelJS.Worksheet): string[][] => {
  const width = sheet.getRow(1).cellCount
  const rows: string[][] = []
  for (let row = 1; row <= sheet.rowCount; row += 1) {
    const cells: string[] = []
    for (let column = 1; column <= width; column += 1) {
      const cell = sheet.getCell(row, column)
      expect(cell.formula, `${sheet.name}!${cell.address}`).toBeUndefined()
      expect([ExcelJS.ValueType.String, ExcelJS.ValueType.Null], `${sheet.name}!${cell.address} ${String(cell.value)}`).toContain(cell.type)
      cells.push(cell.value === null ? '' : String(cell.value))
    }
    rows.push(cells)
  }
  return rows
}

describe('objection export for the review meeting', () => {
  let ctx: TestPayload
  let client: RouteClient
  let staff: User
  let admin: User
  const tokens: Record<string, string> = {}
  let serial = 0

  const notice = async (title: string) =>
    ctx.payload.create({
      collection: 'notices',
      data: {
        title: `${title} ${serial++}`,
        opensAt: new Date(Date.now() - DAY).toISOString(),
        nominees: [{ name: '郑晓岚', type: 'individual', category: '优秀志愿者' }],
        _status: 'published',
      },
    })

  const moderate = (id: number, data: Record<string, unknown>) =>
    ctx.payload.update({ collection: 'notice-comments', id, data, overrideAccess: false, user: staff, context: { skipRebuild: true } })

  const exportRows = () => ctx.payload.count({ collection: 'audit-log', where: { action: { equals: 'personalDataExported' } }, overrideAccess: true })

  const newestExport = async (): Promise<AuditLog | undefined> =>
    (await ctx.payload.find({ collection: 'audit-log', where: { action: { equals: 'personalDataExported' } }, sort: '-id', limit: 1, overrideAccess: true }))
      .docs[0]

  const errorOf = (text: string): string => (JSON.parse(text) as { errors: { message: string }[] }).errors[0]?.message ?? ''

  beforeAll(async () => {
    ctx = await bootPayload()
    client = await routeClient()
    staff = await ctx.createUser(['notice-staff'])
    admin = await ctx.createUser(['admin'])
    for (const role of ['editor', 'reviewer'] as const) {
      const user = await ctx.createUser([role])
      tokens[role] = (await ctx.payload.login({ collection: 'users', data: { email: user.email, password: user.password } })).token as string
    }
    for (const [role, user] of [
      ['notice-staff', staff],
      ['admin', admin],
    ] as const) {
      tokens[role] = (await ctx.payload.login({ collection: 'users', data: { email: user.email, password: user.password } })).token as string
    }
  })

  it('should hold in each notice’s sheet exactly the rows of that notice’s CSV', async () => {
    // A title Excel would refuse as a sheet name: a slash and brackets, and longer than 31 characters.
    const first = await notice('2026年度最美志愿者/优秀志愿服务组织推荐对象公示[第一批]')
    const second = await notice('社区志愿服务先进个人公示')
    const quiet = await notice('没有异议的公示')
    const elsewhere = await notice('不导出的公示')
    await storeComment(ctx.payload, first.id, 'objection', {
      nomineeId: undefined,
      content: '=HYPERLINK("http://evil.example","点我")，这条异议内容要核实。',
      evidence: '证人：\n社区居委会',
    })
    const handled = await storeComment(ctx.payload, first.id, 'objection', { name: '韩"引号"', phone: '021-55550123', nomineeName: '郑晓岚' })
    await storeComment(ctx.payload, first.id, 'comment', { content: '这是一条普通留言，不应出现在异议表里。' })
    await storeComment(ctx.payload, second.id, 'objection', { content: '-1 这条以减号开头。' })
    await storeComment(ctx.payload, second.id, 'objection', { moderatorNote: '+已电话联系' })
    await storeComment(ctx.payload, elsewhere.id, 'objection', { content: '另一份公示的异议，不应出现。' })
    await moderate(handled.id, { status: 'under-review' })
    await moderate(handled.id, { status: 'resolved', resolution: '经核实，情况不属实。', reply: '您反映的问题已核实，感谢监督。' })

    const answer = await client.get(`notice-comments/export.xlsx?notice=${first.id},${second.id}&notice=${quiet.id}`, tokens['notice-staff'])
    expect(answer.status, answer.text).toBe(200)
    expect(answer.headers.get('content-type')).toBe(XLSX_TYPE)
    expect(answer.headers.get('content-disposition')).toMatch(/^attachment; filename="objections\.xlsx"; filename\*=UTF-8''/)
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(answer.bytes as unknown as ArrayBuffer)
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['2026年度最美志愿者／优秀志愿服务组织推荐对象公示［第一批］', second.title, quiet.title])

    const counts: number[] = []
    for (const [index, sheet] of workbook.worksheets.entries()) {
      const id = [first.id, second.id, quiet.id][index] as number
      const csv = await client.get(`notice-comments/export?notice=${id}`, tokens['notice-staff'])
      expect(csv.status, csv.text).toBe(200)
      const expected = parseCsv(csv.text).map((row) => row.map(undefused))
      const rows = sheetRows(sheet)
      expect(rows, sheet.name).toEqual(expected)
      counts.push(rows.length - 1)
    }
    // What both files hold, said outright, so the comparison cannot pass on two equally wrong files.
    expect(counts).toEqual([2, 2, 0])
    const rows = sheetRows(workbook.worksheets[0] as ExcelJS.Worksheet)
    const header = rows[0] as string[]
    // The columns themselves are pinned by the unit test of objectionTable; here, where they are
    // (with 答复期限: every objection has a due date, fields/answerDue.ts).
    expect(header.length).toBe(14)
    expect(header[header.indexOf('状态') + 1]).toBe('答复期限')
    const column = (name: string, row: string[]) => row[header.indexOf(name)]
    const [formula, resolved] = rows.slice(1) as [string[], string[]]
    expect(column('异议内容', formula)).toBe('=HYPERLINK("http://evil.example","点我")，这条异议内容要核实。')
    expect(column('证据说明', formula)).toBe('证人：\n社区居委会')
    expect(column('公示对象', formula)).toBe('公示整体')
    expect(column('姓名', resolved)).toBe('韩"引号"')
    expect(column('状态', resolved)).toBe('已办结')
    expect(column('状态变更记录', resolved)).toMatch(/^已受理 \d{4}-\d\d-\d\d \d\d:\d\d；核查中 \d{4}-\d\d-\d\d \d\d:\d\d；已办结 \d{4}-\d\d-\d\d \d\d:\d\d$/)
    expect(column('答复', resolved)).toBe('您反映的问题已核实，感谢监督。')
    expect(JSON.stringify(workbook.worksheets.map(sheetRows))).not.toMatch(/普通留言|另一份公示/)
  })

  it('should export for notice staff and administrators only', async () => {
    const subject = await notice('权限测试公示')
    await storeComment(ctx.payload, subject.id, 'objection', { phone: '021-66660000' })
    const path = `notice-comments/export.xlsx?notice=${subject.id}`
    const before = (await exportRows()).totalDocs
    expect((await client.get(path)).status).toBe(401)
    for (const role of ['editor', 'reviewer']) {
      const refused = await client.get(path, tokens[role])
      expect(refused.status, role).toBe(403)
      expect(errorOf(refused.text)).toBe('只有公示工作人员可以导出异议。')
      expect(refused.bytes.includes(Buffer.from('021-66660000'))).toBe(false)
    }
    // A refusal takes nothing out, so it leaves no row.
    expect((await exportRows()).totalDocs).toBe(before)
    for (const role of ['notice-staff', 'admin']) expect((await client.get(path, tokens[role])).status, role).toBe(200)
  })

  it('should answer a bad query with a 4xx that says what is wrong, in Chinese', async () => {
    const staffToken = tokens['notice-staff']
    const before = (await exportRows()).totalDocs
    const cases: [string, number, RegExp][] = [
      ['notice-comments/export.xlsx', 400, /^请用 notice=公示编号 指明要导出哪份公示/],
      ['notice-comments/export.xlsx?notice=', 400, /^请用 notice=公示编号/],
      ['notice-comments/export.xlsx?notice=1%3B%20select', 400, /^公示编号格式不正确/],
      ['notice-comments/export.xlsx?notice=abc', 400, /^公示编号格式不正确/],
      [`notice-comments/export.xlsx?notice=${Array.from({ length: 51 }, (_, index) => index + 1).join(',')}`, 400, /^一次最多导出 50 份公示。$/],
      ['notice-comments/export.xlsx?notice=987654', 404, /^没有找到编号为 987654 的公示。$/],
      ['notice-comments/export?notice=1,2', 400, /^这里一次只能导出一份公示。$/],
      ['notice-comments/export?notice=987654', 404, /^没有找到编号为 987654 的公示。$/],
    ]
    for (const [path, status, message] of cases) {
      const answer = await client.get(path, staffToken)
      expect(answer.status, path).toBe(status)
      expect(errorOf(answer.text), path).toMatch(message)
    }
    expect((await exportRows()).totalDocs).toBe(before)
  })

  it('should show a refusal to the browser that followed a summary link as a page in Chinese, and keep JSON for a script', async () => {
    const subject = await notice('异议过多的公示')
    const pool = (ctx.payload.db as unknown as { pool: { query: (text: string, values?: unknown[]) => Promise<unknown> } }).pool
    // One more objection than an export takes, in one statement (the Local API would take minutes).
    await pool.query(
      `INSERT INTO notice_comments (receipt, idempotency_key, kind, status, notice_id, content)
       SELECT 'GS-BULK-' || n, 'bulk-' || $1::int || '-' || n, 'objection', 'received', $1::int, '批量异议' FROM generate_series(1, $2::int) AS n`,
      [subject.id, MAX_EXPORT_ROWS + 1],
    )
    const navigation = { accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8', 'sec-fetch-mode': 'navigate' }
    try {
      const before = (await exportRows()).totalDocs
      for (const path of [`notice-comments/export.xlsx?notice=${subject.id}`, `notice-comments/export?notice=${subject.id}`]) {
        const script = await client.get(path, tokens['notice-staff'])
        expect(script.status, path).toBe(413)
        const message = errorOf(script.text)
        expect(message, path).toMatch(new RegExp(`^共有 ${MAX_EXPORT_ROWS + 1} 条异议，一次最多导出 ${MAX_EXPORT_ROWS} 条`))
        const shown = await client.get(path, tokens['notice-staff'], navigation)
        expect(shown.status, path).toBe(413)
        expect(shown.headers.get('content-type'), path).toBe('text/html; charset=utf-8')
        expect(shown.text, path).toContain(`<p role="alert">${message}</p>`)
        // Back to the list with the same summary; the list has no filter of that name.
        expect(shown.text, path).toContain('<a href="/admin/collections/notice-comments">返回</a>')
      }
      // A notice deleted since the summary was drawn: the same page, with its own message.
      const gone = await client.get('notice-comments/export.xlsx?notice=987654', tokens['notice-staff'], navigation)
      expect([gone.status, gone.headers.get('content-type')]).toEqual([404, 'text/html; charset=utf-8'])
      expect(gone.text).toContain('<p role="alert">没有找到编号为 987654 的公示。</p>')
      expect((await exportRows()).totalDocs).toBe(before)
    } finally {
      await pool.query('DELETE FROM notice_comments WHERE notice_id = $1', [subject.id])
    }
  })

  it('should leave exactly one 操作日志 row for each export, with who, when and what', async () => {
    const one = await notice('日志公示甲')
    const two = await notice('日志公示乙')
    for (const id of [one.id, one.id, two.id]) await storeComment(ctx.payload, id, 'objection')
    const exports: [string, string, Partial<AuditLog>, RegExp][] = [
      [
        `notice-comments/export?notice=${one.id}`,
        'notice-staff',
        { collection: 'notices', docId: String(one.id), title: one.title },
        /^导出异议表（CSV）：2 条（含联系方式）$/,
      ],
      [
        `notice-comments/export.xlsx?notice=${one.id},${two.id}`,
        'notice-staff',
        { collection: 'notices', docId: `${one.id},${two.id}`, title: `${one.title}；${two.title}` },
        /^导出异议表（Excel）：2 份公示共 3 条（含联系方式）$/,
      ],
      [`notice-comments/export.xlsx?notice=${two.id}`, 'admin', { collection: 'notices', docId: String(two.id) }, /^导出异议表（Excel）：1 条（含联系方式）$/],
      [
        'audit-log/export.csv?action=loginFailed',
        'admin',
        { collection: 'audit-log', docId: null, title: '操作日志' },
        /^导出操作日志（CSV）：\d+ 条；筛选：action=loginFailed$/,
      ],
    ]
    for (const [path, role, fields, note] of exports) {
      const before = (await exportRows()).totalDocs
      const started = Date.now()
      const answer = await client.get(path, tokens[role])
      expect(answer.status, path).toBe(200)
      expect((await exportRows()).totalDocs, path).toBe(before + 1)
      const row = await newestExport()
      expect(row, path).toMatchObject({ ...fields, user: (role === 'admin' ? admin : staff).email })
      expect(row?.note, path).toMatch(note)
      expect(Date.parse(row?.at ?? '')).toBeGreaterThanOrEqual(started - 1000)
      expect(Date.parse(row?.at ?? '')).toBeLessThanOrEqual(Date.now())
    }
  })
})
