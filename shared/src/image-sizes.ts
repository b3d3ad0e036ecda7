/**
 * The image sizes the CMS generates for every upload (all WebP). The site reads the same
 * table to build `srcset`, so a size is named and measured in one place.
 */
export const imageSizes = [
  { name: 'thumbnail', width: 400, height: 300 },
  { name: 'card', width: 768, height: 512 },
  { name: 'large', width: 1600, height: undefined },
  { name: 'og', width: 1200, height: 630 },
] as const satisfies readonly { name: string; width: number; height: number | undefined }[]

export type ImageSizeName = (typeof imageSizes)[number]['name']

export const imageFormat = 'webp' as const
export const imageMimeType = 'image/webp' as const
