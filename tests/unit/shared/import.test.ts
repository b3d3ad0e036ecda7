import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { describe, expect, it } from 'vitest'

import { dateOf, parseArticle } from '@fengcai/shared/import/article'
import { parseAwardedEntry, parseHonorRoll } from '@fengcai/shared/import/honor-roll'
import { htmlToText } from '@fengcai/shared/import/html'
import { findNames } from '@fengcai/shared/import/names'
import { normalisePunctuation } from '@fengcai/shared/import/punctuation'
import { GARBLED_MARK, isReading, stripReadings } from '@fengcai/shared/import/readings'
import { simplifiedName, toSimplified, traditionalCharacters } from '@fengcai/shared/import/simplified'

import { referenceDir } from '../../helpers/reference'

const here = path.dirname(fileURLToPath(import.meta.url))
const fixture = (name: string) => readFileSync(path.join(here, '../../fixtures/import', name), 'utf8')
const reference = (name: string) => readFileSync(path.join(referenceDir as string, name), 'utf8')

/** A handful of characters every Traditional text of ours uses, none of them Simplified. */
const TRADITIONAL_SAMPLE = /[踐業會責領總隊動這樣簡稱經設員辦協準為發與組織們說還當時間東銀達網務長來開職專進義診訓計參]/

describe('stripReadings', () => {
  it('should remove readings glued after characters, with tone marks, tone numbers or none', () => {
    expect(stripReadings('企業(yè)社會責(zé)任').text).toBe('企業社會責任')
    expect(stripReadings('企業(ye4)責(ze2)任').text).toBe('企業責任')
    expect(stripReadings('批準(zhun)成立').text).toBe('批準成立')
    expect(stripReadings('總隊(duì)').readings).toBe(1)
  })

  it('should keep parentheses that are not readings', () => {
    for (const text of ['首席执行官(CEO)', '第一条(a)', '成立于(2010)', '东邦(Dongbang Medica)', '项目(app)']) expect(stripReadings(text).text).toBe(text)
    expect(isReading('CEO')).toBe(false)
    expect(isReading('shù')).toBe(true)
  })

  it('should mark the debris of a broken encoding instead of keeping it', () => {
    const result = stripReadings('為當(dāng)?shù)蒯t(yī)療水平，覆蓋居民?,也?000名')
    expect(result.text).not.toMatch(/[a-z?()]/)
    expect(result.text).toContain(GARBLED_MARK)
    expect(result.garbled).toBeGreaterThanOrEqual(3)
  })
})

describe('toSimplified', () => {
  it('should convert with phrase rules and leave Simplified text as it is', () => {
    expect(toSimplified('踐行企業社會責任，乾淨的頭髮')).toBe('践行企业社会责任，干净的头发')
    expect(toSimplified('怎么样，什么时候')).toBe('怎么样，什么时候')
  })

  it('should keep the surname 於 in names it is given, and convert 於 elsewhere', () => {
    expect(toSimplified('記者於佩珊報道，成立於2010年', ['於佩珊'])).toBe('记者於佩珊报道，成立于2010年')
    expect(toSimplified('記者於佩珊報道')).toBe('记者于佩珊报道')
    expect(simplifiedName('鍾曉明')).toBe('钟晓明')
  })

  it('should not rewrite words as Taiwan vocabulary would (核心, 建立, 支援 stay)', () => {
    expect(toSimplified('以讀者服務為核心，建立隊伍，提供支援')).toBe('以读者服务为核心，建立队伍，提供支援')
  })

  it('should list the Traditional characters of a text', () => {
    expect(traditionalCharacters('总队在行動')).toEqual(['動'])
    expect(traditionalCharacters('怎么样')).toEqual([])
  })
})

describe('findNames', () => {
  it('should find names in bylines and before speech verbs, in both scripts', () => {
    expect(findNames('通讯员 俞秋凤 记者 金隼')).toEqual(['俞秋凤', '金隼'])
    expect(findNames('記者 於佩珊 報道')).toEqual(['於佩珊'])
    expect(findNames('文／於明 圖｜鍾曉 撰文：歐陽青')).toEqual(['於明', '鍾曉', '歐陽青'])
    expect(findNames('党总支书记孙佩莉说。家住小区的胡银花老人说。独居老人高丽英乐呵呵地说。')).toEqual(['孙佩莉', '胡银花', '高丽英'])
  })

  it('should not take a role word for a name', () => {
    expect(findNames('九里亭街道有关负责人说，一位老人拉着志愿者的手说')).toEqual([])
  })
})

describe('normalisePunctuation', () => {
  it('should make ASCII marks beside Chinese full-width, and leave numbers and times alone', () => {
    expect(normalisePunctuation('企业社会责任,中智在行动!')).toBe('企业社会责任，中智在行动！')
    expect(normalisePunctuation('服务了1,000人次,时间17:30~18:30')).toBe('服务了1,000人次，时间17:30~18:30')
    expect(normalisePunctuation('以下简称"总队"(成立较早)')).toBe('以下简称“总队”（成立较早）')
    expect(normalisePunctuation('重要路口······')).toBe('重要路口……')
    expect(normalisePunctuation('Dongbang Medica, Inc.')).toBe('Dongbang Medica, Inc.')
  })
})

describe('htmlToText', () => {
  it('should set navigation, sidebars and footers apart and leave image alt texts out', () => {
    const { text, removed, title } = htmlToText(fixture('portal-page.html'))
    expect(title).toBe('社区助老食堂迎来第一百位志愿者')
    expect(text).not.toContain('示意图')
    expect(text).not.toContain('垃圾分类宣传周')
    expect(text).toContain('## 从十几人到一百人')
    expect(removed.join('\n')).toContain('长风街道开展垃圾分类宣传周活动')
  })
})

describe('parseAwardedEntry and parseHonorRoll', () => {
  it('should read unit, labelled honoree and award', () => {
    expect(parseAwardedEntry('上海汽车博物馆有限公司 工作室:胡辉刚古董车修复工匠创新工作室 荣获 2023年度上海市工匠创新工作室')).toEqual({
      name: '胡辉刚古董车修复工匠创新工作室',
      unit: '上海汽车博物馆有限公司',
      award: '2023年度上海市工匠创新工作室',
      type: 'collective',
    })
    expect(parseAwardedEntry('上海长顺电梯电缆有限公司 荣获 2023年度上海市高新技术企业')?.type).toBe('organization')
  })

  it('should read "award：names" lines and award headings followed by names', () => {
    const { entries, unread } = parseHonorRoll(['优秀志愿者（3名）：顾文静（徐汇区长桥街道）、欧阳明、谢雨桐', '优秀志愿服务项目', '银发课堂 河畔清洁日'])
    expect(unread).toEqual([])
    expect(entries.slice(0, 3)).toEqual([
      { name: '顾文静', unit: '徐汇区长桥街道', award: '优秀志愿者', type: 'individual' },
      { name: '欧阳明', unit: null, award: '优秀志愿者', type: 'individual' },
      { name: '谢雨桐', unit: null, award: '优秀志愿者', type: 'individual' },
    ])
    expect(entries.slice(3).map((entry) => [entry.name, entry.award])).toEqual([
      ['银发课堂', '优秀志愿服务项目'],
      ['河畔清洁日', '优秀志愿服务项目'],
    ])
    expect(entries[3]?.type).toBe('project')
  })
})

describe.skipIf(!referenceDir)('parseArticle on the reference articles', () => {
  it('should give article A a Simplified title, no pinyin readings and no Traditional characters', () => {
    const article = parseArticle(reference('article-a-traditional.txt'))
    expect(article.title).toBe('践行企业社会责任，中智白领青年志愿者总队在行动')
    expect(article.publishedAt).toBe('2023-08-11T10:25:00+08:00')
    expect(article.source).toBe('中智股份')
    const everything = JSON.stringify([article.title, article.paragraphs, article.headings, article.captions])
    expect(everything).not.toMatch(/\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)/)
    expect(everything).not.toMatch(TRADITIONAL_SAMPLE)
    expect(traditionalCharacters(everything)).toEqual([])
    expect(article.headings).toEqual(['这样的公益，很中智！', '精准帮扶', '抗疫一线', '活动保障', '城市服务', '美好生活'])
    expect(article.paragraphs[0]).toMatch(/^中智白领青年志愿者总队/)
    expect(article.removed.join('\n')).toMatch(/omniture[\s\S]*4571[\s\S]*全球TMT/)
    expect(article.warnings.some((warning) => warning.includes('疑似乱码'))).toBe(true)
  })

  it('should end article B at its byline, keep its names and read its honour roll', () => {
    const article = parseArticle(reference('article-b-with-honor-roll.txt'))
    expect(article.title).toBe('这个新时代文明实践项目让志愿者与受助老人“双向奔赴” 近三百个日夜守护，传递九里亭的温暖故事')
    expect(article.correspondent).toBe('俞秋凤')
    expect(article.reporter).toBe('金隼')
    expect(article.headings).toHaveLength(3)
    expect(article.paragraphs.join('')).not.toContain('玻尿酸')
    expect(article.paragraphs.some((paragraph) => paragraph.includes('很多时候，志愿服务不是没有人愿意参与'))).toBe(true)
    expect(article.paragraphs.some((paragraph) => paragraph.includes('在第60个学雷锋纪念日来临之际，“九里 to 行动”'))).toBe(true)
    expect(article.names.map((name) => name.simplified)).toEqual(expect.arrayContaining(['俞秋凤', '金隼', '高丽英', '孙佩莉', '胡银花', '罗文盛']))
    expect(article.names.map((name) => name.simplified)).not.toContain('齐力')
    expect(article.honorRoll?.entries).toHaveLength(12)
    expect(article.honorRoll?.entries[1]).toEqual({
      name: '胡辉刚古董车修复工匠创新工作室',
      unit: '上海汽车博物馆有限公司',
      award: '2023年度上海市工匠创新工作室',
      type: 'collective',
    })
    expect(article.warnings).toContain('未找到发布日期，请在草稿中填写')
  })
})

describe('parseArticle on our own corpus', () => {
  it('should take an old portal page apart: title, meta line, caption, byline, furniture', () => {
    const article = parseArticle(fixture('portal-page.html'))
    expect(article).toMatchObject({
      title: '社区助老食堂迎来第一百位志愿者',
      publishedAt: '2026-03-14T09:30:00+08:00',
      source: '长风街道',
      reporter: '范晓雯',
      responsibleEditor: '陆文涛',
      headings: ['从十几人到一百人'],
      captions: ['图为志愿者在助老食堂为老人打饭（通讯员 余思远 摄）'],
    })
    expect(article.paragraphs).toHaveLength(4)
    // Broken inside a sentence in the source: one paragraph again.
    expect(article.paragraphs[1]).toContain('打饭、收拾餐桌')
    const removed = article.removed.join('\n')
    for (const gone of ['当前位置', '1287', '分享到', 'ICP备', '相关新闻']) expect(removed).toContain(gone)
    expect(JSON.stringify(article.paragraphs)).not.toMatch(/当前位置|分享到|ICP|浏览次数|版权/)
    expect(article.names.map((name) => name.simplified)).toEqual(expect.arrayContaining(['於桂兰', '钟立平', '余思远']))
  })

  it('should read a correspondent mail: news lead, bylines, next/previous links, copyright line', () => {
    const article = parseArticle(fixture('correspondent-mail.txt'))
    expect(article).toMatchObject({
      title: '河畔清洁日：两百名居民一起捡拾垃圾',
      reporter: '欧阳明',
      correspondent: '谢雨桐',
      source: '滨江镇',
      headings: ['下一步'],
    })
    expect(article.paragraphs[0]).toMatch(/^周六一早/)
    expect(article.paragraphs[1]).toContain('讲解垃圾分类的方法')
    expect(JSON.stringify(article)).not.toContain('消防安全演练"]')
    expect(article.paragraphs.join('')).not.toMatch(/上一篇|下一篇|未经授权/)
  })

  it('should drop a list of other notices after the text and read the closing signature', () => {
    const article = parseArticle(fixture('notice-with-list.txt'))
    expect(article.source).toBe('某区河长制办公室')
    expect(article.publishedAt).toBe('2026-05-06T00:00:00+08:00')
    expect(article.paragraphs.join('')).not.toMatch(/优秀志愿服务项目的公示|星级评定|河长制办公室2026/)
    expect(article.removed.filter((line) => line.includes('的公示'))).toHaveLength(3)
  })

  it('should convert Traditional bylines and text, keeping the surname 於', () => {
    const article = parseArticle(fixture('traditional-with-names.txt'))
    expect(article.title).toBe('守护绿色家园，志愿者在行动')
    expect(article.reporter).toBe('於佩珊、范志强')
    expect(article.responsibleEditor).toBe('钟晓明')
    expect(article.paragraphs[1]).toBe('志愿者队长余子健说，这项活动已经坚持了五年，参与的人越来越多。')
    expect(article.names).toEqual(
      expect.arrayContaining([
        { original: '於佩珊', simplified: '於佩珊' },
        { original: '鍾曉明', simplified: '钟晓明' },
      ]),
    )
    expect(JSON.stringify(article.paragraphs)).not.toMatch(/\(/)
  })

  it('should warn of a missing title with a suggestion, and of a missing date', () => {
    const article = parseArticle('昨天下午，社区志愿者为独居老人送去了冬衣和米面油。这是今年冬季的第一次走访。\n\n走访将持续到春节前。')
    expect(article.title).toBeNull()
    expect(article.warnings).toEqual(
      expect.arrayContaining(['未找到标题，建议：昨天下午，社区志愿者为独居老人送去了冬衣和米面油', '未找到发布日期，请在草稿中填写']),
    )
  })

  it('should not make a heading of a short fragment broken off mid-sentence', () => {
    const article = parseArticle('标题：一段测试文字\n\n第一段写完了。\n\n今年3月，在第60个学雷锋\n\n纪念日来临之际，项目正式启动。')
    expect(article.headings).toEqual([])
    expect(article.paragraphs).toContain('今年3月，在第60个学雷锋纪念日来临之际，项目正式启动。')
  })
})

describe('dateOf', () => {
  it('should read dotted dates, dates in Chinese numerals and dates beside relative stamps', () => {
    expect(dateOf('2022.03.07')).toBe('2022-03-07T00:00:00+08:00')
    expect(dateOf('二〇二二年三月七日')).toBe('2022-03-07T00:00:00+08:00')
    expect(dateOf('二〇二三年十二月三十一日')).toBe('2023-12-31T00:00:00+08:00')
    expect(dateOf('3年前 (2021-04-18)')).toBe('2021-04-18T00:00:00+08:00')
    expect(dateOf('2周前 · 2022年3月7日 10:25')).toBe('2022-03-07T10:25:00+08:00')
    expect(dateOf('电话 0571-8888-1234，2022年3月7日')).toBe('2022-03-07T00:00:00+08:00')
  })
})

describe('parseArticle on the shapes of real pages', () => {
  const story = '周六上午，三十名志愿者来到滨河公园，沿着步道清理落叶和塑料袋。\n\n活动一直持续到中午，共清理垃圾一百多公斤。'
  const now = new Date('2026-12-05T12:00:00+08:00')

  it('should take the absolute date beside a relative stamp', () => {
    for (const stamp of ['3年前 (2021-04-18)', '2周前 · 2021年4月18日', '2021.04.18', '二〇二一年四月十八日 星期日']) {
      const article = parseArticle(`滨河公园的落叶清扫日\n\n${stamp}\n\n${story}`, { now })
      expect(article.publishedAt?.slice(0, 10), stamp).toBe('2021-04-18')
      expect(article.title).toBe('滨河公园的落叶清扫日')
      expect(article.paragraphs[0]).toMatch(/^周六上午/)
    }
  })

  it('should warn when the date is more than 30 days old, naming it, and not when it is recent', () => {
    expect(parseArticle(`滨河公园的落叶清扫日\n2021-04-18\n${story}`, { now }).warnings).toContain(
      '发布日期 2021-04-18 早于30天前，请确认：保存后它不会出现在列表首页。',
    )
    expect(parseArticle(`滨河公园的落叶清扫日\n2026-11-20\n${story}`, { now }).warnings.join('\n')).not.toContain('早于30天前')
  })

  it('should take a publishing office on the first line as the source, not the title', () => {
    const article = parseArticle(`滨河街道办事处\n\n滨河公园的落叶清扫日\n\n2026年11月28日\n\n${story}\n\n滨河街道办事处志愿服务科`)
    expect(article).toMatchObject({ title: '滨河公园的落叶清扫日', source: '滨河街道办事处' })
    expect(article.paragraphs[0]).toMatch(/^周六上午/)
  })

  it('should keep photo captions at the top of a page as captions, with no title', () => {
    const article = parseArticle(`▲志愿者在步道上清理落叶\n\n图2 志愿者把垃圾分类装袋\n\n${story}\n\n（图片由滨河街道提供）`)
    expect(article.title).toBeNull()
    expect(article.warnings.some((warning) => warning.startsWith('未找到标题'))).toBe(true)
    expect(article.captions).toEqual(['▲志愿者在步道上清理落叶', '图2 志愿者把垃圾分类装袋', '（图片由滨河街道提供）'])
    expect(article.paragraphs[0]).toMatch(/^周六上午/)
  })

  it('should drop a copyright statement and the teasers of other stories after it, and runs of 第N期 items', () => {
    const article = parseArticle(
      `滨河公园的落叶清扫日\n2026-11-28\n${story}\n版权声明：本站刊登的内容版权归本站所有，未经许可不得转载。\n社区食堂推出了冬季暖身套餐，老人们一早就来……\n街道图书馆的亲子阅读会又开课了，这次的主题是...\n第7期：旧物改造小课堂 第8期：楼道里的微景观`,
    )
    expect(article.paragraphs).toEqual(['周六上午，三十名志愿者来到滨河公园，沿着步道清理落叶和塑料袋。', '活动一直持续到中午，共清理垃圾一百多公斤。'])
    const withIssues = parseArticle(`滨河公园的落叶清扫日\n2026-11-28\n${story}\n第7期：旧物改造小课堂\n第8期：楼道里的微景观`)
    expect(withIssues.blocks.map((block) => block.text).join('\n')).not.toContain('第7期')
    const inline = parseArticle(`滨河公园的落叶清扫日\n2026-11-28\n${story}\n往期：第7期：旧物改造 第8期：楼道微景观 第9期：暖冬行动`)
    expect(inline.blocks.map((block) => block.text).join('\n')).not.toContain('第8期')
  })

  it("should not make a site's menu into subheadings of pasted HTML", () => {
    const article = parseArticle(
      '<h3>首页</h3><h3>新闻中心</h3><h3>志愿服务</h3><h1>滨河公园的落叶清扫日</h1><p>发布时间：2026-11-28</p><p>周六上午，三十名志愿者来到滨河公园，沿着步道清理落叶和塑料袋。</p><h2>下一步</h2><p>街道计划每月组织一次。</p>',
    )
    expect(article.title).toBe('滨河公园的落叶清扫日')
    expect(article.headings).toEqual(['下一步'])
    expect(article.removed.join('\n')).toContain('网站菜单：新闻中心')
  })

  it('should read a 发布日期…来源…作者 line after a list of related links', () => {
    const article = parseArticle(
      `相关新闻\n社区开展冬季消防演练\n街道举办邻里文化节\n滨河公园的落叶清扫日\n发布日期：2026-11-28 来源：滨河街道办事处 作者：欧阳明 浏览次数：1,286\n${story}`,
    )
    expect(article).toMatchObject({ title: '滨河公园的落叶清扫日', publishedAt: '2026-11-28T00:00:00+08:00', source: '滨河街道办事处', reporter: '欧阳明' })
    expect(article.removed.join('\n')).toContain('阅读数 1,286 不导入')
  })

  it('should drop counters wherever they stand, thousands separators and all', () => {
    const article = parseArticle(
      `滨河公园的落叶清扫日\n2026-11-28\n浏览次数：1,286\n周六上午，1,200 名志愿者来到滨河公园。\n点赞(36) 收藏 分享\n阅读 3,217  在看 45`,
    )
    expect(article.paragraphs).toEqual(['周六上午，1,200 名志愿者来到滨河公园。'])
  })

  it('should make corner brackets the quotation marks of Simplified text', () => {
    expect(normalisePunctuation('她说：「这是『我们的』公园。」')).toBe('她说：“这是‘我们的’公园。”')
    expect(parseArticle('濱河公園的落葉清掃日\n2026-11-28\n她說：「這是我們的公園。」').paragraphs).toEqual(['她说：“这是我们的公园。”'])
  })

  it('should read a WeChat copy: account and date above the title, END, editor lines and calls to follow below', () => {
    const article = parseArticle(
      `滨河志愿\n原创 小滨 滨河志愿 2026-11-28 18:30 发表于上海\n点击蓝字\n关注我们\n滨河公园的落叶清扫日\n${story}\n- END -\n来源：滨河街道\n编辑：罗晴\n审核｜葛天宇\n长按识别二维码\n阅读原文\n阅读 5,602  赞 88  在看 31`,
    )
    expect(article).toMatchObject({ title: '滨河公园的落叶清扫日', publishedAt: '2026-11-28T18:30:00+08:00', source: '滨河街道', responsibleEditor: '罗晴' })
    expect(article.paragraphs).toHaveLength(2)
  })

  it('should read an office report: document number, one-line signature of office and date', () => {
    const article = parseArticle(`滨河街道办事处\n滨志办〔2026〕3号\n关于表扬优秀志愿者的通报\n${story}\n滨河街道办事处 2026年11月28日`)
    expect(article).toMatchObject({ title: '关于表扬优秀志愿者的通报', source: '滨河街道办事处', publishedAt: '2026-11-28T00:00:00+08:00' })
    expect(article.paragraphs).toHaveLength(2)
  })

  it("should not keep an account's name between the title and the date as the first paragraph", () => {
    const article = parseArticle(`<h1>滨河公园的落叶清扫日</h1><p>滨河志愿</p><p>2026-11-28 07:45</p><p>${story.split('\n')[0]}</p>`)
    expect(article.paragraphs[0]).toMatch(/^周六上午/)
    expect(article.source).toBe('滨河志愿')
  })

  it("should read a correspondent's mail: headers, greeting and note to the editor, attachments and signature", () => {
    const article = parseArticle(
      `发件人：滨河街道 谢雨桐 <xyt@example.cn>\n日期：2026年11月28日 星期六 15:42\n主题：投稿\n\n编辑老师：\n\n您好！附上周六活动的稿件，请审阅。\n\n滨河公园的落叶清扫日\n\n${story}\n\n附件：现场照片（3张）.zip\n\n谢谢！\n谢雨桐\n电话：021-0000XXXX`,
    )
    expect(article).toMatchObject({ title: '滨河公园的落叶清扫日', publishedAt: '2026-11-28T15:42:00+08:00', reporter: '谢雨桐' })
    expect(article.paragraphs).toEqual(['周六上午，三十名志愿者来到滨河公园，沿着步道清理落叶和塑料袋。', '活动一直持续到中午，共清理垃圾一百多公斤。'])
  })
})

describe('parseArticle on page furniture, meta lines and documents of other shapes', () => {
  const story = '周日上午，二十名志愿者来到枫林小区，帮老人检查家里的燃气灶和热水器。\n\n活动持续到中午，共走访四十二户人家。'
  const paragraphs = ['周日上午，二十名志愿者来到枫林小区，帮老人检查家里的燃气灶和热水器。', '活动持续到中午，共走访四十二户人家。']

  it("should take a labelled 信息来源 over the site's name above the title, and drop a font-size tool bar", () => {
    const article = parseArticle(
      `枫林文明网\n枫林小区的燃气安全日\n信息来源：枫林街道文明办 发布时间：2026年11月29日 点击：1,024\n【字体：大 中 小】\n${story}\n[打印本页] [关闭窗口]`,
    )
    expect(article).toMatchObject({ title: '枫林小区的燃气安全日', source: '枫林街道文明办', publishedAt: '2026-11-29T00:00:00+08:00' })
    expect(article.paragraphs).toEqual(paragraphs)
    expect(article.removed.join('\n')).toContain('页面工具栏：【字体：大 中 小】')
  })

  it("should read an <article>'s own <header> (title, 发布机构, an ISO datetime) and a 文/ 图/ credit line", () => {
    const article = parseArticle(
      `<nav><a>首页</a><a>政务公开</a></nav><article><header><h1>枫林小区的燃气安全日</h1><div>发布机构：枫林街道办事处</div><div>发布时间：<time>2026-11-29T09:30</time></div></header><p>${paragraphs[0]}</p><p>${paragraphs[1]}</p><p>（文/ 任嘉 图/ 钱朵）</p></article>`,
    )
    expect(article).toMatchObject({ title: '枫林小区的燃气安全日', source: '枫林街道办事处', publishedAt: '2026-11-29T09:30:00+08:00', reporter: '任嘉' })
    expect(article.paragraphs).toEqual(paragraphs)
    expect(dateOf('2026-11-29T09:30:00+08:00')).toBe('2026-11-29T09:30:00+08:00')
  })

  it("should take an outlet named without a label on the meta line, else the site's name in <title>", () => {
    const withOutlet = parseArticle(`枫林小区的燃气安全日\n枫林快讯 2天前 (2026-11-29) 阅读量 1.2万 赞 88\n${story}`)
    expect(withOutlet).toMatchObject({ source: '枫林快讯', publishedAt: '2026-11-29T00:00:00+08:00' })
    expect(withOutlet.paragraphs).toEqual(paragraphs)
    const fromTitle = parseArticle(`<title>枫林小区的燃气安全日 - 枫林在线</title><h1>枫林小区的燃气安全日</h1><p>2026-11-29</p><p>${paragraphs[0]}</p>`)
    expect(fromTitle.source).toBe('枫林在线')
  })

  it('should keep a photo credit out of the meta line and a caption under the title, and read 原创 ｜ 文 名 ｜ 账号 ｜ 昨天', () => {
    const article = parseArticle(`枫林小区的燃气安全日\n原创 ｜ 文 沈一舟 ｜ 枫林青年 ｜ 昨天 12:30\n▲ 志愿者检查燃气灶\n图片来源：枫林融媒\n${story}`)
    expect(article).toMatchObject({ title: '枫林小区的燃气安全日', source: '枫林青年', reporter: '沈一舟' })
    expect(article.captions).toContain('▲ 志愿者检查燃气灶')
    expect(article.paragraphs).toEqual(paragraphs)
  })

  it("should read a reposted WeChat article's source and author from its 以下文章来源于 line", () => {
    const article = parseArticle(`转发小号\n以下文章来源于枫林志愿在线 ，作者小枫\n枫林小区的燃气安全日\n2026-11-29 08:30\n${story}`)
    expect(article).toMatchObject({ title: '枫林小区的燃气安全日', source: '枫林志愿在线', reporter: '小枫' })
  })

  it('should read a quoted sender, a labelled title, a bracketed 供稿 credit with a name, a 刊于 note', () => {
    const mail = parseArticle(
      `发件人："陶然 (枫林街道)" <taoran@example.cn>\n日期：2026年11月29日 10:12\n主题：投稿\n\n标题：枫林小区的燃气安全日\n\n${story}\n\n附件：照片.jpg`,
    )
    expect(mail).toMatchObject({ title: '枫林小区的燃气安全日', reporter: '陶然' })
    const credit = parseArticle(`枫林街道社区服务中心\n2026.11.29\n枫林小区的燃气安全日\n${story}\n（供稿：枫林街道社区服务中心 邹一鸣）`)
    expect(credit).toMatchObject({ source: '枫林街道社区服务中心', reporter: '邹一鸣' })
    expect(credit.paragraphs).toEqual(paragraphs)
    const printed = parseArticle(`2026年11月29日\n枫林小区的燃气安全日\n${story}\n（本文刊于《枫林通讯》第3期）`)
    expect(printed.paragraphs).toEqual(paragraphs)
  })

  it('should end a bulletin at 报送 and its print run, drop contact lines, and make （一） sections headings', () => {
    const bulletin = parseArticle(`枫林志愿简报\n第 3 期\n枫林小区的燃气安全日\n${story}\n报送：区文明办\n（共印20份）`)
    expect(bulletin.paragraphs).toEqual(paragraphs)
    const report = parseArticle(
      `关于燃气安全志愿服务的情况报告\n一、基本情况\n${paragraphs[0]}\n（一）分组入户，先查后讲\n${paragraphs[1]}\n联系人：邹一鸣 电话：021-0000XXXX\n枫林街道办事处\n二〇二六年十一月二十九日`,
    )
    expect(report.headings).toEqual(['一、基本情况', '（一）分组入户，先查后讲'])
    expect(report.paragraphs).toEqual(paragraphs)
    expect(report).toMatchObject({ source: '枫林街道办事处', publishedAt: '2026-11-29T00:00:00+08:00' })
  })

  it('should read spaced labels, full-width dates, 本报记者 bylines and 本文来源 lines, and drop a full-width breadcrumb', () => {
    const article = parseArticle(`首页 ＞ 街道动态 ＞ 正文\n枫林小区的燃气安全日\n日　期：２０２６年１１月２９日\n来　源：枫林街道\n本报记者 邹一鸣\n${story}`)
    expect(article).toMatchObject({ title: '枫林小区的燃气安全日', publishedAt: '2026-11-29T00:00:00+08:00', source: '枫林街道', reporter: '邹一鸣' })
    expect(article.paragraphs).toEqual(paragraphs)
    expect(parseArticle(`枫林小区的燃气安全日\n2026-11-29\n${story}\n本文来源：枫林融媒`).source).toBe('枫林融媒')
  })

  it("should drop what a WeChat page shows around a copied article, and an office document's 印发 line", () => {
    const wechat = parseArticle(`枫林小区的燃气安全日\n原创 小枫 枫林志愿 2026-11-29 08:30\n预览时标签不可点\n${story}\n继续滑动看下一个\n轻触阅读原文\n写留言`)
    expect(wechat.paragraphs).toEqual(paragraphs)
    expect(wechat.removed.join('\n')).toContain('预览时标签不可点')
    const document = parseArticle(`关于燃气安全志愿服务的情况报告\n${story}\n枫林街道办事处\n2026年11月29日\n枫林街道党政办公室 2026年11月30日印发`)
    expect(document.paragraphs).toEqual(paragraphs)
    expect(document.publishedAt).toBe('2026-11-29T00:00:00+08:00')
  })

  it("should end a reply mail's story at the quoted 原始邮件 block, and take a team's signature as the source", () => {
    const reply = parseArticle(
      `发件人：陶然 <taoran@example.cn>\n主题：回复：投稿\n\n编辑老师：\n\n改好了，请再看看。\n\n枫林小区的燃气安全日\n\n${story}\n\n------------------ 原始邮件 ------------------\n发件人：编辑部 <bianji@example.cn>\n请把开头改短一些。`,
    )
    expect(reply.paragraphs).toEqual(paragraphs)
    const signed = parseArticle(`枫林小区的燃气安全日\n${story}\n枫林青年志愿服务队\n2026年11月29日`)
    expect(signed).toMatchObject({ source: '枫林青年志愿服务队', publishedAt: '2026-11-29T00:00:00+08:00' })
    expect(signed.paragraphs).toEqual(paragraphs)
  })

  it("should not take 来源：本站 for a source, and drop a WeChat article's closing credits of any role", () => {
    const portal = parseArticle(
      `<title>枫林小区的燃气安全日 - 枫林在线</title><h1>枫林小区的燃气安全日</h1><p>发布时间：2026-11-29 来源：本站</p><p>${paragraphs[0]}</p>`,
    )
    expect(portal.source).toBe('枫林在线')
    const credits = parseArticle(`枫林小区的燃气安全日\n2026-11-29\n${story}\n监制｜钱立\n终审：孙一帆\n编辑｜罗晴`)
    expect(credits.paragraphs).toEqual(paragraphs)
    expect(credits.responsibleEditor).toBe('罗晴')
  })

  it('should keep a story sentence that mentions a QR code, and keep the surname 於 of a 原創 or 責編 line', () => {
    const article = parseArticle(`枫林小区的燃气安全日\n2026-11-29\n街道在楼道口贴了二维码，居民扫码就能预约上门检查。\n${story}`)
    expect(article.paragraphs[0]).toBe('街道在楼道口贴了二维码，居民扫码就能预约上门检查。')
    const traditional = parseArticle(`原創 於明 楓林志願 2026-11-29 19:40\n楓林小區的燃氣安全日\n志願者於週日上門檢查燃氣灶。\n責編：於明`)
    expect(traditional.reporter).toBe('於明')
    expect(traditional.paragraphs[0]).toBe('志愿者于周日上门检查燃气灶。')
  })
})

describe('parseArticle on classes of input first met in the corpus cases 60-79', () => {
  const story = '清晨六点，三十名志愿者沿着河岸拾起塑料瓶和烟头，把步道打扫得干干净净。\n活动结束时，大家一共装满了二十六袋垃圾。'
  const paragraphs = ['清晨六点，三十名志愿者沿着河岸拾起塑料瓶和烟头，把步道打扫得干干净净。', '活动结束时，大家一共装满了二十六袋垃圾。']

  it('should prefer the date labelled as the publication over a written or updated date, also from a table read cell by cell', () => {
    const table = parseArticle(`发布机构\n滨河街道办事处\n成文日期\n2025-03-02\n发布日期\n2025-03-04\n滨河步道的清洁日\n${story}`)
    expect(table).toMatchObject({ title: '滨河步道的清洁日', source: '滨河街道办事处', publishedAt: '2025-03-04T00:00:00+08:00' })
    expect(table.paragraphs).toEqual(paragraphs)
    const updated = parseArticle(`滨河步道的清洁日\n更新时间：2025-03-09 发表于 2025-03-05\n${story}`)
    expect(updated.publishedAt).toBe('2025-03-05T00:00:00+08:00')
    // Another label alone: the date of last resort.
    expect(parseArticle(`滨河步道的清洁日\n修订日期：2025年3月7日\n${story}`).publishedAt).toBe('2025-03-07T00:00:00+08:00')
  })

  it('should read a two-digit year only after a date label or opening a meta line, and not a time range', () => {
    expect(parseArticle(`滨河步道的清洁日\n日期：25/3/6 来源：滨河街道\n${story}`).publishedAt).toBe('2025-03-06T00:00:00+08:00')
    expect(parseArticle(`滨河步道的清洁日\n发布时间：25年3月6日 作者：汪澄\n${story}`).publishedAt).toBe('2025-03-06T00:00:00+08:00')
    expect(parseArticle(`滨河步道的清洁日\n[25-03-06] 来源：滨河街道 点击：120\n${story}`).publishedAt).toBe('2025-03-06T00:00:00+08:00')
    expect(parseArticle(`滨河步道的清洁日\n时间：09.05-10.30 来源：滨河街道\n${story}`).publishedAt).toBeNull()
    expect(parseArticle(`滨河步道的清洁日\n10.15-11.30 来源：滨河街道\n${story}`).publishedAt).toBeNull()
  })

  it("should drop a page's controls (skip links, reading modes, players, galleries, folded text) and keep slide captions without their counters", () => {
    const article = parseArticle(
      `跳到正文 | 关怀版 | 繁體\n（1/3） 志愿者在河岸边分拣垃圾\n图2/3 孩子们把瓶盖投进回收箱\n上一幅 下一幅 原图\n滨河步道的清洁日\n发布时间：2025-03-04\n音频\n该视频已被删除，请刷新后重试\n${paragraphs[0]}\n展开阅读全文 ▼\n${paragraphs[1]}`,
    )
    expect(article.title).toBe('滨河步道的清洁日')
    expect(article.captions).toEqual(['志愿者在河岸边分拣垃圾', '孩子们把瓶盖投进回收箱'])
    expect(article.paragraphs).toEqual(paragraphs)
    // A sentence that only tells of a deleted video is the story's.
    expect(parseArticle(`滨河步道的清洁日\n2025-03-04\n他说那段视频已被删除，但照片还在。\n${story}`).paragraphs[0]).toBe('他说那段视频已被删除，但照片还在。')
  })

  it('should end the story at a comment section, and drop counters with icons and an uploader disclaimer', () => {
    const article = parseArticle(
      `<h1>滨河步道的清洁日</h1><p>2025-03-04</p><p>${paragraphs[0]}</p><p>${paragraphs[1]}</p><div>👁 浏览 3,400 👍 点赞 56 ⭐ 收藏</div><p>本文系用户自行上传，不代表本平台观点和立场。</p><h3>热门评论</h3><p>希望每个月都办一次！</p>`,
    )
    expect(article.paragraphs).toEqual(paragraphs)
    const comments = parseArticle(`滨河步道的清洁日\n2025-03-04\n${story}\n共12条留言\n下次我也报名。`)
    expect(comments.paragraphs).toEqual(paragraphs)
    expect(parseArticle(`滨河步道的清洁日\n2025-03-04\n网友上传的照片里，步道干净了许多。\n${story}`).paragraphs[0]).toBe('网友上传的照片里，步道干净了许多。')
  })

  it('should drop attachments, their numbered items and file names, and still read the signature after them', () => {
    const article = parseArticle(
      `滨河步道清洁日活动的情况报告\n各居委会：\n${story}\n附件下载：\n1. 活动照片\n2. 志愿者名单\n清洁日方案.xlsx\n滨河街道办事处\n2025年3月8日`,
    )
    expect(article.paragraphs).toEqual(paragraphs)
    expect(article).toMatchObject({ source: '滨河街道办事处', publishedAt: '2025-03-08T00:00:00+08:00' })
    // A document's head: an attachment marker before the title.
    expect(parseArticle(`附件3\n滨河步道清洁日活动的情况报告\n${story}`).title).toBe('滨河步道清洁日活动的情况报告')
    // An editor's note or a section's label is not an addressee.
    expect(parseArticle(`滨河步道的清洁日\n编者按：\n${story}`).paragraphs[0]).toMatch(/^编者按：/)
    expect(parseArticle(`滨河步道的清洁日\n活动背景：\n${story}`).paragraphs[0]).toMatch(/^活动背景：/)
  })

  it('should read a hard-wrapped copy from a PDF: masthead, issue, running header and page numbers dropped, the title and the lines joined', () => {
    const article = parseArticle(
      [
        '滨河街道志愿者协会',
        '社 区 志 愿 快 报',
        '总第128期',
        '滨河步道的清洁日：三十名志愿者',
        '捡回二十六袋垃圾',
        '清晨六点，三十名志愿者沿着河岸拾起塑料瓶和烟头，把',
        '步道打扫得干干净净。“以前走在这里要绕着垃圾走，现在',
        '舒服多了。',
        '”一位晨练的老人说。活动结束时，大家一共装满了二十六',
        '第 1 页 共 2 页',
        '社区志愿快报（2025年第2期）',
        '袋垃圾，分拣后送到了街道的回收站。街道表示，清洁日今后每',
        '月举办一次，欢迎附近的居民和学生报名参加。',
      ].join('\n'),
    )
    expect(article.title).toBe('滨河步道的清洁日：三十名志愿者捡回二十六袋垃圾')
    expect(article.paragraphs).toEqual([
      '清晨六点，三十名志愿者沿着河岸拾起塑料瓶和烟头，把步道打扫得干干净净。“以前走在这里要绕着垃圾走，现在舒服多了。”一位晨练的老人说。活动结束时，大家一共装满了二十六袋垃圾，分拣后送到了街道的回收站。街道表示，清洁日今后每月举办一次，欢迎附近的居民和学生报名参加。',
    ])
    expect(article.source).toBe('滨河街道志愿者协会')
  })

  it('should read a submission form before the title, and bracketed labels, for bylines only', () => {
    const form = parseArticle(`投稿信息\n栏目：河道守护\n作者：汪澄、陆一禾\n作者单位：滨河街道志愿服务站\n投稿日期：2025年3月5日\n滨河步道的清洁日\n${story}`)
    expect(form).toMatchObject({ title: '滨河步道的清洁日', reporter: '汪澄、陆一禾', source: '滨河街道志愿服务站' })
    expect(form.paragraphs).toEqual(paragraphs)
    const labelled = parseArticle(
      `发件人：汪澄 <wangcheng@example.cn>\n主题：投稿\n\n老师好：\n请您审阅。\n\n[标题] 滨河步道的清洁日\n［作者］陆一禾\n\n${story}\n\n陆一禾\n滨河街道团委\n对接人：陆一禾\n电子邮箱：lu@example.cn`,
    )
    expect(labelled).toMatchObject({ title: '滨河步道的清洁日', reporter: '陆一禾', source: '滨河街道团委' })
    expect(labelled.paragraphs).toEqual(paragraphs)
  })

  it("should keep a photographer's credit as a caption without ending the story, read a closing bracketed byline, and put a line's writers together", () => {
    const article = parseArticle(`滨河步道的清洁日\n2025-03-04\n${paragraphs[0]}\n（摄像：陆一禾）\n${paragraphs[1]}（记者 汪澄 见习记者 罗棠）`)
    expect(article.paragraphs).toEqual(paragraphs)
    expect(article.captions).toEqual(['（摄像：陆一禾）'])
    expect(article.reporter).toBe('汪澄、罗棠')
  })

  it("should drop pagers, counters in w, a phone's mail signature, 版权归 and 主题词 lines, and read a 融媒体记者 byline", () => {
    const page = parseArticle(
      `跳转到主要内容区域\n无障碍 | 适老化 | English\n滨河步道的清洁日\n发布时间：2025-03-04 | 浏览量：1.2w\n融媒体记者 汪澄\n${story}\n上一页 1 2 下一页\n已有3条评论\n下次我也来。`,
    )
    expect(page).toMatchObject({ title: '滨河步道的清洁日', reporter: '汪澄', publishedAt: '2025-03-04T00:00:00+08:00' })
    expect(page.paragraphs).toEqual(paragraphs)
    const mail = parseArticle(
      `发件人：汪澄\n主题：稿件\n\n滨河步道的清洁日\n\n${story}\n\n声明：本文转自滨河发布，版权归原作者所有。\n主题词：志愿服务 河道\n发自我的iPhone`,
    )
    expect(mail.paragraphs).toEqual(paragraphs)
  })

  it('should drop an app banner, 展开剩余, a bracketed 【相关推荐】 list and 【完】, and read the same classes in Traditional', () => {
    const app = parseArticle(
      `打开滨河APP，阅读体验更佳\n滨河步道的清洁日\n来源：滨河街道 2小时前\n${paragraphs[0]}\n展开剩余78%\n${paragraphs[1]}\n【相关推荐】\n河畔早市的一天\n春天的柳树\n【完】`,
    )
    expect(app).toMatchObject({ title: '滨河步道的清洁日', source: '滨河街道' })
    expect(app.paragraphs).toEqual(paragraphs)
    const traditional = parseArticle(
      `濱河步道的清潔日\n發佈日期：2025年3月4日　成文日期：2025年3月1日\n${paragraphs.join('\n')}\n附件1：活動方案.docx\n聯絡人：汪澄\n全部評論（2）\n很好`,
    )
    expect(traditional).toMatchObject({ title: '滨河步道的清洁日', publishedAt: '2025-03-04T00:00:00+08:00' })
    expect(traditional.paragraphs).toEqual(paragraphs)
  })

  it("should not take a page's generic <title> for the title, and drop related items with dates or counts after them", () => {
    const article = parseArticle(
      `<head><title>文章详情_滨河在线</title></head><p>发布时间：2025-03-04</p><p>${paragraphs[0]}</p><p>${paragraphs[1]}</p><h4>相关图集</h4><p>· 河畔早市的一天……（2025-03-01）</p><p>【图说滨河】春天的柳树（共9张）</p>`,
    )
    expect(article.title).toBeNull()
    expect(article.paragraphs).toEqual(paragraphs)
  })
})

describe('parseArticle on classes of input first met in the corpus cases 80-94', () => {
  const story = '周六上午，二十名志愿者在滨河公园为过往市民免费修补雨伞和自行车。\n活动一直持续到中午，共修好雨伞四十多把、自行车十五辆。'
  const paragraphs = ['周六上午，二十名志愿者在滨河公园为过往市民免费修补雨伞和自行车。', '活动一直持续到中午，共修好雨伞四十多把、自行车十五辆。']

  it("should read a forwarded mail's inner mail: Gmail's and Apple's marks, Outlook's second sender block under a 转发/FW subject", () => {
    const outer = (subject: string) =>
      `发件人：编辑部 汪澄 <wang@example.cn>\n发送时间：2025年5月12日 9:30\n主题：${subject}\n\n各位：\n这篇稿子转给大家，请排到周刊。\n汪澄\n\n`
    const inner = `发件人：冯晓岚 <fxl@example.com>\n日期：2025年5月10日\n主题：投稿\n\n汪老师您好！\n稿子写好了，请您审阅。\n\n滨河公园的修补摊\n${story}\n\n以上，如有需要修改的地方请随时联系我。\n冯晓岚\n手机：13900000000`
    for (const mail of [
      `${outer('转发：投稿')}---------- Forwarded message ---------\n${inner}`,
      `${outer('投稿')}Begin forwarded message:\n\n${inner}`,
      `${outer('Fwd: 投稿')}----- 转发的邮件 -----\n${inner}`,
      `${outer('FW: 投稿')}________________________________\n${inner}`,
      `${outer('转发: 投稿')}${inner}`,
    ]) {
      const article = parseArticle(mail)
      expect(article).toMatchObject({ title: '滨河公园的修补摊', reporter: '冯晓岚' })
      expect(article.paragraphs).toEqual(paragraphs)
    }
    // A reply quoting an older mail under the story is not a forward: the story is the reply's.
    const reply = parseArticle(
      `发件人：冯晓岚 <fxl@example.com>\n主题：回复：投稿\n\n滨河公园的修补摊\n${story}\n\n-----原始邮件-----\n发件人：汪澄\n请写一篇稿子。`,
    )
    expect(reply.paragraphs).toEqual(paragraphs)
  })

  it("should end a mail's story at a closing note to the editor, not at a story's sentence", () => {
    for (const note of ['以上，请老师审阅。', '有什么问题请随时找我。', '麻烦您看看，辛苦了！', '请编辑老师斧正', '感谢老师！']) {
      expect(parseArticle(`发件人：冯晓岚\n主题：投稿\n\n滨河公园的修补摊\n${story}\n${note}\n冯晓岚`).paragraphs).toEqual(paragraphs)
    }
    const kept = parseArticle(`发件人：冯晓岚\n主题：投稿\n\n滨河公园的修补摊\n${story}\n有居民说，以后每个月都盼着修补摊来。`)
    expect(kept.paragraphs.at(-1)).toBe('有居民说，以后每个月都盼着修补摊来。')
  })

  it("should take editors' review comments out of a Word file: comment lines, numbered notes and marks in the text", () => {
    const article = parseArticle(
      [
        '滨河公园的修补摊',
        '【批注：标题再想想，能否更生动？——汪澄】',
        '周六上午，二十名志愿者在滨河公园[批注1]为过往市民免费修补雨伞和自行车。',
        '〔修改意见：这一段可以删去〕',
        '活动一直持续到中午，共修好雨伞四十多把[WC2]、自行车十五辆。',
        '审稿意见：数字请核对。',
        '[批注1] 汪澄：公园名称请写全称。',
        '批注 [WC2]: 数量与照片不符？',
      ].join('\n'),
    )
    expect(article.title).toBe('滨河公园的修补摊')
    expect(article.paragraphs).toEqual(paragraphs)
    // A note of the story itself (注：…, 编者按：…) stays.
    expect(parseArticle(`滨河公园的修补摊\n${story}\n注：修补摊每月第二个周六开放。`).paragraphs.at(-1)).toBe('注：修补摊每月第二个周六开放。')
  })

  it('should read the bylines, share bars and ad labels of Hong Kong, Taiwan and overseas pages', () => {
    const page = parseArticle(
      `<html><body><h1>濱河公園的修補攤</h1><p>撰文：馮曉嵐　來源：濱河街道　發佈時間：2025-05-12</p><p>WhatsApp Facebook Telegram 複製連結</p><p>週六上午，二十名志願者在濱河公園為過往市民免費修補雨傘和自行車。</p><p>— 廣告 —</p><p>活動一直持續到中午，共修好雨傘四十多把、自行車十五輛。</p><p>[Advertisement]</p><h3>熱門</h3><ul><li>另一篇文章的標題在這裏</li><li>街坊義工探訪獨居長者</li></ul></body></html>`,
    )
    expect(page).toMatchObject({ title: '滨河公园的修补摊', reporter: '冯晓岚', source: '滨河街道' })
    expect(page.paragraphs).toEqual(paragraphs)
    for (const byline of ['执笔：冯晓岚', '采写：冯晓岚', '撰文 冯晓岚']) expect(parseArticle(`滨河公园的修补摊\n${byline}\n${story}`).reporter).toBe('冯晓岚')
    for (const bar of ['Facebook | X | LINE | Email', '分享至 微信 微博', '列印 电邮 复制网址'])
      expect(parseArticle(`滨河公园的修补摊\n${bar}\n${story}`).paragraphs).toEqual(paragraphs)
  })

  it("should keep the line under a story's photo, or a block with a caption class, as the photo's caption", () => {
    const photo = (src: string) => `<p style="text-align:center"><img src="${src}"></p>`
    const page = parseArticle(
      `<html><body><div class="logo"><img src="/img/logo.png"></div><p>滨河街道网</p><div class="slide"><img src="/up/1.jpg"><p>志愿者在公园门口摆开修补摊</p></div><h1>滨河公园的修补摊</h1><p>周六上午，二十名志愿者在滨河公园为过往市民免费修补雨伞和自行车。</p>${photo('/up/2.jpg')}<p>老师傅教年轻志愿者补胎</p><p>活动一直持续到中午，共修好雨伞四十多把、自行车十五辆。</p><div class="pic-desc">修好的雨伞排成一排</div>${photo('/up/3.jpg')}<p>长按识别二维码 关注我们</p></body></html>`,
    )
    expect(page.title).toBe('滨河公园的修补摊')
    expect(page.captions).toEqual(['志愿者在公园门口摆开修补摊', '老师傅教年轻志愿者补胎', '修好的雨伞排成一排'])
    expect(page.paragraphs).toEqual(paragraphs)
    // A paragraph under a photo that ends a sentence, or a numbered section, stays in the story.
    const kept = parseArticle(
      `<html><body><h1>滨河公园的修补摊</h1><p>周六上午，二十名志愿者在滨河公园为过往市民免费修补雨伞和自行车。</p>${photo('/up/2.jpg')}<p>活动一直持续到中午，共修好雨伞四十多把、自行车十五辆。</p></body></html>`,
    )
    expect(kept.paragraphs).toEqual(paragraphs)
    // Nor the page's title under a banner, a quoted sentence or a numbered subheading under a photo.
    const banner = parseArticle(
      `<html><body>${photo('/up/top.jpg')}<h1>滨河公园的修补摊</h1><p>周六上午，二十名志愿者在滨河公园为过往市民免费修补雨伞和自行车。</p>${photo('/up/2.jpg')}<p>“修得真好！”</p>${photo('/up/3.jpg')}<p>02 修伞的老师傅</p><p>活动一直持续到中午，共修好雨伞四十多把、自行车十五辆。</p></body></html>`,
    )
    expect(banner).toMatchObject({ title: '滨河公园的修补摊', captions: [] })
    expect(banner.blocks.map((block) => block.text)).toEqual(expect.arrayContaining(['“修得真好！”', '02 修伞的老师傅']))
  })

  it("should read a portal's catalogue table: its 名称 cell repeats the title, its 发布机构 yields to the story's own 来源", () => {
    const table = (source: string) =>
      parseArticle(
        `索引号：BH-01-2025-0012\n发布机构：\n滨河街道社区服务办\n名　　称：\n滨河公园的修补摊\n## 滨河公园的修补摊\n发布日期：2025-05-12${source}\n${story}`,
        { html: false },
      )
    expect(table(' 来源：滨河街道')).toMatchObject({ title: '滨河公园的修补摊', source: '滨河街道' })
    expect(table(' 来源：滨河街道').paragraphs).toEqual(paragraphs)
    expect(table('').source).toBe('滨河街道社区服务办')
    // Any two-character label spaced to width reads as the label.
    expect(parseArticle(`滨河公园的修补摊\n单　位：滨河街道 作　者：冯晓岚\n${story}`).reporter).toBe('冯晓岚')
  })

  it("should drop the controls of a page head, tool bars with 我要…, neighbours' links of any wording and placeholders a chat copy leaves", () => {
    for (const line of [
      '设为首页 | 加入收藏 | RSS订阅',
      '【我要打印】【我要纠错】【关闭窗口】',
      '下一篇文章：另一件事',
      '上一则：另一件事',
      'Next: 另一件事',
      '[图片]',
      '【视频】',
      '[图片] [图片]',
    ]) {
      expect(parseArticle(`滨河公园的修补摊\n${story}\n${line}`).paragraphs, line).toEqual(paragraphs)
    }
  })

  it("should take a submission form's date of publication, not its date of submission, and see a website's name above a meta line as no title", () => {
    expect(parseArticle(`稿件信息\n作者：冯晓岚\n拟刊发日期：25-05-12\n滨河公园的修补摊\n${story}`).publishedAt).toBe('2025-05-12T00:00:00+08:00')
    expect(parseArticle(`稿件信息\n栏目：社区志愿\n作者：冯晓岚\n投稿日期：2025年5月12日\n字数：约500字\n滨河公园的修补摊\n${story}`).publishedAt).toBeNull()
    for (const site of ['滨河街道社区网', '滨河新闻网', '滨河之窗']) {
      const page = parseArticle(`${site}\n2025.05.12｜来源：滨河街道\n${story}`)
      expect(page.title, site).toBeNull()
      expect(page.paragraphs).toEqual(paragraphs)
    }
  })

  it("should drop a bulletin's table of contents, whatever its leaders", () => {
    for (const contents of [
      '本期目录\n滨河公园的修补摊…………………1\n社区里的读书会……………3',
      '【本期要目】\n滨河公园的修补摊..........1',
      '目录\n滨河公园的修补摊·········第1页',
    ]) {
      const article = parseArticle(`滨河街道工作简报\n第 3 期\n${contents}\n滨河公园的修补摊\n${story}`)
      expect(article.title, contents).toBe('滨河公园的修补摊')
      expect(article.paragraphs).toEqual(paragraphs)
    }
  })

  it('should read the colons and the day-first dates of Hong Kong and overseas pages', () => {
    for (const colon of ['︰', '﹕', '∶']) {
      expect(parseArticle(`滨河公园的修补摊\n记者${colon}冯晓岚 发布时间${colon}2025-05-12\n${story}`), colon).toMatchObject({
        reporter: '冯晓岚',
        publishedAt: '2025-05-12T00:00:00+08:00',
      })
    }
    expect(dateOf('发布时间：02/12/2022 16:20')).toBe('2022-12-02T16:20:00+08:00')
    expect(dateOf('更新：25.12.2022')).toBe('2022-12-25T00:00:00+08:00')
    // The month comes first only when the day could not: 12/25/2022.
    expect(dateOf('Posted 12/25/2022')).toBe('2022-12-25T00:00:00+08:00')
    expect(dateOf('2022/12/02')).toBe('2022-12-02T00:00:00+08:00')
  })

  it("should take out review comments in round brackets and comment marks of a reviewer's Chinese name, not figure or footnote marks", () => {
    const article = parseArticle(
      `滨河公园的修补摊\n（批注：标题可再短些）\n周六上午，二十名志愿者在滨河公园[汪澄1]为过往市民免费修补雨伞和自行车。\n活动一直持续到中午，共修好雨伞四十多把、自行车十五辆。\n[汪澄1] 公园名称请写全称。`,
    )
    expect(article.paragraphs).toEqual(paragraphs)
    expect(parseArticle(`滨河公园的修补摊\n周六上午，志愿者摆开修补摊（见[图1]）。\n活动一直持续到中午[注1]。`).paragraphs).toEqual([
      '周六上午，志愿者摆开修补摊（见[图1]）。',
      '活动一直持续到中午[注1]。',
    ])
  })

  it('should read a greeting with a comma and a closing wish for a reply in a mail', () => {
    const mail = parseArticle(`发件人：冯晓岚\n主题：投稿\n\n汪老师，您好！\n\n滨河公园的修补摊\n${story}\n\n期待您的回复！\n冯晓岚`)
    expect(mail).toMatchObject({ title: '滨河公园的修补摊', reporter: '冯晓岚' })
    expect(mail.paragraphs).toEqual(paragraphs)
  })
})
