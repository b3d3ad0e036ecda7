/**
 * Runs before `pnpm test`: the browser tests drive Debian's Chromium (its headless shell), and the
 * pages they open are Chinese. Without a Chinese font Chromium looks for one for every run of text
 * and finds none: layout costs several times what it costs on any reader's phone (the home page's
 * Lighthouse blocking time 300–590 ms on a busy machine against 0–20 ms with Noto CJK), and the
 * timed checks measure that search. Where either is missing and we may install packages (root with
 * apt-get), install it; otherwise say what to do.
 */
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'

import { CHROMIUM_PACKAGE, CHROMIUM_PATH } from '../helpers/browser'

const CJK_FONT_PACKAGE = 'fonts-noto-cjk'

/** Whether fontconfig knows a font covering Chinese (fc-list comes with Chromium's fontconfig). */
const hasChineseFont = (): boolean => {
  try {
    return execFileSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' }).trim() !== ''
  } catch {
    return false
  }
}

const missing = [...(existsSync(CHROMIUM_PATH) ? [] : [CHROMIUM_PACKAGE]), ...(hasChineseFont() ? [] : [CJK_FONT_PACKAGE])]
if (missing.length > 0) {
  const canInstall = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')
  if (!canInstall) {
    console.error(
      `浏览器测试需要 Chromium（${CHROMIUM_PATH}，或用 CHROMIUM_PATH 指定其位置）和一种中文字体。请安装 Debian 的软件包：apt-get install ${missing.join(' ')}。`,
    )
    process.exit(1)
  }
  console.log(`Installing Debian ${missing.join(' ')} for the browser tests…`)
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' })
  execFileSync('apt-get', ['install', '-y', '-qq', ...missing], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  })
}
