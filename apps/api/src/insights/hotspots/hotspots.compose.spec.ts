import { ItemKind } from '../../items/item.enums';
import type { Names } from '../read-model/insight-data.service';
import type { MeasureRow } from '../read-model/rollups';
import { dayMs, EMPTY_FILTER, type Scope } from '../read-model/scope';
import { type CellRow, composeHotspots, policyCells, rankPolicies } from './hotspots.compose';

const TEAM_A = 'aaaaaaaa-0000-0000-0000-000000000001';
const TEAM_B = 'bbbbbbbb-0000-0000-0000-000000000002';
const RECEIPTS = 'cccccccc-0000-0000-0000-000000000003';
const APPROVAL = 'dddddddd-0000-0000-0000-000000000004';
const QUIET = 'eeeeeeee-0000-0000-0000-000000000005';
const names: Names = {
  teams: new Map([
    [TEAM_A, 'Service desk'],
    [TEAM_B, 'Billing'],
  ]),
  themes: new Map(),
  policies: new Map([
    [RECEIPTS, 'Refunds need a receipt'],
    [APPROVAL, 'Laptops need director approval'],
    [QUIET, 'Badges are worn'],
  ]),
};
const scope: Scope = {
  period: { from: dayMs('2025-05-01'), to: dayMs('2025-06-01') },
  comparison: null,
  filter: EMPTY_FILTER,
  now: dayMs('2025-06-15'),
};
const row = (values: Partial<MeasureRow>): MeasureRow =>
  ({
    bucket: null,
    arrivals: 0,
    explicit_links: 0,
    mention_links: 0,
    negative: 0,
    exceptions_granted: 0,
    exceptions_refused: 0,
    soft_noes: 0,
    hard_noes: 0,
    escalated: 0,
    waiting_internal_ms: 0,
    ...values,
  }) as MeasureRow;
const cell = (values: Partial<CellRow>): CellRow => ({
  cur: true,
  policy_id: RECEIPTS,
  team_id: TEAM_A,
  linked: 0,
  explicit: 0,
  mentions: 0,
  complaints: 0,
  requests: 0,
  negative: 0,
  granted: 0,
  refused: 0,
  soft: 0,
  hard: 0,
  escalated: 0,
  wait_ms: 0,
  ...values,
});

describe('policy cells', () => {
  it('sums a policy × team cell over kinds, counting complaints and requests apart', () => {
    const [only] = policyCells(
      [{ cur: true }],
      [
        [
          row({
            dim_id: RECEIPTS,
            team_id: TEAM_A,
            kind: ItemKind.COMPLAINT,
            arrivals: 3,
            exceptions_granted: 1,
          }),
          row({ dim_id: RECEIPTS, team_id: TEAM_A, kind: ItemKind.REQUEST, arrivals: 5 }),
        ],
      ],
      [{ cur: true, policy_id: RECEIPTS, team_id: TEAM_A, wait_ms: 1000 }],
      [],
    );
    expect(only).toMatchObject({
      linked: 8,
      complaints: 3,
      requests: 5,
      granted: 1,
      wait_ms: 1000,
    });
  });

  it('keeps only the filtered policies, and adds waits under way to existing cells only', () => {
    const cells = policyCells(
      [{ cur: true }, { cur: false }],
      [
        [
          row({ dim_id: RECEIPTS, team_id: TEAM_A, arrivals: 1 }),
          row({ dim_id: APPROVAL, team_id: TEAM_A, arrivals: 1 }),
        ],
        [],
      ],
      [{ cur: false, policy_id: RECEIPTS, team_id: TEAM_A, wait_ms: 5 }],
      [RECEIPTS],
    );
    expect(cells.map((c) => [c.cur, c.policy_id, c.wait_ms])).toEqual([[true, RECEIPTS, 0]]);
  });
});

describe('policy hotspots', () => {
  const cells = [
    cell({
      policy_id: RECEIPTS,
      team_id: TEAM_A,
      linked: 40,
      complaints: 20,
      negative: 25,
      granted: 12,
      refused: 1,
    }),
    cell({ policy_id: RECEIPTS, team_id: TEAM_B, linked: 10, complaints: 2 }),
    cell({ policy_id: APPROVAL, team_id: TEAM_A, linked: 20, complaints: 1 }),
  ];

  it('lists only policies with linked items, highest friction first, at most `limit`', () => {
    const ranking = rankPolicies({
      names,
      cells,
      trends: [],
      policyIds: [],
      hasComparison: false,
      limit: 10,
    });
    expect(ranking.listed.map((s) => s.policyId)).toEqual([RECEIPTS, APPROVAL]);
    const top = rankPolicies({
      names,
      cells,
      trends: [],
      policyIds: [],
      hasComparison: false,
      limit: 1,
    });
    expect(top.listed.map((s) => s.policyId)).toEqual([RECEIPTS]);
    expect(top.quoted).toContain(RECEIPTS);
  });

  it('scores a matrix cell per team of a listed policy, teams by name', () => {
    const ranking = rankPolicies({
      names,
      cells,
      trends: [],
      policyIds: [],
      hasComparison: false,
      limit: 10,
    });
    const hotspots = composeHotspots({
      scope,
      itemsFilter: EMPTY_FILTER,
      names,
      cells,
      ranking,
      quotes: new Map([
        [RECEIPTS, [{ itemId: 'q', text: 'No receipt, no refund?', receivedAt: new Date(0) }]],
      ]),
    });
    expect(hotspots.teams.map((t) => t.name)).toEqual(['Billing', 'Service desk']);
    expect(hotspots.matrix.map((c) => [c.policy.name, c.team.name, c.linkedItems]).sort()).toEqual(
      [
        ['Laptops need director approval', 'Service desk', 20],
        ['Refunds need a receipt', 'Billing', 10],
        ['Refunds need a receipt', 'Service desk', 40],
      ].sort(),
    );
    const receipts = hotspots.policies[0];
    expect(receipts.rank).toBe(1);
    expect(receipts.activity.linkedItems).toBe(50);
    expect(receipts.quotes).toHaveLength(1);
    expect(receipts.previousScore).toBeNull();
    expect(receipts.drilldown).toMatchObject({ linkedPolicyIds: [RECEIPTS] });
  });
});
