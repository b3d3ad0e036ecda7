import * as migration_20261122_111137_initial from './20261122_111137_initial';
import * as migration_20261122_113120_media_sizes from './20261122_113120_media_sizes';

export const migrations = [
  {
    up: migration_20261122_111137_initial.up,
    down: migration_20261122_111137_initial.down,
    name: '20261122_111137_initial',
  },
  {
    up: migration_20261122_113120_media_sizes.up,
    down: migration_20261122_113120_media_sizes.down,
    name: '20261122_113120_media_sizes'
  },
];
