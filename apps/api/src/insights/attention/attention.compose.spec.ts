import { DAY_MS, HOUR_MS } from '@fulcrum/signals';
import { EscalationOutcomeKind } from '../../attention/escalation-outcome.entity';
import { ItemEventType } from '../../items/item.enums';
import { SlaClock } from '../read-model/drilldown.types';
import { EMPTY_FILTER } from '../read-model/scope';
import {
  composeEscalations,
  composeOpen,
  composeSinceUpdate,
  type EscalationRow,
  escalationState,
  type OpenRow,
} from './attention.compose';
import { EscalationState } from './attention.types';

const TEAMS = new Map([
  ['t-it', 'IT'],
  ['t-hr', 'HR'],
]);
const open = (overrides: Partial<OpenRow>): OpenRow => ({
  team_id: 't-it',
  first_response_overdue: false,
  resolution_overdue: false,
  no_update: false,
  since_update_ms: DAY_MS,
  ...overrides,
});
const at = (day: number) => new Date(Date.UTC(2026, 2, day, 9));
const escalation = (overrides: Partial<EscalationRow>): EscalationRow => ({
  event_id: 'e1',
  item_id: 'i1',
  occurred_at: at(2),
  team_id: 't-it',
  destination: 'Service Desk Lead',
  by_name: 'Aisha Khan',
  reason: 'Customer asks for a manager, call 07700 900123',
  outcome: null,
  decided_at: null,
  resolved_at: null,
  ...overrides,
});

describe('composeOpen', () => {
  it('counts an item once in needs attention however many reasons it has, per team and in total', () => {
    const rows = [
      open({ first_response_overdue: true, resolution_overdue: true, no_update: true }),
      open({ no_update: true }),
      open({}),
      open({ team_id: 't-hr', resolution_overdue: true }),
      open({ team_id: null, no_update: true }),
    ];
    const figures = composeOpen(rows, EMPTY_FILTER, 7, TEAMS);
    expect(figures.open.count).toBe(5);
    expect(figures.needsAttention.count).toBe(4);
    expect(figures.firstResponseOverdue.count).toBe(1);
    expect(figures.resolutionOverdue.count).toBe(2);
    expect(figures.noUpdate.count).toBe(3);
    expect(figures.needsAttention.drilldown).toEqual({ needsAttentionDays: 7 });
    expect(figures.resolutionOverdue.drilldown).toEqual({ overdue: SlaClock.RESOLUTION });
    // The item without a team is in the totals only: a team row must drill into its team.
    expect(figures.byTeam.map((t) => [t.team.name, t.needsAttention.count, t.open.count])).toEqual([
      ['IT', 2, 3],
      ['HR', 1, 1],
    ]);
    expect(figures.byTeam[1].noUpdate.drilldown).toEqual({
      teamIds: ['t-hr'],
      noUpdateForDays: 7,
    });
  });
});

describe('composeSinceUpdate', () => {
  it('gives the median and 90th percentile in days as percentile_cont does', () => {
    const rows = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((days) =>
      open({ since_update_ms: days * DAY_MS }),
    );
    expect(composeSinceUpdate(rows, EMPTY_FILTER)).toMatchObject({
      items: 10,
      p50Days: 5.5,
      p90Days: 9.1,
    });
    expect(composeSinceUpdate([], EMPTY_FILTER)).toMatchObject({ p50Days: null, p90Days: null });
  });
});

describe('escalationState', () => {
  it('takes a recorded outcome first, then a resolution after the escalation, else open', () => {
    expect(
      escalationState(
        escalation({
          outcome: EscalationOutcomeKind.RETURNED,
          decided_at: at(3),
          resolved_at: at(4),
        }),
      ),
    ).toEqual({ state: EscalationState.RETURNED, at: at(3) });
    expect(escalationState(escalation({ resolved_at: at(5) }))).toEqual({
      state: EscalationState.RESOLVED,
      at: at(5),
    });
    // Resolved before it was escalated (then reopened): the escalation is still open.
    expect(escalationState(escalation({ resolved_at: at(1) })).state).toBe(EscalationState.OPEN);
  });
});

describe('composeEscalations', () => {
  const period = { from: Date.UTC(2026, 2, 1), to: Date.UTC(2026, 3, 1) };
  const rows = [
    escalation({
      event_id: 'e1',
      item_id: 'i1',
      resolved_at: new Date(at(2).getTime() + 12 * HOUR_MS),
    }),
    escalation({
      event_id: 'e2',
      item_id: 'i1',
      occurred_at: at(3),
      destination: 'service desk lead',
      outcome: EscalationOutcomeKind.RETURNED,
      decided_at: at(5),
    }),
    escalation({ event_id: 'e3', item_id: 'i2', team_id: 't-hr', destination: 'IT' }),
  ];
  const path = composeEscalations({
    rows,
    arrivalsByTeam: new Map([
      ['t-it', 10],
      ['t-hr', 4],
    ]),
    filter: EMPTY_FILTER,
    period,
    teams: TEAMS,
    recentLimit: 2,
    mask: (text) => text.replace(/\d[\d ]{6,}\d/g, '[PHONE]'),
  });

  it('counts escalations, items escalated, outcomes and the share resolved of those that ended', () => {
    expect(path).toMatchObject({ escalations: 3, resolved: 1, returned: 1, open: 1 });
    expect(path.items.count).toBe(2);
    expect(path.resolvedShare).toMatchObject({ successes: 1, trials: 2, share: 0.5 });
    // 0.5 days and 2 days to an outcome: a median of 1.25, shown to one decimal.
    expect(path.medianDaysToOutcome).toBe(1.3);
    expect(path.items.drilldown).toEqual({
      receivedFrom: new Date(period.from),
      receivedTo: new Date(period.to),
      eventTypes: [ItemEventType.ESCALATED],
    });
  });

  it('groups by the escalating team with the share of its items escalated, and by destination without case', () => {
    const it = path.byTeam.find((g) => g.teamId === 't-it')!;
    expect(it).toMatchObject({ label: 'IT', escalations: 2 });
    expect(it.items.count).toBe(1);
    expect(it.escalatedShare).toMatchObject({ successes: 1, trials: 10 });
    expect(path.byDestination.map((g) => [g.label, g.escalations])).toEqual([
      ['Service Desk Lead', 2],
      ['IT', 1],
    ]);
    expect(path.byDestination[0].items.drilldown.escalatedTo).toBe('Service Desk Lead');
  });

  it('lists the latest escalations first with masked reasons and their state', () => {
    expect(path.recent.map((r) => [r.eventId, r.state])).toEqual([
      ['e2', EscalationState.RETURNED],
      ['e1', EscalationState.RESOLVED],
    ]);
    expect(path.recent[0].reason).toBe('Customer asks for a manager, call [PHONE]');
  });
});
