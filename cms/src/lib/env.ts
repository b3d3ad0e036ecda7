/**
 * Reads the settings the CMS cannot run without, failing with a message that says what to set.
 * `next build` evaluates the config without serving anything, so it gets placeholders.
 */
export const isBuildPhase = (): boolean => process.env.NEXT_PHASE === 'phase-production-build'

export const requireEnv = (name: string): string => {
  const value = process.env[name]
  if (value) return value
  if (isBuildPhase()) return `build-phase-placeholder-${name}`
  throw new Error(`${name} is not set. Start the stack with \`pnpm start\`, which sets it, or export it yourself.`)
}
