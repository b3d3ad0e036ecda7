import * as migration_20261122_111137_initial from './20261122_111137_initial';

export const migrations = [
  {
    up: migration_20261122_111137_initial.up,
    down: migration_20261122_111137_initial.down,
    name: '20261122_111137_initial'
  },
];
