/**
 * The integration and stack files' group runs two files at a time (vitest.config.ts, `maxWorkers`
 * of its projects): the sequencer plans for that many places, and e2eFile lets that many stacks
 * run at once. Its own module: e2eFile registers hooks when it is imported.
 */
export const GROUP_PLACES = 2
