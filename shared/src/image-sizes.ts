/**
 * The image sizes the CMS generates for every upload (all WebP). The site reads the same
 * table to build `srcset`: sizes in one `family` share an aspect ratio, so a browser may pick
 * any of them for the same slot.
 */
export const imageSizes = [
  { name: 'thumbnail', width: 480, height: 320, family: 'card' },
  { name: 'card', width: 768, height: 512, family: 'card' },
  { name: 'medium', width: 800, height: undefined, family: 'full' },
  { name: 'large', width: 1600, height: undefined, family: 'full' },
  { name: 'og', width: 1200, height: 630, family: 'og' },
] as const satisfies readonly {
  name: string
  width: number
  height: number | undefined
  family: 'card' | 'full' | 'og'
}[]

export type ImageSizeName = (typeof imageSizes)[number]['name']
export type ImageFamily = (typeof imageSizes)[number]['family']

export const imageFormat = 'webp' as const
export const imageMimeType = 'image/webp' as const
