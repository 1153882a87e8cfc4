import { WEEK_MS } from '@fulcrum/signals';
import { ActionStatus } from '../../actions/action.enums';
import { ItemKind } from '../../items/item.enums';
import type { ActionRow, Names } from '../read-model/insight-data.service';
import type { MeasureRow } from '../read-model/rollups';
import { dayMs, dayOf, EMPTY_FILTER } from '../read-model/scope';
import { Sql } from '../read-model/sql';
import {
  composeImpact,
  impactDesign,
  impactWindows,
  isRecentlyDone,
  sampleShare,
  weeklyCounts,
} from './impact.compose';
import { ImpactMetric } from './impact.types';

const TEAM = 'aaaaaaaa-0000-0000-0000-000000000001';
const OTHER_TEAM = 'bbbbbbbb-0000-0000-0000-000000000002';
const POLICY = 'cccccccc-0000-0000-0000-000000000003';
const names: Names = {
  teams: new Map([
    [TEAM, 'Service desk'],
    [OTHER_TEAM, 'Billing'],
  ]),
  themes: new Map(),
  policies: new Map([[POLICY, 'Refunds need a receipt']]),
};
const action = (values: Partial<ActionRow> = {}): ActionRow => ({
  id: 'action',
  title: 'Drop the receipt rule',
  owner: 'Ops',
  status: ActionStatus.DONE,
  policyId: POLICY,
  themeId: null,
  teamId: null,
  startedOn: '2025-03-03',
  doneOn: '2025-03-10',
  ...values,
});

describe('impact design', () => {
  it('treats the linked policy and compares with items not linked to it', () => {
    const design = impactDesign(action(), names, EMPTY_FILTER);
    expect(design?.treatedLabel).toBe('Items linked to "Refunds need a receipt"');
    expect(design?.controlLabel).toBe('Items not linked to it');
    expect(design?.treatedFilter.policyIds).toEqual([POLICY]);
    expect(design?.treatedSql(new Sql())).toContain('linked_policy_ids @>');
  });

  it('takes the control from the other teams when the action names a team', () => {
    const design = impactDesign(action({ teamId: TEAM }), names, EMPTY_FILTER);
    expect(design?.controlLabel).toBe('Items of teams other than Service desk');
    expect(design?.totalFilter.teamIds).toEqual([OTHER_TEAM]);
  });

  it('has nothing to measure for an action linking no policy, theme or team', () => {
    const bare = action({ policyId: null });
    expect(impactDesign(bare, names, EMPTY_FILTER)).toBeNull();
    const impact = composeImpact({ action: bare, names, design: null, windows: null });
    expect(impact.measurable).toBe(false);
    expect(impact.summary).toContain('links no policy, theme or team');
  });
});

describe('impact windows', () => {
  it('compares the weeks before the start with whole weeks after done, at most as many', () => {
    const windows = impactWindows(action(), 12, dayMs('2025-09-01'));
    expect(windows?.before).toEqual({
      from: dayMs('2025-03-03') - 12 * WEEK_MS,
      to: dayMs('2025-03-03'),
    });
    expect(windows?.after).toEqual({
      from: dayMs('2025-03-10'),
      to: dayMs('2025-03-10') + 12 * WEEK_MS,
    });
  });

  it('needs at least two whole weeks after done', () => {
    expect(impactWindows(action(), 12, dayMs('2025-03-23'))).toBeNull();
    expect(impactWindows(action(), 12, dayMs('2025-03-24'))?.after.to).toBe(dayMs('2025-03-24'));
    expect(impactWindows(action({ doneOn: null }), 12, dayMs('2025-09-01'))).toBeNull();
  });

  it('counts actions done in the half year before the end, and never abandoned ones', () => {
    const to = dayMs('2025-06-01');
    expect(isRecentlyDone(action({ doneOn: '2025-05-01' }), to)).toBe(true);
    expect(isRecentlyDone(action({ doneOn: '2024-10-01' }), to)).toBe(false);
    expect(
      isRecentlyDone(action({ doneOn: '2025-05-01', status: ActionStatus.ABANDONED }), to),
    ).toBe(false);
  });

  it('samples large groups down to about 400 items', () => {
    expect(sampleShare(100)).toBe(100);
    expect(sampleShare(4_000)).toBe(10);
    expect(sampleShare(10_000_000)).toBe(1);
  });
});

describe('weekly counts', () => {
  const day = (ms: number, values: Partial<MeasureRow>) =>
    ({
      bucket: dayOf(ms),
      arrivals: 0,
      exceptions_granted: 0,
      exceptions_refused: 0,
      escalated: 0,
      hard_noes: 0,
      ...values,
    }) as MeasureRow;
  const windows = {
    before: { from: dayMs('2025-01-06'), to: dayMs('2025-01-20') },
    after: { from: dayMs('2025-02-03'), to: dayMs('2025-02-17') },
  };

  it('sums complaints per 7-day block and takes the treated items off the control total', () => {
    const { before } = windows;
    const counts = weeklyCounts(
      {
        treatedBefore: [
          day(before.from, { kind: ItemKind.COMPLAINT, arrivals: 3 }),
          day(before.from, { kind: ItemKind.REQUEST, arrivals: 9 }),
        ],
        treatedAfter: [],
        totalBefore: [day(before.from + WEEK_MS, { kind: ItemKind.COMPLAINT, arrivals: 10 })],
        totalAfter: [],
        treatedInTotalBefore: [
          day(before.from + WEEK_MS, { kind: ItemKind.COMPLAINT, arrivals: 4 }),
        ],
        treatedInTotalAfter: [day(windows.after.from, { kind: ItemKind.COMPLAINT, arrivals: 2 })],
      },
      windows,
    );
    expect(counts.complaints.treated.before).toEqual([3, 0]);
    expect(counts.complaints.control.before).toEqual([0, 6]);
    // Never below zero.
    expect(counts.complaints.control.after).toEqual([0, 0]);
    expect(counts.friction.treated.before).toEqual([0, 0]);
  });
});

describe('impact', () => {
  it('does not estimate a rate from fewer than ten events, nor a mean from fewer than five items', () => {
    const design = impactDesign(action(), names, EMPTY_FILTER);
    const windows = impactWindows(action(), 4, dayMs('2025-09-01'));
    const few = {
      treated: { before: [1, 2], after: [1, 0] },
      control: { before: [5, 5], after: [5, 5] },
    };
    const impact = composeImpact({
      action: action(),
      names,
      design,
      windows,
      counts: { complaints: few, friction: few },
      values: { waits: few, leads: few },
    });
    expect(impact.measurable).toBe(true);
    expect(impact.measures.map((m) => [m.metric, m.estimable])).toEqual([
      [ImpactMetric.WAITING_HOURS, false],
      [ImpactMetric.LEAD_TIME_HOURS, false],
      [ImpactMetric.COMPLAINTS_PER_WEEK, false],
      [ImpactMetric.FRICTION_PER_WEEK, false],
    ]);
    expect(impact.measures[2].verdict).toContain('only 4 before and after');
    expect(impact.summary).toContain('Too few items linked to');
    expect(impact.treatedBeforeDrilldown?.linkedPolicyIds).toEqual([POLICY]);
  });

  it('cannot be measured yet without two weeks after done', () => {
    const impact = composeImpact({
      action: action(),
      names,
      design: impactDesign(action(), names, EMPTY_FILTER),
      windows: null,
    });
    expect(impact.measurable).toBe(false);
    expect(impact.summary).toContain('cannot be measured yet');
  });
});
