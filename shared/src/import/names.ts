/**
 * Personal names in an imported article: found where newsrooms put them (bylines, 记者 /
 * 通讯员, 责任编辑, 摄影, quoted speakers after a role word, honour-roll entries), in Traditional
 * or Simplified script, so that they can be converted as names rather than as words.
 */

/** Common single-character surnames, in both scripts where they differ. */
const SINGLE_SURNAMES =
  '王李张張刘劉陈陳杨楊黄黃赵趙吴吳周徐孙孫马馬朱胡郭何高林罗羅郑鄭梁谢謝宋唐许許韩韓冯馮邓鄧曹彭曾萧蕭田董袁潘于於蒋蔣蔡余杜叶葉程苏蘇魏吕呂丁任沈姚卢盧姜崔钟鍾谭譚陆陸汪范金石廖贾賈夏韦韋付方白邹鄒孟熊秦邱江尹薛阎閻闫段雷侯龙龍史陶黎贺賀顾顧毛郝龚龔邵万萬钱錢严嚴覃武戴莫孔向汤湯俞齐齊常乔喬赖賴傅易柳聂聶章鲁魯葛伍单單殷施温溫洪包左游窦竇岳甘祝邬鄔关關欧歐柯翁应應庞龐樊凌骆駱倪舒华華裴丘詹申符屠鲍鮑池花简簡靳成焦车車纪紀宁寧祁乐樂栾欒米滕晏毕畢郁储儲虞卞穆甄牛景习習房麦麥戚宫宮吉邢'
const DOUBLE_SURNAMES = [
  '欧阳',
  '歐陽',
  '司马',
  '司馬',
  '上官',
  '诸葛',
  '諸葛',
  '东方',
  '東方',
  '皇甫',
  '尉迟',
  '尉遲',
  '公孙',
  '公孫',
  '令狐',
  '慕容',
  '司徒',
  '夏侯',
  '端木',
  '独孤',
  '獨孤',
]

const SURNAME = `(?:${DOUBLE_SURNAMES.join('|')}|[${SINGLE_SURNAMES}])`
const GIVEN = '[\\u4e00-\\u9fff]{1,2}'
const NAME = `${SURNAME}${GIVEN}`

/** Words that introduce a person's name in bylines, both scripts. */
const BYLINE_ROLES =
  '记者|記者|通讯员|通訊員|特约记者|特約記者|责任编辑|責任編輯|责编|責編|编辑|編輯|原创|原創|撰文|文字|文\\s*[/／｜|:：]|[图圖]\\s*[/／｜|:：]|摄影|攝影|撰稿|作者|实习生|實習生|审核|審核|校对|校對'
/** Role words that come right before a quoted speaker's name. */
const SPEAKER_ROLES =
  '书记|書記|主任|队长|隊長|副队长|志愿者|志願者|老人|居民|负责人|負責人|院长|院長|校长|校長|站长|站長|社工|会长|會長|理事长|理事長|董事长|董事長|总经理|總經理|经理|經理|党员|黨員|阿姨|大爷|大爺|老师|老師|医生|醫生|市民|村民|队员|隊員|干部|幹部|代表|主席|局长|局長|区长|區長|镇长|鎮長|的'
const SPEECH = '说|說|表示|介绍|介紹|告诉|告訴|感叹|感嘆|回忆|回憶|坦言|笑着说|笑著說'

const BYLINE = new RegExp(`(?:${BYLINE_ROLES})\\s*[:：]?\\s*((?:${NAME}(?:[\\s、,，]+|$|(?=\\s*[)）]))?)+)`, 'g')
const SPEAKER = new RegExp(
  `(?:${SPEAKER_ROLES}|^|[，。！？“”：\\s,!?:])(${NAME})(?:老人|阿姨|大爷|大爺|老师|老師)?(?:[^，。！？“”,!?\\s]{0,5}地)?(?:${SPEECH})`,
  'g',
)
const ONE_NAME = new RegExp(`^${NAME}$`)

/** Whether a short text looks like a Chinese personal name (surname + one or two characters). */
export const looksLikeName = (text: string): boolean => ONE_NAME.test(text.trim())

/**
 * At most this many names are reported: each is looked for again in the kept text, and an editor
 * checks them by eye (a real story names a few dozen people).
 */
export const MAX_NAMES = 300

/** Names in bylines and before speech verbs, each once, in the order first seen (at most MAX_NAMES). */
export const findNames = (text: string): string[] => {
  const found = new Set<string>()
  for (const match of text.matchAll(BYLINE)) {
    for (const raw of (match[1] ?? '').split(/[\s、,，]+/)) {
      // 记者 金隼摄: the credit's verb is not part of the name.
      const part = raw.length > 3 ? raw.replace(/(?:摄|攝)$/, '') : raw
      if (looksLikeName(part) && found.size < MAX_NAMES) found.add(part)
    }
  }
  for (const line of text.split('\n')) {
    for (const match of line.matchAll(SPEAKER)) {
      const name = match[1]
      if (name && looksLikeName(name) && found.size < MAX_NAMES) found.add(name)
    }
  }
  return [...found]
}
