export * from './dates'
export * from './image-sizes'
export * from './roles'
export * from './slugs'
