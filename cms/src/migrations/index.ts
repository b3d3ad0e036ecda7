import * as migration_20261122_105505_initial from './20261122_105505_initial';
import * as migration_20261122_105634_stories from './20261122_105634_stories';

export const migrations = [
  {
    up: migration_20261122_105505_initial.up,
    down: migration_20261122_105505_initial.down,
    name: '20261122_105505_initial',
  },
  {
    up: migration_20261122_105634_stories.up,
    down: migration_20261122_105634_stories.down,
    name: '20261122_105634_stories'
  },
];
