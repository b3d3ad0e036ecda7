/**
 * Runs before `pnpm test`: the browser tests drive Debian's Chromium (its headless shell). Where it is missing and
 * we may install packages (root with apt-get), install it; otherwise say what to do.
 */
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'

import { CHROMIUM_PACKAGE, CHROMIUM_PATH } from '../helpers/browser'

if (!existsSync(CHROMIUM_PATH)) {
  const canInstall = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')
  if (!canInstall) {
    console.error(
      `浏览器测试需要 Chromium，但 ${CHROMIUM_PATH} 不存在。请安装 Debian 的 ${CHROMIUM_PACKAGE} 软件包（apt-get install ${CHROMIUM_PACKAGE}），或用 CHROMIUM_PATH 指定其位置。`,
    )
    process.exit(1)
  }
  console.log(`Installing Debian ${CHROMIUM_PACKAGE} for the browser tests…`)
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' })
  execFileSync('apt-get', ['install', '-y', '-qq', CHROMIUM_PACKAGE], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  })
}
