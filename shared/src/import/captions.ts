/** Photo captions and credits: kept apart from the body (the draft has no image yet). */

export const CAPTION =
  /^(?:图为|图：|图:|图片：|图片:|上图|下图|左图|右图|图片来源|题图|组图|资料图|图\s*[/／]|摄\s*[/／]|[▲△▼↑↓]|图\s*[0-9０-９①-⑳一二三四五六七八九十]{1,2}\s*[:：、.．\s])|(?:[（(](?:[^（）()]{0,12}\s)?[\p{Script=Han}]{2,4}\s*[/／]?\s*摄[)）])$|^[\p{Script=Han}]{2,4}\s*摄$|\s[\p{Script=Han}]{2,4}\s*[/／]?\s*摄$|(?:摄影|供图|图片|图)\s*[:：/／｜|]\s*[\p{Script=Han}]{2,8}[)）]?$|[（(](?:摄影|摄像|航拍|视频|图|照片)\s*[:：]?\s*[\p{Script=Han}]{2,8}[)）]$|(?:图片由|照片由)[^（）()]{1,24}提供[)）]?$|[（(]?(?:资料图片?|供图|网络图片)[)）]$/u

/** A gallery's slide counter before a caption: 1/4 …, （2/6）…, 图3/5 …. */
const SLIDE_COUNTER = /^[（(【[]?\s*(?:图\s*)?(\d{1,2})\s*[/／]\s*(\d{1,2})\s*[)）】\]]?\s+(?=\S)/

const slideCounter = (line: string): RegExpExecArray | null => {
  const counter = SLIDE_COUNTER.exec(line)
  return counter && Number(counter[1]) >= 1 && Number(counter[1]) <= Number(counter[2]) ? counter : null
}

/** Whether the line is a photo's caption or credit. */
export const isCaption = (line: string): boolean => CAPTION.test(line) || (slideCounter(line) !== null && !/[。！？]$/.test(line))

/** The caption without a gallery's slide counter. */
export const captionText = (line: string): string => {
  const counter = slideCounter(line)
  return counter ? line.slice(counter[0].length) : line
}
