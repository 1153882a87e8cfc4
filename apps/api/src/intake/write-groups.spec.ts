import { WriteGroups } from './write-groups';

interface Row {
  name: string;
  key?: string;
}

/** A writer that records each call's rows and answers when told to (as a commit would). */
function recordingWriter(failOn?: string) {
  const calls: string[][] = [];
  const pending: (() => void)[] = [];
  const writeAll = (rows: Row[]) => {
    calls.push(rows.map((row) => row.name));
    return new Promise<string[]>((resolve, reject) => {
      pending.push(() =>
        rows.some((row) => row.name === failOn)
          ? reject(new Error(`${failOn} is not valid`))
          : resolve(rows.map((row) => `stored ${row.name}`)),
      );
    });
  };
  /** Lets every write asked for so far commit, and the callbacks after it run. */
  const commit = async () => {
    for (let round = 0; round < 5; round += 1) {
      pending.splice(0).forEach((done) => done());
      await new Promise((resolve) => setImmediate(resolve));
    }
  };
  return { calls, writeAll, commit };
}

const keyOf = (row: Row) => row.key ?? null;

describe('WriteGroups', () => {
  it('writes the rows asked for in one turn together and answers each caller with its own result after the write', async () => {
    const writer = recordingWriter();
    const groups = new WriteGroups(writer.writeAll, keyOf);
    let answered = false;

    const results = Promise.all(['a', 'b', 'c'].map((name) => groups.write({ name }))).then(
      (all) => ((answered = true), all),
    );
    await new Promise((resolve) => setImmediate(resolve));
    expect(writer.calls).toEqual([['a', 'b', 'c']]);
    // Not acknowledged before the write has committed.
    await Promise.resolve();
    expect(answered).toBe(false);

    await writer.commit();
    expect(await results).toEqual(['stored a', 'stored b', 'stored c']);
  });

  it('writes each row on its own when the group fails: a bad row fails its own caller only', async () => {
    const writer = recordingWriter('b');
    const groups = new WriteGroups(writer.writeAll, keyOf);

    const results = Promise.allSettled(['a', 'b', 'c'].map((name) => groups.write({ name })));
    await writer.commit();

    expect(await results).toEqual([
      { status: 'fulfilled', value: 'stored a' },
      { status: 'rejected', reason: new Error('b is not valid') },
      { status: 'fulfilled', value: 'stored c' },
    ]);
    expect(writer.calls).toEqual([['a', 'b', 'c'], ['a'], ['b'], ['c']]);
  });

  it('writes a repeated key after the group with its first row has committed', async () => {
    const writer = recordingWriter();
    const groups = new WriteGroups(writer.writeAll, keyOf);

    const results = Promise.all([
      groups.write({ name: 'first', key: 'k' }),
      groups.write({ name: 'other', key: 'j' }),
      groups.write({ name: 'replay', key: 'k' }),
    ]);
    await new Promise((resolve) => setImmediate(resolve));
    expect(writer.calls).toEqual([['first', 'other']]);

    await writer.commit();
    expect(writer.calls).toEqual([['first', 'other'], ['replay']]);
    expect(await results).toEqual(['stored first', 'stored other', 'stored replay']);
  });

  it('splits a turn with more rows than a group holds', async () => {
    const writer = recordingWriter();
    const groups = new WriteGroups(writer.writeAll, keyOf, 2);

    const results = Promise.all(['a', 'b', 'c'].map((name) => groups.write({ name })));
    await new Promise((resolve) => setImmediate(resolve));
    // Both groups are under way at once: only a repeated key waits.
    expect(writer.calls).toEqual([['a', 'b'], ['c']]);

    await writer.commit();
    expect(await results).toEqual(['stored a', 'stored b', 'stored c']);
  });

  it('starts a new group for rows asked for after the last one was sent', async () => {
    const writer = recordingWriter();
    const groups = new WriteGroups(writer.writeAll, keyOf);

    const first = groups.write({ name: 'a' });
    await new Promise((resolve) => setImmediate(resolve));
    const second = groups.write({ name: 'b' });
    await writer.commit();

    expect(writer.calls).toEqual([['a'], ['b']]);
    expect(await Promise.all([first, second])).toEqual(['stored a', 'stored b']);
  });
});
