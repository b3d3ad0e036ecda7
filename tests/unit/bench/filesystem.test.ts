import { describe, expect, it } from 'vitest'

import { mountOf } from '../../bench/filesystem'

// Lines as Linux writes them, with an escaped space in one mount point.
const mountinfo = [
  '22 27 0:21 / /proc rw,relatime - proc proc rw',
  '27 1 254:0 / / rw,relatime - ext4 /dev/vda rw,discard',
  '25 24 0:23 / /dev/shm rw,relatime - tmpfs tmpfs rw,size=24683792k',
  '45 27 7:0 / /mnt/jext4 rw,relatime shared:1 - ext4 /dev/loop0 rw',
  '46 27 7:1 / /mnt/with\\040space rw,relatime - xfs /dev/loop1 rw',
  '47 45 7:2 / /mnt/jext4 rw,relatime - btrfs /dev/loop2 rw',
  '',
].join('\n')

describe('mountOf', () => {
  it('should find the root for a folder mounted nowhere else', () => {
    expect(mountOf(mountinfo, '/tmp/fengcai-stack-x')).toEqual({ mountPoint: '/', fsType: 'ext4', source: '/dev/vda' })
  })

  it('should take the deepest mount point, and the last mount of one point', () => {
    expect(mountOf(mountinfo, '/mnt/jext4/tmp/a')?.fsType).toBe('btrfs')
    expect(mountOf(mountinfo, '/dev/shm')?.fsType).toBe('tmpfs')
  })

  it('should not take a mount point that only shares a prefix of the name', () => {
    expect(mountOf(mountinfo, '/mnt/jext4x/a')?.mountPoint).toBe('/')
  })

  it('should read escaped mount points', () => {
    expect(mountOf(mountinfo, '/mnt/with space/b')).toEqual({ mountPoint: '/mnt/with space', fsType: 'xfs', source: '/dev/loop1' })
  })

  it('should give null for text without mounts', () => {
    expect(mountOf('not a mountinfo\n', '/tmp')).toBeNull()
  })
})
