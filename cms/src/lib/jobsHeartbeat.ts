/**
 * The job runner's heartbeat in this process. Payload's minute-cron asks `shouldAutoRun` on
 * every tick before it runs due jobs; recording that moment tells /api/health whether this
 * instance's runner is alive. Kept on globalThis: Next may load the config in several bundles.
 */
const key = Symbol.for('fengcai.jobs.heartbeat')
type Heartbeat = { startedAt: number; lastTickAt: number | null }
const state = ((globalThis as Record<symbol, Heartbeat | undefined>)[key] ??= { startedAt: Date.now(), lastTickAt: null })

/**
 * When this instance runs the due jobs of the default queue (scheduled publish, the sweeps): every
 * minute, or FENGCAI_JOBS_CRON (croner syntax, seconds allowed), so that tests of a scheduled
 * publish need not wait for the next minute.
 */
export const jobsCron = (): string => process.env.FENGCAI_JOBS_CRON || '* * * * *'

/** FENGCAI_JOBS=off makes an instance serve requests only (another one runs the jobs). */
export const jobsEnabled = (): boolean => process.env.FENGCAI_JOBS !== 'off'

/** The cron ticks every minute; three missed ticks mean the runner is stuck or gone. */
const STALE_MS = 3 * 60_000

export const recordJobTick = (): boolean => {
  state.lastTickAt = Date.now()
  return jobsEnabled()
}

export const jobRunnerState = (now = Date.now()): { status: 'off' | 'starting' | 'alive' | 'stalled'; lastTickAt: string | null } => {
  const lastTickAt = state.lastTickAt ? new Date(state.lastTickAt).toISOString() : null
  if (!jobsEnabled()) return { status: 'off', lastTickAt }
  const since = state.lastTickAt ?? state.startedAt
  if (now - since <= STALE_MS) return { status: state.lastTickAt ? 'alive' : 'starting', lastTickAt }
  return { status: 'stalled', lastTickAt }
}
