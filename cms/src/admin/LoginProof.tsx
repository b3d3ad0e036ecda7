'use client'
import { useConfig } from '@payloadcms/ui'
import { solveChallenge } from 'altcha-lib'
import type { Challenge } from 'altcha-lib'
import { deriveKey } from 'altcha-lib/algorithms/web/sha'
import React, { useEffect, useState } from 'react'

import { LOGIN_CHALLENGE_PATH, LOGIN_PROOF_COOKIE } from '@/collections/Users/loginProof'

/** A challenge is solvable for 10 minutes (src/lib/altcha.ts): a fresh one well before that. */
const REFRESH_MS = 8 * 60 * 1000
const COOKIE_MAX_AGE_SECONDS = 9 * 60
const RETRY_MS = 5_000

/**
 * On the login page: solves an ALTCHA proof of work in the background and leaves it in a cookie
 * that only the login request carries, so Payload's own login form logs in unchanged when an
 * account under attack asks for a proof (hooks/throttleLogin; the server uses a proof only then).
 * A login request may use the proof up: once one has been answered, the next is solved.
 */
export const LoginProof: React.FC = () => {
  const {
    config: {
      admin: { user: userSlug },
      routes: { api },
    },
  } = useConfig()
  const [failed, setFailed] = useState(false)

  useEffect(() => {
    const usersApi = `${api}/${userSlug}`
    let generation = 0
    let timer: number | undefined
    const solve = async (): Promise<void> => {
      const mine = (generation += 1)
      window.clearTimeout(timer)
      try {
        const response = await fetch(`${usersApi}${LOGIN_CHALLENGE_PATH}`, { cache: 'no-store', credentials: 'same-origin' })
        if (!response.ok) throw new Error(`challenge answered ${response.status}`)
        const challenge = (await response.json()) as Challenge
        const solution = await solveChallenge({ challenge, deriveKey })
        if (!solution) throw new Error('no solution found')
        if (mine !== generation) return
        const proof = encodeURIComponent(btoa(JSON.stringify({ challenge, solution })))
        const secure = window.location.protocol === 'https:' ? '; Secure' : ''
        document.cookie = `${LOGIN_PROOF_COOKIE}=${proof}; Path=${usersApi}/login; Max-Age=${COOKIE_MAX_AGE_SECONDS}; SameSite=Strict${secure}`
        setFailed(false)
        timer = window.setTimeout(() => void solve(), REFRESH_MS)
      } catch (error) {
        if (mine !== generation) return
        // Web Crypto is missing on a plain-HTTP address other than localhost, for one.
        console.error('登录页的人机校验未能完成，稍后重试', error)
        setFailed(true)
        timer = window.setTimeout(() => void solve(), RETRY_MS)
      }
    }
    // Payload's form posts with fetch; a finished login request shows up as a resource timing entry.
    const observer = new PerformanceObserver((list) => {
      if (list.getEntries().some((entry) => new URL(entry.name, window.location.href).pathname === `${usersApi}/login`)) void solve()
    })
    observer.observe({ type: 'resource' })
    void solve()
    return () => {
      generation += 1
      observer.disconnect()
      window.clearTimeout(timer)
    }
  }, [api, userSlug])

  if (!failed) return null
  return (
    <p role="status" style={{ marginTop: 'var(--base)', color: 'var(--theme-elevation-600)' }}>
      人机校验暂未完成，正在重试。平常登录不受影响；若登录提示需要人机校验，请稍候再试，或改用 HTTPS 地址打开本页。
    </p>
  )
}
