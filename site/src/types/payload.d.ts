// The site reads the CMS over HTTP and does not depend on Payload, but its data layer ties its
// schemas to shared/src/payload-types.ts, whose last lines augment the 'payload' module. This
// declaration gives that augmentation a module to merge into; nothing in the site imports it.
declare module 'payload' {
  export {}
}
