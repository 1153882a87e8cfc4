import { Role } from '../src/auth/role.enum';
import { UsersService } from '../src/auth/users.service';
import { type Caller, type GraphQLResponse, startTestApp, type TestApp } from './support/test-app';

const NOTE_FIELDS = 'from to text version updatedAt updatedBy { name }';
const READ = `query ($from: String!, $to: String!) { reviewNotes(from: $from, to: $to) { ${NOTE_FIELDS} } }`;
const SAVE = `mutation ($input: SaveReviewNotesInput!) { saveReviewNotes(input: $input) { ${NOTE_FIELDS} } }`;
const EXPORT = `query ($input: ReviewPackExportInput!) { reviewPackExport(input: $input) { content rows } }`;

interface Note {
  from: string;
  to: string;
  text: string;
  version: number;
  updatedAt: string;
  updatedBy: { name: string } | null;
}

/** Each test writes the notes of its own month, so the tests do not depend on one another. */
const monthOf = (month: number) => {
  const pad = (n: number) => String(n).padStart(2, '0');
  return month === 12
    ? { from: '2026-12-01', to: '2027-01-01' }
    : { from: `2026-${pad(month)}-01`, to: `2026-${pad(month + 1)}-01` };
};

const aSave = (overrides: Record<string, unknown> = {}) => ({
  ...monthOf(1),
  text: 'Decided: Dana reviews the receipt rule by 30 Nov.',
  ...overrides,
});

const problemsOf = (response: GraphQLResponse) =>
  response.errors?.[0]?.extensions?.fields?.map(({ field, rule }) => ({ field, rule }));

describe('review notes', () => {
  let api: TestApp;
  let manager: Caller;
  let colleague: Caller;
  let processOwner: Caller;
  let staff: Caller;

  beforeAll(async () => {
    api = await startTestApp();
    [manager, processOwner, staff] = await Promise.all([
      api.as(Role.MANAGER),
      api.as(Role.PROCESS_OWNER),
      api.as(Role.STAFF),
    ]);
    // A second manager: the notes are shared by everyone who runs the review.
    const email = 'colleague.manager@test.example.org';
    const password = 'another long password';
    await api.app
      .get(UsersService)
      .create({ email, password, displayName: 'Colleague manager', role: Role.MANAGER });
    const login = await api.graphql<{ login: { token: string } }>(
      'mutation ($input: LoginInput!) { login(input: $input) { token } }',
      { input: { email, password } },
    );
    colleague = { token: login.data!.login.token };
  });
  afterAll(() => api.close());

  const save = (input: Record<string, unknown>, caller = manager) =>
    api.graphql<{ saveReviewNotes: Note }>(SAVE, { input }, caller);
  const read = (period: { from: string; to: string }, caller = manager) =>
    api.graphql<{ reviewNotes: Note | null }>(READ, period, caller);

  it('stores the notes for the period and gives them back to every reader, with who saved them', async () => {
    const period = monthOf(1);
    expect((await read(period)).data).toEqual({ reviewNotes: null });

    const first = await save(aSave(period));
    expect(first.errors).toBeUndefined();
    expect(first.data!.saveReviewNotes).toMatchObject({
      ...period,
      text: 'Decided: Dana reviews the receipt rule by 30 Nov.',
      version: 1,
      updatedBy: { name: 'Test manager' },
    });

    const second = await save(
      aSave({ ...period, text: 'Decided: A.\nAlso: B.', expectedVersion: 1 }),
      colleague,
    );
    expect(second.data!.saveReviewNotes).toMatchObject({
      text: 'Decided: A.\nAlso: B.',
      version: 2,
      updatedBy: { name: 'Colleague manager' },
    });
    expect(Date.parse(second.data!.saveReviewNotes.updatedAt)).toBeGreaterThanOrEqual(
      Date.parse(first.data!.saveReviewNotes.updatedAt),
    );

    const seen = await read(period, colleague);
    expect(seen.errors).toBeUndefined();
    expect(seen.data!.reviewNotes).toEqual(second.data!.saveReviewNotes);
    // Another period has its own notes.
    expect((await read(monthOf(2))).data).toEqual({ reviewNotes: null });
  });

  it('refuses a save based on a stale version, naming who saved in between and when', async () => {
    const period = monthOf(3);
    await save(aSave({ ...period, text: 'Version one.' }));
    const theirs = await save(
      aSave({ ...period, text: 'The colleague’s decision.', expectedVersion: 1 }),
      colleague,
    );
    expect(theirs.data!.saveReviewNotes.version).toBe(2);

    const stale = await save(aSave({ ...period, text: 'My late edit.', expectedVersion: 1 }));
    expect(stale.data).toBeNull();
    expect(stale.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      fields: [{ field: 'expectedVersion', rule: 'stale' }],
    });
    const minute = theirs.data!.saveReviewNotes.updatedAt.slice(0, 16).replace('T', ' ');
    expect(stale.errors?.[0]?.message).toBe(
      `Colleague manager saved these notes at ${minute} UTC (version 2) after version 1, which yours were based on. Reload their notes or overwrite them with yours.`,
    );
    expect((await read(period)).data!.reviewNotes).toMatchObject({
      text: 'The colleague’s decision.',
      version: 2,
    });

    // Overwriting means saving again on top of the version just read.
    const overwrite = await save(aSave({ ...period, text: 'My late edit.', expectedVersion: 2 }));
    expect(overwrite.data!.saveReviewNotes).toMatchObject({ text: 'My late edit.', version: 3 });
  });

  it('refuses a first save when a colleague created the notes meanwhile', async () => {
    const period = monthOf(4);
    await save(aSave({ ...period, text: 'The colleague was first.' }), colleague);
    const second = await save(aSave({ ...period, text: 'Mine.' }));
    expect(second.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(second.errors?.[0]?.message).toMatch(
      /^Colleague manager saved these notes at .* UTC \(version 1\) while you were writing yours\./,
    );
  });

  it('lets only one of two saves on the same version win', async () => {
    const period = monthOf(5);
    await save(aSave({ ...period, text: 'Start.' }));
    const outcomes = await Promise.all([
      save(aSave({ ...period, text: 'Manager’s edit.', expectedVersion: 1 })),
      save(aSave({ ...period, text: 'Colleague’s edit.', expectedVersion: 1 }), colleague),
    ]);
    const codes = outcomes.map((o) => (o.data ? 'saved' : o.errors?.[0]?.extensions?.code));
    expect(codes.sort()).toEqual(['CONFLICT', 'saved']);
    expect((await read(period)).data!.reviewNotes!.version).toBe(2);
  });

  it('clears the notes with empty text and keeps counting versions', async () => {
    const period = monthOf(6);
    await save(aSave({ ...period, text: 'To be withdrawn.' }));
    const cleared = await save(aSave({ ...period, text: '  \n ', expectedVersion: 1 }));
    expect(cleared.data!.saveReviewNotes).toMatchObject({ text: '', version: 2 });
    // A colleague still editing version 1 does not bring the withdrawn text back unnoticed.
    const stale = await save(
      aSave({ ...period, text: 'To be withdrawn. And more.', expectedVersion: 1 }),
    );
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('names the field and rule of invalid input and stores nothing', async () => {
    const period = monthOf(7);
    const tooLong = await save(aSave({ ...period, text: 'x'.repeat(20_001) }));
    expect(tooLong.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(problemsOf(tooLong)).toEqual([{ field: 'text', rule: 'maxLength' }]);
    expect(tooLong.errors?.[0]?.message).toContain('text must be at most 20,000 characters');
    expect((await save(aSave({ ...period, text: 'x'.repeat(20_000) }))).errors).toBeUndefined();

    const backwards = await save(aSave({ from: '2026-09-01', to: '2026-08-01' }));
    expect(problemsOf(backwards)).toEqual([{ field: 'to', rule: 'after' }]);
    const empty = await save(aSave({ from: '2026-09-01', to: '2026-09-01' }));
    expect(problemsOf(empty)).toEqual([{ field: 'to', rule: 'after' }]);
    const notADay = await save(aSave({ from: '2026-02-30', to: 'next month' }));
    expect(problemsOf(notADay)).toEqual([
      { field: 'from', rule: 'isDay' },
      { field: 'to', rule: 'isDay' },
    ]);
    const badVersion = await save(aSave({ ...monthOf(8), expectedVersion: 0 }));
    expect(problemsOf(badVersion)).toEqual([{ field: 'expectedVersion', rule: 'min' }]);
    const badRead = await read({ from: '2026-10-01', to: '2026-13-01' });
    expect(problemsOf(badRead)).toEqual([{ field: 'to', rule: 'isDay' }]);
    expect((await read(monthOf(8))).data).toEqual({ reviewNotes: null });
  });

  it('lets only managers read and write them, as the rest of the review', async () => {
    const period = monthOf(9);
    const byOwner = await save(aSave(period), processOwner);
    expect(byOwner.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const ownerRead = await read(period, processOwner);
    expect(ownerRead.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(ownerRead.data).toEqual({ reviewNotes: null });

    expect((await save(aSave(period), staff)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const staffRead = await read(period, staff);
    expect(staffRead.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    // The field is nullable, so GraphQL answers null beside the error: no text leaks.
    expect(staffRead.data).toEqual({ reviewNotes: null });
    expect((await read(period, 'anonymous')).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('puts the stored notes into the exported review pack, as a Markdown section and a CSV row', async () => {
    const period = monthOf(10);
    const exportAs = async (format: 'MARKDOWN' | 'CSV') => {
      const response = await api.graphql<{ reviewPackExport: { content: string; rows: number } }>(
        EXPORT,
        { input: { ...period, format } },
        colleague,
      );
      expect(response.errors).toBeUndefined();
      return response.data!.reviewPackExport.content;
    };
    expect(await exportAs('MARKDOWN')).toContain(
      '## Notes and decisions\n\nNo notes were recorded.',
    );
    expect(await exportAs('CSV')).not.toContain('notes-and-decisions');

    const saved = await save(
      aSave({ ...period, text: 'Decided: Dana reviews the receipt rule, "by 30 Nov".\n' }),
    );
    const minute = saved.data!.saveReviewNotes.updatedAt.slice(0, 16).replace('T', ' ');
    const markdown = await exportAs('MARKDOWN');
    expect(markdown).toContain(
      `## Notes and decisions\n\nDecided: Dana reviews the receipt rule, "by 30 Nov".\n\n_Saved by Test manager, ${minute} UTC (version 1)._\n`,
    );
    const csv = (await exportAs('CSV')).trimEnd().split('\n');
    expect(csv.at(-1)).toBe(
      'notes,review,notes-and-decisions,,,,,"Decided: Dana reviews the receipt rule, ""by 30 Nov""."',
    );
  });
});
