/**
 * Demo pictures drawn locally with sharp (no downloads): simple scenes of a sky, hills, a sun
 * and groups of figures in the portal's warm palette, different for every seed number.
 */
import sharp from 'sharp'

const palettes = [
  ['#f6d5a8', '#e9965f', '#b3261e', '#6b3a2a'],
  ['#cfe8f3', '#7fb8d6', '#2f6f8f', '#1d3b4f'],
  ['#e3f1d4', '#9ccc7a', '#4f8a3b', '#2e4d23'],
  ['#f9e0e3', '#e8a0aa', '#b5485a', '#5a2530'],
  ['#fff1c9', '#f4c95d', '#d1832c', '#6d4218'],
  ['#e4e0f4', '#a99ad6', '#5d4f9a', '#2f2754'],
]

/** A small deterministic generator, so the same seed draws the same picture. */
const random = (seed: number) => {
  let state = seed * 2654435761
  return () => {
    state = (state ^ (state >>> 15)) * 2246822519
    state = (state ^ (state >>> 13)) * 3266489917
    state ^= state >>> 16
    return ((state >>> 0) % 10_000) / 10_000
  }
}

export const drawScene = async (seed: number, width = 1600, height = 1000): Promise<Buffer> => {
  const next = random(seed + 1)
  const [sky, hill, accent, ground] = palettes[seed % palettes.length] as [string, string, string, string]
  const figures = Array.from({ length: 4 + Math.floor(next() * 5) }, (_, index) => {
    const x = width * (0.15 + index * 0.1 + next() * 0.04)
    const scale = 0.8 + next() * 0.5
    const y = height * 0.72
    const colour = index % 2 ? accent : ground
    return `<g transform="translate(${x.toFixed(0)} ${y.toFixed(0)}) scale(${scale.toFixed(2)})">
      <circle cx="0" cy="-120" r="28" fill="${colour}"/>
      <rect x="-32" y="-88" width="64" height="110" rx="24" fill="${colour}"/>
    </g>`
  }).join('')
  const sunX = width * (0.2 + next() * 0.6)
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
    <defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="${sky}"/><stop offset="1" stop-color="#ffffff"/>
    </linearGradient></defs>
    <rect width="100%" height="100%" fill="url(#sky)"/>
    <circle cx="${sunX.toFixed(0)}" cy="${(height * 0.22).toFixed(0)}" r="${(height * 0.09).toFixed(0)}" fill="${accent}" opacity="0.85"/>
    <path d="M0 ${height * 0.62} Q ${width * 0.3} ${height * (0.42 + next() * 0.1)} ${width * 0.6} ${height * 0.6} T ${width} ${height * 0.55} V ${height} H 0 Z" fill="${hill}"/>
    <rect y="${height * 0.74}" width="${width}" height="${height * 0.26}" fill="${ground}" opacity="0.35"/>
    ${figures}
  </svg>`
  return sharp(Buffer.from(svg)).jpeg({ quality: 82 }).toBuffer()
}

/**
 * A square of dark and light modules with the three corner finders of a QR code: it looks like one
 * but opens nothing (the demo has no 公众号 or 微博), as its alt text and label say.
 */
export const drawDemoCode = async (seed: number, size = 330): Promise<Buffer> => {
  const next = random(seed + 101)
  const cells = 33
  const unit = size / cells
  const finder = (x: number, y: number) =>
    `<rect x="${x * unit}" y="${y * unit}" width="${7 * unit}" height="${7 * unit}" fill="#000"/>` +
    `<rect x="${(x + 1) * unit}" y="${(y + 1) * unit}" width="${5 * unit}" height="${5 * unit}" fill="#fff"/>` +
    `<rect x="${(x + 2) * unit}" y="${(y + 2) * unit}" width="${3 * unit}" height="${3 * unit}" fill="#000"/>`
  const inFinder = (x: number, y: number) => (x < 8 && y < 8) || (x > cells - 9 && y < 8) || (x < 8 && y > cells - 9)
  const modules: string[] = []
  for (let y = 1; y < cells - 1; y += 1)
    for (let x = 1; x < cells - 1; x += 1)
      if (!inFinder(x, y) && next() < 0.45) modules.push(`<rect x="${x * unit}" y="${y * unit}" width="${unit}" height="${unit}" fill="#000"/>`)
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}">
    <rect width="100%" height="100%" fill="#fff"/>${modules.join('')}${finder(1, 1)}${finder(cells - 8, 1)}${finder(1, cells - 8)}
  </svg>`
  return sharp(Buffer.from(svg)).png().toBuffer()
}
