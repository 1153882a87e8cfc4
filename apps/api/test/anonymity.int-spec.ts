import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { Role } from '../src/auth/role.enum';
import { UsersService } from '../src/auth/users.service';
import { InsightData } from '../src/insights/read-model/insight-data.service';
import { type Caller, startTestApp, type TestApp } from './support/test-app';

// An attacker's view of anonymous staff pulse: every published figure is a count, a sum of
// workloads or a count of 4–5 answers over some set of entries. The attack asks every view over
// many periods and team filters, describes each figure by the entries the answer says it covers,
// checks that description against the truth, and then tries to isolate an entry by differencing
// (any two nested figures) and by any linear combination of all of them.

const K = 5;
const NOW = Date.parse('2026-12-07T10:30:00Z');
const TEAMS = ['Billing', 'Customer Care', 'IT Service Desk', 'People Services'] as const;

interface Entry {
  id: string;
  team: number;
  day: string;
  workload: number;
  anonymous: boolean;
}

// Anonymous entries per team and month (December is the unfinished current month); a few per
// month sit on a window edge (the 1st, the 30th or 31st).
const ANONYMOUS: Record<string, [number, number, number, number]> = {
  '2026-09': [2, 7, 5, 0],
  '2026-10': [3, 12, 6, 2],
  '2026-11': [6, 8, 2, 1],
  '2026-12': [0, 6, 0, 4],
};
const NAMED: [number, number, number, number] = [0, 2, 1, 1];

function seedEntries(): Entry[] {
  const entries: Entry[] = [];
  let n = 0;
  for (const [month, counts] of Object.entries(ANONYMOUS)) {
    const last =
      month === '2026-12' ? 6 : new Date(Date.UTC(2026, Number(month.slice(5)), 0)).getUTCDate();
    TEAMS.forEach((_, team) => {
      const add = (anonymous: boolean, i: number, of: number) => {
        // Spread over the month, first and last entries on its first and last day.
        const day = of === 1 ? 1 + (n % last) : 1 + Math.round((i * (last - 1)) / (of - 1));
        entries.push({
          id: randomUUID(),
          team,
          day: `${month}-${String(day).padStart(2, '0')}`,
          workload: ((n++ * 7 + team) % 5) + 1,
          anonymous,
        });
      };
      for (let i = 0; i < counts[team]; i++) add(true, i, counts[team]);
      for (let i = 0; i < NAMED[team]; i++) add(false, i, NAMED[team]);
    });
  }
  return entries;
}

const PERIODS: [string, string][] = [
  ['2026-10-01', '2026-10-08'],
  ['2026-10-01', '2026-10-10'],
  ['2026-10-02', '2026-10-10'],
  ['2026-10-01', '2026-11-01'],
  ['2026-10-02', '2026-11-01'],
  ['2026-10-01', '2026-10-31'],
  ['2026-09-24', '2026-10-08'],
  ['2026-09-30', '2026-10-02'],
  ['2026-10-25', '2026-11-08'],
  ['2026-10-31', '2026-11-02'],
  ['2026-09-01', '2026-12-01'],
  ['2026-11-01', '2026-12-01'],
  ['2026-11-01', '2026-12-07'],
  ['2026-12-01', '2026-12-07'],
];

const STAFF_FIELDS = `pulseMonths
  teams { team { id } pulse { responses anonymousResponses shown meanWorkload overwhelmedShare } }
  weekly { weekStart team { id } pulseWorkload pulseResponses }
  anonymousPulse { month label teams { id } responses meanWorkload overwhelmedShare }
  anonymityNotes`;
const WARNING_FIELDS = 'signs { sign value recordCount }';
const STAFF_LOAD = `query ($input: StaffLoadInput!) { staffLoad(input: $input) { ${STAFF_FIELDS} } }`;
const WARNINGS = `query ($input: WarningSignsInput!) { warningSigns(input: $input) { ${WARNING_FIELDS} } }`;
const REVIEW_PACK = `query ($input: ReviewPackInput!) { reviewPack(input: $input) {
  staffLoad { ${STAFF_FIELDS} } warningSigns { ${WARNING_FIELDS} } } }`;
const STAFF_PULSE = `mutation ($input: SubmitStaffPulseInput!) { submitStaffPulse(input: $input) { submittedOn } }`;
const STAFF_ITEMS = `{ items(first: 50, filter: { sources: [STAFF] }) { nodes {
  anonymous receivedAt createdAt analysis { analysedAt } } } }`;

interface StaffLoadAnswer {
  pulseMonths: string[];
  teams: {
    team: { id: string };
    pulse: {
      responses: number;
      shown: boolean;
      meanWorkload: number | null;
      overwhelmedShare: number | null;
    };
  }[];
  weekly: {
    weekStart: string;
    team: { id: string };
    pulseWorkload: number | null;
    pulseResponses: number;
  }[];
  anonymousPulse: {
    month: string;
    label: string;
    teams: { id: string }[];
    responses: number;
    meanWorkload: number;
    overwhelmedShare: number;
  }[];
  anonymityNotes: string[];
}
interface WarningsAnswer {
  signs: { sign: string; value: number | null; recordCount: number }[];
}

/** A published figure: the entries it says it covers, and its count, workload sum and 4–5 count. */
interface Observation {
  what: string;
  members: Entry[];
  count: number;
  sum: number | null;
  overwhelmed: number | null;
}

const subsets = <T>(values: readonly T[]): T[][] =>
  values.reduce<T[][]>((all, value) => [...all, ...all.map((set) => [...set, value])], [[]]);

/** Is `target` a linear combination of `rows`? (Gaussian elimination over 0/1 vectors.) */
function inSpan(basis: Map<number, number[]>, target: number[]): boolean {
  const v = [...target];
  for (const [pivot, row] of basis) {
    if (Math.abs(v[pivot]) > 1e-9) {
      const f = v[pivot];
      for (let j = 0; j < v.length; j++) v[j] -= f * row[j];
    }
  }
  return v.every((x) => Math.abs(x) < 1e-9);
}
function addToBasis(basis: Map<number, number[]>, vector: number[]): void {
  const v = [...vector];
  for (const [pivot, row] of basis) {
    if (Math.abs(v[pivot]) > 1e-9) {
      const f = v[pivot];
      for (let j = 0; j < v.length; j++) v[j] -= f * row[j];
    }
  }
  const pivot = v.findIndex((x) => Math.abs(x) > 1e-9);
  if (pivot < 0) return;
  const scale = v[pivot];
  const normalised = v.map((x) => x / scale);
  // Keep the basis reduced: clear the new pivot from the other rows.
  for (const row of basis.values()) {
    const f = row[pivot];
    if (Math.abs(f) > 1e-9) for (let j = 0; j < row.length; j++) row[j] -= f * normalised[j];
  }
  basis.set(pivot, normalised);
}

describe('anonymous staff pulse under attack', () => {
  let api: TestApp;
  let db: Client;
  let teamIds: string[];
  let entries: Entry[];

  beforeAll(async () => {
    api = await startTestApp();
    jest.spyOn(api.app.get(InsightData), 'now').mockReturnValue(NOW);
    db = new Client({ connectionString: api.databaseUrl });
    await db.connect();
    teamIds = [];
    for (const name of TEAMS) {
      const { rows } = await db.query<{ id: string }>(
        'INSERT INTO teams (name, staff_count) VALUES ($1, 8) RETURNING id',
        [name],
      );
      teamIds.push(rows[0].id);
    }
    entries = seedEntries();
    await db.query(
      `INSERT INTO pulse_entries (id, team_id, submitted_on, workload, anonymous)
        SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::date[], $4::smallint[], $5::boolean[])`,
      [
        entries.map((e) => e.id),
        entries.map((e) => teamIds[e.team]),
        entries.map((e) => e.day),
        entries.map((e) => e.workload),
        entries.map((e) => e.anonymous),
      ],
    );
  });
  afterAll(async () => {
    await db.end();
    await api.close();
  });

  it('lets no manager, process owner or admin isolate fewer than five anonymous entries by any periods and filters', async () => {
    const observations: Observation[] = [];
    const ofTeam = (id: string) => teamIds.indexOf(id);
    const observe = (
      what: string,
      members: Entry[],
      count: number,
      mean: number | null,
      share: number | null,
    ) =>
      observations.push({
        what,
        members,
        count,
        sum: mean === null ? null : Math.round(mean * count * 1e6) / 1e6,
        overwhelmed: share === null ? null : Math.round(share * count * 1e6) / 1e6,
      });
    const inMonths = (e: Entry, months: string[]) => months.includes(e.day.slice(0, 7));

    /** Records every pulse figure of a staff load (and its warning signs) as an observation. */
    const observeAnswer = (
      where: string,
      subset: string[],
      answer: StaffLoadAnswer,
      warnings: WarningsAnswer | null,
    ) => {
      const months = answer.pulseMonths;
      const selected = subset.length ? subset.map(ofTeam) : TEAMS.map((_, i) => i);

      for (const group of answer.anonymousPulse) {
        const teams = group.teams.map((t) => ofTeam(t.id));
        observe(
          `${where} group ${group.label} ${group.month}`,
          entries.filter(
            (e) => e.anonymous && teams.includes(e.team) && e.day.startsWith(group.month),
          ),
          group.responses,
          group.meanWorkload,
          group.overwhelmedShare,
        );
      }
      for (const row of answer.teams) {
        const team = ofTeam(row.team.id);
        const ownMonths = answer.anonymousPulse
          .filter((g) => g.teams.length === 1 && g.teams[0].id === row.team.id)
          .map((g) => g.month);
        observe(
          `${where} team ${team} pulse`,
          entries.filter(
            (e) => e.team === team && (e.anonymous ? inMonths(e, ownMonths) : inMonths(e, months)),
          ),
          row.pulse.responses,
          row.pulse.meanWorkload,
          row.pulse.overwhelmedShare,
        );
      }
      for (const week of answer.weekly) {
        const start = Date.parse(`${week.weekStart}T00:00:00Z`);
        const team = ofTeam(week.team.id);
        observe(
          `${where} team ${team} week ${week.weekStart}`,
          entries.filter((e) => {
            const at = Date.parse(`${e.day}T00:00:00Z`);
            return !e.anonymous && e.team === team && at >= start && at < start + 7 * 864e5;
          }),
          week.pulseResponses,
          week.pulseWorkload,
          null,
        );
      }
      const overwhelm = warnings?.signs.find((s) => s.sign === 'OVERWHELM');
      const cells = answer.anonymousPulse;
      if (overwhelm)
        observe(
          `${where} warning sign`,
          entries.filter((e) =>
            e.anonymous
              ? cells.some(
                  (c) => e.day.startsWith(c.month) && c.teams.some((t) => ofTeam(t.id) === e.team),
                )
              : selected.includes(e.team) && inMonths(e, months),
          ),
          overwhelm.recordCount,
          null,
          overwhelm.value,
        );
      // A hidden group's size is never printed: only years and the rule's 5 are numbers.
      for (const note of answer.anonymityNotes)
        expect(note.replace(/\b\d{4}\b/g, '').replace(`fewer than ${K}`, '')).not.toMatch(/\d/);
    };

    const jobs: (() => Promise<void>)[] = [];
    for (const role of [Role.MANAGER, Role.PROCESS_OWNER, Role.ADMIN]) {
      const caller = await api.as(role);
      for (const [from, to] of PERIODS) {
        for (const subset of subsets(teamIds)) {
          const filter = { teamIds: subset };
          const where = `${role} ${from}–${to} [${subset.map(ofTeam).join(',')}]`;
          jobs.push(async () => {
            const load = await api.graphql<{ staffLoad: StaffLoadAnswer }>(
              STAFF_LOAD,
              { input: { from, to, comparison: 'NONE', filter, historyWeeks: 8 } },
              caller,
            );
            const warnings = await api.graphql<{ warningSigns: WarningsAnswer }>(
              WARNINGS,
              { input: { from, to, comparison: 'NONE', filter } },
              caller,
            );
            // A role that may not read a view learns nothing from it.
            const refused = (r: { errors?: { extensions?: { code?: string } }[] }) =>
              r.errors?.[0]?.extensions?.code === 'FORBIDDEN';
            if (refused(load)) return;
            expect(load.errors).toBeUndefined();
            if (!refused(warnings)) expect(warnings.errors).toBeUndefined();
            observeAnswer(where, subset, load.data!.staffLoad, warnings.data?.warningSigns ?? null);
          });
          // The review pack's staff section and warning signs, for the single-team filters.
          if (role === Role.MANAGER && subset.length <= 1) {
            jobs.push(async () => {
              const pack = await api.graphql<{
                reviewPack: { staffLoad: StaffLoadAnswer; warningSigns: WarningsAnswer };
              }>(REVIEW_PACK, { input: { from, to, comparison: 'PREVIOUS', filter } }, caller);
              expect(pack.errors).toBeUndefined();
              const { staffLoad, warningSigns } = pack.data!.reviewPack;
              observeAnswer(`${where} pack`, subset, staffLoad, warningSigns);
            });
          }
        }
      }
    }
    // A few requests at a time: the machine is shared.
    for (let i = 0; i < jobs.length; i += 4)
      await Promise.all(jobs.slice(i, i + 4).map((job) => job()));

    // Each figure is what it says it is: otherwise the attack below would prove nothing.
    const wrong = observations.filter(
      (o) =>
        o.count !== o.members.length ||
        (o.sum !== null &&
          Math.abs(o.sum - o.members.reduce((s, e) => s + e.workload, 0)) > 1e-3) ||
        (o.overwhelmed !== null &&
          Math.abs(o.overwhelmed - o.members.filter((e) => e.workload >= 4).length) > 1e-3),
    );
    expect(
      wrong.map((o) => `${o.what}: ${o.count} published, ${o.members.length} covered`),
    ).toEqual([]);

    const unique = new Map<string, Observation>();
    for (const o of observations)
      unique.set(
        o.members
          .map((e) => e.id)
          .sort()
          .join(','),
        o,
      );
    const sets = [...unique.values()];
    const anonymousIn = (members: Entry[]) => members.filter((e) => e.anonymous);
    // The attack saw real figures, not an empty page: anonymous groups were published.
    expect(sets.filter((o) => anonymousIn(o.members).length >= K).length).toBeGreaterThan(5);
    expect(sets.flatMap((o) => anonymousIn(o.members)).some((e) => e.day >= '2026-12')).toBe(false);

    // Every figure holds no anonymous entry or at least K.
    const small = sets.filter((o) => [1, 2, 3, 4].includes(anonymousIn(o.members).length));
    expect(small.map((o) => `${o.what}: ${anonymousIn(o.members).length} anonymous`)).toEqual([]);

    // Differencing: two nested figures never differ by 1 to K−1 anonymous entries.
    const isolating: string[] = [];
    for (const outer of sets) {
      const ids = new Set(outer.members.map((e) => e.id));
      for (const inner of sets) {
        if (inner === outer || !inner.members.every((e) => ids.has(e.id))) continue;
        const inside = new Set(inner.members.map((e) => e.id));
        const left = anonymousIn(outer.members.filter((e) => !inside.has(e.id))).length;
        if (left > 0 && left < K)
          isolating.push(`${outer.what} − ${inner.what} = ${left} anonymous`);
      }
    }
    expect(isolating.slice(0, 10)).toEqual([]);

    // Any combination: no anonymous entry is a linear combination of the figures and of the
    // named entries (which the attacker may know one by one).
    const index = new Map(entries.map((e, i) => [e.id, i]));
    const vector = (members: Entry[]) => {
      const v = new Array<number>(entries.length).fill(0);
      for (const e of members) v[index.get(e.id)!] = 1;
      return v;
    };
    const basis = new Map<number, number[]>();
    for (const o of sets) addToBasis(basis, vector(o.members));
    for (const e of entries.filter((entry) => !entry.anonymous)) addToBasis(basis, vector([e]));
    const determined = entries.filter((e) => e.anonymous && inSpan(basis, vector([e])));
    expect(determined.map((e) => `${TEAMS[e.team]} ${e.day}`)).toEqual([]);
  }, 600_000);

  it('keeps only the day of an anonymous staff report: received, created and analysed at 00:00 UTC', async () => {
    const staff = await staffOf(0);
    const sent = await api.graphql(
      STAFF_PULSE,
      {
        input: {
          teamId: teamIds[0],
          workload: 4,
          anonymous: true,
          obstacles: 'The refund approval takes a week.',
        },
      },
      staff,
    );
    expect(sent.errors).toBeUndefined();
    // A later write (re-analysis) is cut to the day as well.
    await db.query(
      'UPDATE item_analyses SET analysed_at = now() WHERE item_id IN (SELECT id FROM items WHERE anonymous)',
    );
    const { data } = await api.graphql<{
      items: {
        nodes: {
          anonymous: boolean;
          receivedAt: string;
          createdAt: string;
          analysis: { analysedAt: string } | null;
        }[];
      };
    }>(STAFF_ITEMS, {}, await api.as(Role.MANAGER));
    const [item] = data!.items.nodes.filter((node) => node.anonymous);
    expect([item.receivedAt, item.createdAt, item.analysis?.analysedAt]).toEqual([
      expect.stringMatching(/T00:00:00\.000Z$/),
      expect.stringMatching(/T00:00:00\.000Z$/),
      expect.stringMatching(/T00:00:00\.000Z$/),
    ]);
  });

  it("refuses a staff member's pulse for another team, naming teamId, and stores nothing", async () => {
    const staff = await staffOf(2);
    const before = await db.query('SELECT count(*)::int AS n FROM pulse_entries');
    const response = await api.graphql(
      STAFF_PULSE,
      { input: { teamId: teamIds[1], workload: 5, anonymous: true } },
      staff,
    );
    expect(response.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'teamId', rule: 'ownTeam' }],
    });
    const after = await db.query('SELECT count(*)::int AS n FROM pulse_entries');
    expect(after.rows[0].n).toBe(before.rows[0].n);
  });

  /** A signed-in staff member of the team. */
  async function staffOf(team: number): Promise<Caller> {
    const email = `staff-${team}@test.example.org`;
    const password = 'correct horse battery';
    await api.app.get(UsersService).create({
      email,
      password,
      displayName: `Staff ${team}`,
      role: Role.STAFF,
      teamId: teamIds[team],
    });
    const login = await api.graphql<{ login: { token: string } }>(
      'mutation ($input: LoginInput!) { login(input: $input) { token } }',
      { input: { email, password } },
    );
    return { token: login.data!.login.token };
  }
});
