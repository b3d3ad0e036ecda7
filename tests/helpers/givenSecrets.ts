/**
 * Values a client may send where a shared secret is expected, generated rather than listed: every
 * length from empty to well past the secret's, in several byte contents (ASCII, Latin-1 as Node's
 * HTTP parser hands over bytes ≥ 0x80, CJK, emoji, NUL, lone surrogates), and a 1 MB one.
 */
export const givenSecrets = (secret: string): { label: string; value: string }[] => {
  const alphabets: Record<string, string[]> = {
    ascii: ['a', 'Z', '0', '-'],
    latin1: ['\u00e9', '\u00ff', '\u0080'],
    cjk: ['秘', '钥'],
    emoji: ['\u{1F511}'],
    nul: ['\u0000'],
    surrogate: ['\ud800', '\udfff'],
  }
  const values: { label: string; value: string }[] = []
  for (const [name, characters] of Object.entries(alphabets)) {
    for (let length = 0; length <= secret.length * 2 + 2; length += 1) {
      const value = Array.from({ length }, (_, index) => characters[index % characters.length]).join('')
      values.push({ label: `${name} × ${length}`, value })
    }
    // The secret with one character swapped for one of these: same length in characters, not in bytes.
    for (const at of [0, Math.floor(secret.length / 2), secret.length - 1]) {
      values.push({ label: `secret with ${name} at ${at}`, value: `${secret.slice(0, at)}${characters[0]}${secret.slice(at + 1)}` })
    }
  }
  values.push({ label: 'secret and one more character', value: `${secret}x` })
  values.push({ label: 'secret without its last character', value: secret.slice(0, -1) })
  values.push({ label: 'secret in upper case', value: secret.toUpperCase() })
  values.push({ label: '1 MB', value: 'x'.repeat(1024 * 1024) })
  values.push({ label: '1 MB of NUL', value: '\u0000'.repeat(1024 * 1024) })
  return values.filter((given) => given.value !== secret)
}
