import { spawn } from 'node:child_process'

type Timed = { seconds: number; peakRssMb: number; output: string }

/** Runs a command under GNU time for its wall time and peak resident memory. */
export const timed = (command: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv }): Promise<Timed> =>
  new Promise((resolve, reject) => {
    const child = spawn('/usr/bin/time', ['-f', 'FENGCAI_TIME %e %M', command, ...args], { ...options, stdio: ['ignore', 'pipe', 'pipe'] })
    let output = ''
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')))
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')))
    child.on('exit', (code) => {
      const match = /FENGCAI_TIME ([\d.]+) (\d+)/.exec(output)
      if (code !== 0 || !match) return reject(new Error(`${command} exited with ${code}\n${output.slice(-3000)}`))
      resolve({ seconds: Number(match[1]), peakRssMb: Number(match[2]) / 1024, output })
    })
  })
