import { registered } from './migration-index';

const BASELINE = `// Every migration, oldest first.
import { Baseline1796658574973 } from './1796658574973-baseline';

export const MIGRATIONS = [Baseline1796658574973];
`;

describe('registered', () => {
  it('imports a new migration and lists it after the newest, one per line', () => {
    const once = registered(BASELINE, 'AddNotes1796700000000', '1796700000000-add-notes');
    expect(once).toBe(`// Every migration, oldest first.
import { Baseline1796658574973 } from './1796658574973-baseline';
import { AddNotes1796700000000 } from './1796700000000-add-notes';

export const MIGRATIONS = [
  Baseline1796658574973,
  AddNotes1796700000000,
];
`);
    expect(registered(once, 'More1796800000000', '1796800000000-more')).toContain(
      `  AddNotes1796700000000,\n  More1796800000000,\n];\n`,
    );
  });
});
