// Jest runs the files it has no timings for (every file of a fresh clone) largest first. The
// spec files that seed the demo organisation (thousands of analysed items) are the slowest by
// far, yet some are short: last in the queue, one of them kept a worker busy for a minute while
// the other had nothing left to do. Those files go first; jest's order is kept otherwise.
const { readFileSync } = require('node:fs');
const Sequencer = require('@jest/test-sequencer').default;

const seedsTheDemo = (test) =>
  test.duration == null && readFileSync(test.path, 'utf8').includes('seedDemoData(');

class SeededFirstSequencer extends Sequencer {
  sort(tests) {
    const sorted = super.sort(tests);
    return [...sorted.filter(seedsTheDemo), ...sorted.filter((test) => !seedsTheDemo(test))];
  }
}

module.exports = SeededFirstSequencer;
