/** What the ALTCHA widget does in a browser, done in Node: fetch a challenge, solve it, encode the payload. */
import { solveChallenge } from 'altcha-lib'
import type { Challenge } from 'altcha-lib'
import { deriveKey } from 'altcha-lib/algorithms/sha'

export const solveAltcha = async (challengeJson: string): Promise<string> => {
  const challenge = JSON.parse(challengeJson) as Challenge
  const solution = await solveChallenge({ challenge, deriveKey })
  return Buffer.from(JSON.stringify({ challenge, solution })).toString('base64')
}

/** A solved proof of work from a running CMS, as the form would send it. */
export const solvedAltchaFrom = async (cmsUrl: string): Promise<string> => solveAltcha(await (await fetch(`${cmsUrl}/api/notice-comments/challenge`)).text())
