import type { Payload } from 'payload'
import { describe, expect, it } from 'vitest'

import { builtInConfusions, proofreadText } from '@fengcai/shared/proofread'

import { proofreadMatcher, siteProofreadLists } from '@/lib/proofread/lists'

// The seam reads nothing from Payload yet; the argument is where it will read 站点设置.
const payload = {} as Payload

describe('the proofreading lists seam', () => {
  it('should give the built-in dictionary and no site lists until 站点设置 holds them', async () => {
    expect(await siteProofreadLists(payload)).toEqual({ confusions: [], officialNames: [], sensitive: [] })
    const matcher = await proofreadMatcher(payload)
    expect(matcher.rules.size).toBe(new Set(builtInConfusions.map((entry) => entry.wrong)).size)
    expect(proofreadText('希望大家再接再励。', matcher).map((finding) => finding.suggestion)).toEqual(['再接再厉'])
  })

  it('should compile the lists once and hand every request the same matcher', async () => {
    const first = await proofreadMatcher(payload)
    for (let request = 0; request < 5; request += 1) expect(await proofreadMatcher(payload)).toBe(first)
  })
})
