// Factories for the insight queries' answers, shaped as the production documents select them
// (with __typename, as the cache wants), named for what they mean.

export const TEAM_REPAIRS = '11111111-1111-4111-8111-111111111111';
export const TEAM_CARE = '22222222-2222-4222-8222-222222222222';
export const POLICY_RECEIPT = '33333333-3333-4333-8333-333333333333';
export const POLICY_SIGNATURE = '44444444-4444-4444-8444-444444444444';
export const THEME_REFUNDS = '55555555-5555-4555-8555-555555555555';
export const ACTION_LAPTOPS = '66666666-6666-4666-8666-666666666666';

export const namedRef = (id: string, name: string) => ({
  __typename: 'NamedRef' as const,
  id,
  name,
});
export const repairs = namedRef(TEAM_REPAIRS, 'Repairs & Installations');
export const care = namedRef(TEAM_CARE, 'Customer Care');
export const receiptRule = namedRef(POLICY_RECEIPT, 'Refunds need a receipt');
export const signatureRule = namedRef(POLICY_SIGNATURE, 'Deliveries need a signature');
export const refundsTheme = namedRef(THEME_REFUNDS, 'Refunds and returns');

type DrilldownOverrides = Partial<Omit<ReturnType<typeof emptyDrilldown>, '__typename'>>;

function emptyDrilldown() {
  return {
    __typename: 'Drilldown' as const,
    receivedFrom: null as string | null,
    receivedTo: null as string | null,
    resolvedFrom: null as string | null,
    resolvedTo: null as string | null,
    openAt: null as string | null,
    teamIds: null as string[] | null,
    themeIds: null as string[] | null,
    linkedPolicyIds: null as string[] | null,
    channels: null as string[] | null,
    kinds: null as string[] | null,
    statuses: null as string[] | null,
    sentiments: null as string[] | null,
    viabilities: null as string[] | null,
    flags: null as string[] | null,
    eventTypes: null as string[] | null,
    slaBreached: null as string | null,
    waitedIn: null as string | null,
    reopened: null as boolean | null,
    rated: null as boolean | null,
    answered: null as boolean | null,
    linkedToPolicy: null as boolean | null,
    protocolStepsDone: null as string[] | null,
    protocolStepMissing: null as string | null,
    itemIds: null as string[] | null,
    overdue: null as string | null,
    noUpdateForDays: null as number | null,
    needsAttentionDays: null as number | null,
    firstContact: null as string | null,
    escalatedTo: null as string | null,
  };
}

/** Items received in October 2026 (and whatever else is given). */
export function aDrilldown(overrides: DrilldownOverrides = {}) {
  return {
    ...emptyDrilldown(),
    receivedFrom: '2026-10-01T00:00:00.000Z',
    receivedTo: '2026-11-01T00:00:00.000Z',
    ...overrides,
  };
}

export function aChange(current: number | null, previous: number | null, label: string) {
  const direction =
    current === null || previous === null || current === previous
      ? 'FLAT'
      : current > previous
        ? 'UP'
        : 'DOWN';
  return {
    __typename: 'Change' as const,
    current,
    previous,
    relative: current !== null && previous ? (current - previous) / previous : null,
    direction,
    label,
  };
}

export const aPeriod = (from: string, to: string, label: string) => ({
  __typename: 'PeriodRange' as const,
  from,
  to,
  label,
});
export const october = aPeriod('2026-10-01', '2026-11-01', 'Oct 2026');
export const september = aPeriod('2026-09-01', '2026-10-01', 'Sep 2026');

export function aShare(successes: number, trials: number) {
  return {
    __typename: 'Share' as const,
    successes,
    trials,
    share: trials ? successes / trials : null,
    lower: trials ? Math.max(0, successes / trials - 0.02) : null,
    upper: trials ? Math.min(1, successes / trials + 0.02) : null,
  };
}

export function aKpi(
  key: string,
  label: string,
  value: number | null,
  format: string,
  change: ReturnType<typeof aChange>,
  higherIsBetter = false,
  drilldown: ReturnType<typeof aDrilldown> | null = aDrilldown(),
  drilldownLabel: string | null = null,
) {
  return {
    __typename: 'Kpi' as const,
    key,
    label,
    value,
    format,
    change,
    higherIsBetter,
    drilldown,
    drilldownLabel,
    drilldownCount: null as number | null,
    verdict: `${label}: ${value ?? 'no data'}, ${change.label} against Sep 2026.`,
  };
}

export const reviewKpis = () => [
  aKpi('items', 'Items received', 985, 'COUNT', aChange(985, 919, '+7%')),
  aKpi(
    'complaints',
    'Complaints',
    361,
    'COUNT',
    aChange(361, 313, '+15%'),
    false,
    aDrilldown({ kinds: ['COMPLAINT'] }),
  ),
  aKpi(
    'negative-share',
    'Negative sentiment',
    0.347,
    'SHARE',
    aChange(0.347, 0.337, '+0.99 pts'),
    false,
    aDrilldown({ sentiments: ['NEGATIVE'] }),
  ),
  aKpi(
    'satisfaction',
    'Mean satisfaction (1–5)',
    3.64,
    'RATING',
    aChange(3.64, 3.44, '+0.2'),
    true,
  ),
  aKpi(
    'first-response-p50',
    'Median time to first response',
    1.18,
    'HOURS',
    aChange(1.18, 1.41, '−16%'),
  ),
  aKpi('lead-time-p50', 'Median lead time', 21.3, 'HOURS', aChange(21.3, 22.5, '−5%')),
  aKpi(
    'first-response-sla',
    'First responses on time',
    0.921,
    'SHARE',
    aChange(0.921, 0.93, '−0.95 pts'),
    true,
    aDrilldown({ slaBreached: 'FIRST_RESPONSE' }),
    'The 77 late first responses (the rest of those with a target were on time)',
  ),
  aKpi(
    'resolution-sla',
    'Resolutions on time',
    0.891,
    'SHARE',
    aChange(0.891, 0.884, '+0.78 pts'),
    true,
    aDrilldown({ slaBreached: 'RESOLUTION' }),
  ),
  aKpi('backlog', 'Open items at the end', 80, 'COUNT', aChange(80, 86, '−7%'), false, {
    ...aDrilldown(),
    receivedFrom: null,
    receivedTo: null,
    openAt: '2026-11-01T00:00:00.000Z',
  }),
  aKpi(
    'warning-alerts',
    'Warning signs on alert',
    1,
    'COUNT',
    aChange(1, null, 'no comparison'),
    false,
    null,
  ),
  aKpi(
    'rising-alerts',
    'Rising themes and policies on alert',
    1,
    'COUNT',
    aChange(1, null, 'no comparison'),
    false,
    null,
  ),
];

export function aTrendPoint(
  periodStart: string,
  label: string,
  value: number | null,
  comparisonValue: number | null,
  coverage: { days: number; bucketDays: number } = { days: 7, bucketDays: 7 },
) {
  return {
    __typename: 'TrendPoint' as const,
    periodStart,
    label,
    value,
    basis: value === null ? 0 : Math.round(value),
    ...coverage,
    partial: coverage.days < coverage.bucketDays,
    comparisonStart: null,
    comparisonValue,
    drilldown: aDrilldown({ receivedFrom: `${periodStart}T00:00:00.000Z`, kinds: ['COMPLAINT'] }),
  };
}

export function aSeries(
  metric: string,
  label: string,
  format: string,
  values: [number | null, number | null][] = [
    [29, 53],
    [85, 56],
    [87, 77],
  ],
  kind: string | null = null,
) {
  // October 2026 by week: Thu 1 Oct starts a partial week (4 of 7 days), Mon 26 Oct one of 6.
  const weeks = ['2026-09-28', '2026-10-05', '2026-10-12', '2026-10-19', '2026-10-26'];
  const days = [4, 7, 7, 7, 6];
  const points = values.map(([value, comparison], index) =>
    aTrendPoint(weeks[index], `week of ${weeks[index]}`, value, comparison, {
      days: days[index],
      bucketDays: 7,
    }),
  );
  const current = values.reduce((sum, [value]) => sum + (value ?? 0), 0);
  const previous = values.reduce((sum, [, value]) => sum + (value ?? 0), 0);
  return {
    __typename: 'TrendSeries' as const,
    metric,
    kind,
    label,
    format,
    total: aChange(current, previous, '+7%'),
    drilldown: aDrilldown({ kinds: ['COMPLAINT'] }),
    points,
  };
}

export const aMarker = (periodStart: string, title: string, on: string, milestone = 'DONE') => ({
  __typename: 'ChangeMarker' as const,
  periodStart,
  actions: [
    { __typename: 'ActionMarker' as const, actionId: ACTION_LAPTOPS, title, milestone, on },
  ],
});

export const aQuote = (itemId: string, text: string) => ({
  __typename: 'Quote' as const,
  itemId,
  text,
  receivedAt: '2026-10-30T17:21:17.172Z',
});

export function aWarningSign(overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'WarningSign' as const,
    sign: 'EXCUSES',
    label: 'Replies with excuses',
    value: 0.0133,
    format: 'SHARE',
    state: 'OK',
    watchAt: 0.05,
    alertAt: 0.1,
    previous: 0.0183,
    explanation: 'Replies with excuses: 1%, below the watch level of 5%.',
    judgedAgainst: 'fixed thresholds (watch at 5%, alert at 10%)',
    window: null as ReturnType<typeof aPeriod> | null,
    verdict:
      'Replies with excuses: 1.3% against fixed thresholds (watch at 5%, alert at 10%): no alert (1.8% in Sep 2026, shown for context).',
    recordCount: 37,
    drilldown: aDrilldown({ flags: ['EXCUSE'] }),
    staffingEvents: [] as unknown[],
    evidence: [aQuote('item-1', 'system won’t let')],
    ...overrides,
  };
}

export const warningSigns = () => [
  aWarningSign(),
  aWarningSign({
    sign: 'STAFF_TURNOVER',
    label: 'Staff turnover',
    value: 0.29,
    state: 'ALERT',
    watchAt: 0.15,
    alertAt: 0.25,
    previous: 0,
    explanation: 'Staff turnover: 29% a year, at or above the alert level of 25%.',
    judgedAgainst: 'fixed thresholds (watch at 15%, alert at 25%)',
    verdict:
      'Staff turnover: 29% against fixed thresholds (watch at 15%, alert at 25%): alert (0% in Sep 2026, shown for context).',
    recordCount: 2,
    drilldown: null,
    evidence: [],
    staffingEvents: [
      {
        __typename: 'StaffingRecord' as const,
        id: 'staffing-1',
        type: 'DEPARTURE',
        on: '2026-10-23',
        team: repairs,
        sickDays: null,
      },
    ],
  }),
  aWarningSign({
    sign: 'BLAMING_CUSTOMERS',
    label: 'Blaming the customer',
    value: 0.0247,
    state: 'WATCH',
    watchAt: 0.02,
    alertAt: 0.05,
    explanation: 'Blaming the customer: 2%, at or above the watch level of 2%.',
    judgedAgainst: 'fixed thresholds (watch at 2%, alert at 5%)',
    verdict:
      'Blaming the customer: 2.5% against fixed thresholds (watch at 2%, alert at 5%): to watch.',
    drilldown: aDrilldown({ flags: ['BLAME'] }),
    evidence: [],
  }),
];

export const weekly = (counts: number[], tested = 3) =>
  counts.map((count, index) => ({
    __typename: 'WeekCount' as const,
    weekStart: `2026-${String(5 + Math.floor(index / 4)).padStart(2, '0')}-0${(index % 4) + 1}`,
    count,
    tested: index >= counts.length - tested,
  }));

export function aRisingSignal(
  subject: ReturnType<typeof namedRef>,
  overrides: Record<string, unknown> = {},
) {
  return {
    __typename: 'RisingSignal' as const,
    dimension: 'THEME',
    subject,
    tested: true,
    severity: 'WATCH',
    direction: 'RISE',
    observed: 65,
    observedPerWeek: 21.7,
    expectedPerWeek: 9.1,
    rateRatio: 2.38,
    explanation: `Complaints about "${subject.name}" rose from about 9.1 to 22 a week (2.4×).`,
    judgedAgainst: 'the same weeks (±3) of 2023–2025',
    verdict: `Complaints about "${subject.name}": 2.4× the usual weekly rate in 5 Oct – 1 Nov 2026, against the same weeks (±3) of 2023–2025: to watch.`,
    weekly: weekly([8, 9, 10, 9, 21, 22, 22]),
    drilldown: aDrilldown({ themeIds: [subject.id], kinds: ['COMPLAINT'] }),
    ...overrides,
  };
}

export function anAttainment(met: number, breached: number, clock = 'FIRST_RESPONSE') {
  return {
    __typename: 'SlaAttainment' as const,
    met,
    breached,
    pending: 0,
    noTarget: 0,
    attainment: aShare(met, met + breached),
    breachesDrilldown: aDrilldown({ slaBreached: clock }),
  };
}

export function aWait(rank: number, overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'WaitSpot' as const,
    rank,
    team: repairs,
    policy: null as ReturnType<typeof namedRef> | null,
    status: 'WAITING_INTERNAL',
    items: 39,
    totalHours: 2077,
    meanHours: 53.3,
    waitingNow: 4,
    shareOfWaiting: 0.074,
    explanation: '39 items waited internally (Repairs & Installations): 2.2 days each on average.',
    drilldown: aDrilldown({ teamIds: [TEAM_REPAIRS], waitedIn: 'WAITING_INTERNAL' }),
    ...overrides,
  };
}

const PART_NAMES = [
  ['COMPLAINTS', 'complaints', 11],
  ['EXCEPTIONS', 'exception requests', 5.7],
  ['HARD_NOES', 'hard noes', 4],
  ['ESCALATIONS', 'escalations', 2],
  ['NEGATIVE_SENTIMENT', 'negative sentiment', 8],
  ['ADDED_WAIT', 'added waiting', 6],
  ['TREND', 'a rising trend', 10],
  ['VOLUME', 'volume', 4.3],
] as const;

export function aHotspot(
  rank: number,
  policy: ReturnType<typeof namedRef>,
  overrides: Record<string, unknown> = {},
) {
  return {
    __typename: 'PolicyHotspot' as const,
    rank,
    policy,
    score: 51,
    previousScore: 37.6,
    rising: 'ALERT',
    trendRatio: 4.16,
    explanation: `${policy.name}: friction 51/100, driven mostly by complaints (11 points) and a rising trend (10 points).`,
    parts: PART_NAMES.map(([name, label, contribution]) => ({
      __typename: 'FrictionPart' as const,
      name,
      label,
      raw: 0.5,
      adjusted: 0.5,
      value: 0.5,
      weight: 0.1,
      contribution,
    })),
    activity: {
      __typename: 'PolicyActivity' as const,
      linkedItems: 115,
      explicitLinks: 92,
      mentions: 83,
      complaints: 67,
      requests: 38,
      negativeItems: 67,
      exceptionsGranted: 17,
      exceptionsRefused: 28,
      softNoes: 30,
      hardNoes: 36,
      escalations: 11,
      addedWaitHours: 1015,
    },
    drilldown: aDrilldown({ linkedPolicyIds: [policy.id] }),
    ...overrides,
  };
}

export function aTeamLoad(
  team: ReturnType<typeof namedRef>,
  overrides: Record<string, unknown> = {},
) {
  return {
    __typename: 'TeamLoad' as const,
    team,
    state: 'OVERLOADED',
    reasons: ['Arrivals are 114% of what the available staff completed in a busy week.'],
    staff: 14,
    availableStaff: 7.97,
    vacancies: 4,
    sickDays: 45,
    departures: 1,
    arrivals: 101,
    completions: 107,
    openItems: 9,
    openPerStaff: 1.13,
    arrivalsPerStaffPerWeek: 2.86,
    utilisation: 1.145,
    backlogGrowthPerWeek: -1.35,
    pulse: {
      __typename: 'PulseSummary' as const,
      responses: 21,
      shown: true,
      meanWorkload: 4.29,
      overwhelmedShare: 0.857,
      note: null as string | null,
    },
    overloadMentions: 0,
    firstResponseHours: 3.76,
    previousFirstResponseHours: 3.3,
    drilldown: {
      ...aDrilldown({ teamIds: [team.id] }),
      receivedFrom: null,
      receivedTo: null,
      openAt: '2026-11-01T00:00:00.000Z',
    },
    ...overrides,
  };
}

const STEPS = [
  ['ACKNOWLEDGED', 'Acknowledged and apologised', 300],
  ['OPTIONS_OFFERED', 'Options offered', 210],
  ['FOLLOWED_THROUGH', 'Followed through', 150],
  ['SATISFACTION_CHECKED', 'Satisfaction checked', 90],
  ['FEEDBACK_ASKED', 'Feedback asked', 40],
] as const;

export function aFunnel(complaints = 361) {
  return {
    __typename: 'ComplaintFunnel' as const,
    complaints,
    previousComplaints: 313,
    drilldown: aDrilldown({ kinds: ['COMPLAINT'] }),
    stages: STEPS.map(([step, label, reached], index) => ({
      __typename: 'FunnelStage' as const,
      step,
      label,
      reached,
      done: reached,
      conversion: aShare(reached, index === 0 ? complaints : STEPS[index - 1][2]),
      shareOfAll: complaints ? reached / complaints : null,
      previousShareOfAll: 0.5,
      verdict: `${label}, share of complaints: against Sep 2026.`,
      stoppedHere: (index === 0 ? complaints : STEPS[index - 1][2]) - reached,
      drilldown: aDrilldown({ kinds: ['COMPLAINT'], protocolStepsDone: [step] }),
      stoppedDrilldown: aDrilldown({ kinds: ['COMPLAINT'], protocolStepMissing: step }),
    })),
  };
}

export function anImpactMeasure(overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'ImpactMeasure' as const,
    metric: 'WAITING_HOURS' as const,
    label:
      'Internal waiting hours per item (items linked to "laptop requests need director approval")',
    estimable: true,
    ratio: 0.1623,
    interval: {
      __typename: 'IntervalRange' as const,
      lower: 0.0402,
      upper: 0.4527 as number | null,
      level: 0.95,
    },
    relativeChange: -0.8377 as number | null,
    significant: true,
    treatedBefore: 218.08 as number | null,
    treatedAfter: 15.5 as number | null,
    controlBefore: 23.17 as number | null,
    controlAfter: 10.15 as number | null,
    expectedAfter: 95.56 as number | null,
    treatedCount: 63,
    verdict:
      'Internal waiting hours per item (items linked to "laptop requests need director approval") fell 84% (95% CI 55–96%) relative to those of teams other than IT Service Desk; significant.',
    ...overrides,
  };
}

export function anImpact(overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'ImprovementImpact' as const,
    action: {
      __typename: 'ImpactAction' as const,
      id: ACTION_LAPTOPS,
      title: 'Remove director approval for standard laptop replacements',
      status: 'DONE',
      startedOn: '2026-02-25',
      doneOn: '2026-03-22',
    },
    measurable: true,
    summary: 'Internal waiting hours per item fell 84% (95% CI 55–96%); significant.',
    treated: 'Items linked to "Laptop requests need director approval"',
    control: 'Items of teams other than IT Service Desk',
    before: aPeriod('2025-12-03', '2026-02-25', '3 Dec 2025 – 24 Feb 2026'),
    after: aPeriod('2026-03-22', '2026-06-14', '22 Mar – 13 Jun 2026'),
    measures: [
      anImpactMeasure(),
      anImpactMeasure({
        metric: 'COMPLAINTS_PER_WEEK',
        label: 'Complaints a week',
        ratio: 1.14,
        interval: { __typename: 'IntervalRange' as const, lower: 0.33, upper: 3.94, level: 0.95 },
        relativeChange: 0.14,
        significant: false,
        treatedBefore: 0.42,
        treatedAfter: 0.42,
        controlBefore: 69.75,
        controlAfter: 61.4,
        expectedAfter: 0.37,
        treatedCount: 24,
        verdict: 'Complaints a week changed +14% (95% CI −67% to +294%); not significant.',
      }),
    ],
    treatedBeforeDrilldown: aDrilldown({
      linkedPolicyIds: [POLICY_RECEIPT],
      receivedFrom: '2025-12-03T00:00:00.000Z',
      receivedTo: '2026-02-25T00:00:00.000Z',
    }),
    treatedAfterDrilldown: aDrilldown({
      linkedPolicyIds: [POLICY_RECEIPT],
      receivedFrom: '2026-03-22T00:00:00.000Z',
      receivedTo: '2026-06-14T00:00:00.000Z',
    }),
    ...overrides,
  };
}

export const aReviewAction = (overrides: Record<string, unknown> = {}) => ({
  __typename: 'ReviewAction' as const,
  id: 'action-review-1',
  title: 'Review the original-receipt rule for refunds',
  owner: 'Dana Whitfield',
  status: 'PLANNED',
  startedOn: null as string | null,
  doneOn: null as string | null,
  policy: receiptRule,
  theme: refundsTheme,
  team: null as ReturnType<typeof namedRef> | null,
  ...overrides,
});

/** A whole review pack for October 2026 against September. */
export function aReviewPack(overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'ReviewPack' as const,
    period: october,
    comparisonPeriod: september as ReturnType<typeof aPeriod> | null,
    generatedAt: '2026-11-22T21:08:41.199Z',
    kpis: reviewKpis(),
    reconciliations: [] as { __typename: 'Reconciliation'; measure: string; text: string }[],
    trends: {
      __typename: 'Trends' as const,
      interval: 'WEEK',
      complaints: aSeries('COMPLAINTS', 'Complaints', 'COUNT'),
      negativeShare: aSeries('NEGATIVE_SHARE', 'Negative sentiment', 'SHARE', [
        [0.31, 0.3],
        [0.35, 0.33],
        [0.36, 0.34],
      ]),
      satisfaction: aSeries('SATISFACTION', 'Mean satisfaction (1–5)', 'RATING', [
        [3.5, 3.4],
        [3.7, 3.5],
        [3.6, 3.4],
      ]),
      markers: [
        aMarker(
          '2026-10-05',
          'Remove director approval for standard laptop replacements',
          '2026-10-07',
        ),
      ],
    },
    warningSigns: {
      __typename: 'WarningSigns' as const,
      alerts: 1,
      watches: 1,
      signs: warningSigns(),
    },
    risingSignals: {
      __typename: 'RisingSignals' as const,
      testedWeeks: aPeriod('2026-10-05', '2026-10-26', '5 Oct – 25 Oct 2026'),
      alerts: 1,
      watches: 1,
      themes: [aRisingSignal(refundsTheme)],
      policies: [
        aRisingSignal(receiptRule, { dimension: 'POLICY', severity: 'ALERT', rateRatio: 4.16 }),
      ],
    },
    bottlenecks: {
      __typename: 'Bottlenecks' as const,
      flowEfficiency: 0.486,
      backlog: {
        __typename: 'Backlog' as const,
        count: 80,
        ageP50Hours: 82.4,
        ageP90Hours: 10338,
        change: aChange(80, 86, '−7%'),
        drilldown: {
          ...aDrilldown(),
          receivedFrom: null,
          receivedTo: null,
          openAt: '2026-11-01T00:00:00.000Z',
        },
      },
      serviceLevels: {
        __typename: 'ServiceLevels' as const,
        firstResponse: anAttainment(907, 78),
        resolution: anAttainment(878, 107, 'RESOLUTION'),
      },
      waits: [
        aWait(1),
        aWait(2, { team: care, policy: receiptRule, status: 'WAITING_ON_CUSTOMER' }),
      ],
    },
    policyHotspots: {
      __typename: 'PolicyHotspots' as const,
      policies: [
        aHotspot(1, receiptRule),
        aHotspot(2, signatureRule, { score: 42, previousScore: 32.5, rising: 'NONE' }),
      ],
    },
    staffLoad: {
      __typename: 'StaffLoad' as const,
      teams: [
        aTeamLoad(repairs),
        aTeamLoad(care, {
          state: 'OK',
          utilisation: 0.8,
          pulse: {
            __typename: 'PulseSummary' as const,
            responses: 0,
            shown: false,
            meanWorkload: null,
            overwhelmedShare: null,
            note: 'Anonymous entries of Oct 2026 are counted only with other teams, to keep them anonymous.',
          },
        }),
      ],
      anonymityNotes: [
        'Oct 2026: Customer Care, Billing counted together as "Other teams" — fewer than 5 anonymous entries on their own, or merged so that the smaller ones cannot be worked out.',
      ],
    },
    complaintFunnel: aFunnel(),
    impacts: [anImpact()],
    actions: [aReviewAction()],
    ...overrides,
  };
}

/** A trends answer for the trends page (only the flagged metric present). */
export function aTrends(overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'Trends' as const,
    period: aPeriod('2026-05-01', '2026-11-01', 'May – Oct 2026'),
    comparisonPeriod: aPeriod('2025-11-01', '2026-05-01', 'Nov 2025 – Apr 2026') as ReturnType<
      typeof aPeriod
    > | null,
    interval: 'WEEK',
    complaints: aSeries('COMPLAINTS', 'Complaints', 'COUNT'),
    markers: [aMarker('2026-10-05', 'Recruit three engineers', '2026-10-07', 'STARTED')],
    ...overrides,
  };
}

function aDuration(
  dimension: string,
  subject: ReturnType<typeof namedRef> | null,
  p50: number,
  items: number,
) {
  return {
    __typename: 'DurationFigure' as const,
    dimension,
    subject,
    kind: null as string | null,
    items,
    finished: items,
    p50Hours: p50,
    p90Hours: p50 * 4,
    p50IncludingOpenHours: p50,
    previousP50Hours: p50 * 1.1,
    change: aChange(p50, p50 * 1.1, '−9%'),
    drilldown: aDrilldown(subject ? { teamIds: [subject.id] } : {}),
  };
}

/** The bottlenecks of October 2026. */
export function aBottlenecks(overrides: Record<string, unknown> = {}) {
  const backlogDrill = {
    ...aDrilldown(),
    receivedFrom: null,
    receivedTo: null,
    openAt: '2026-11-01T00:00:00.000Z',
  };
  return {
    __typename: 'Bottlenecks' as const,
    period: october,
    comparisonPeriod: september as ReturnType<typeof aPeriod> | null,
    weekly: ['2026-09-28', '2026-10-05'].map((weekStart, index) => ({
      __typename: 'FlowWeek' as const,
      weekStart,
      arrivals: 94 + index * 100,
      completions: 102 + index * 90,
      net: index === 0 ? -8 : 2,
      backlogAtEnd: 78 + index,
      arrivalsDrilldown: aDrilldown({ receivedFrom: `${weekStart}T00:00:00.000Z` }),
      completionsDrilldown: {
        ...aDrilldown(),
        receivedFrom: null,
        receivedTo: null,
        resolvedFrom: `${weekStart}T00:00:00.000Z`,
      },
    })),
    backlog: {
      __typename: 'Backlog' as const,
      at: '2026-11-01T00:00:00.000Z',
      count: 80,
      change: aChange(80, 86, '−7%'),
      ageP50Hours: 82.4,
      ageP90Hours: 10338,
      bands: [
        {
          __typename: 'BacklogBand' as const,
          label: '0–7 days',
          minDays: 0,
          maxDays: 7 as number | null,
          count: 55,
        },
        {
          __typename: 'BacklogBand' as const,
          label: '90+ days',
          minDays: 90,
          maxDays: null as number | null,
          count: 18,
        },
      ],
      oldest: [
        {
          __typename: 'AgedItem' as const,
          itemId: '77777777-7777-4777-8777-777777777777',
          ageHours: 16347,
          status: 'WAITING_INTERNAL',
        },
      ],
      drilldown: backlogDrill,
    },
    leadTimes: [
      aDuration('ALL', null, 21.3, 991),
      aDuration('TEAM', repairs, 40, 107),
      aDuration('TEAM', care, 16, 325),
    ],
    firstResponses: [aDuration('ALL', null, 1.18, 985), aDuration('TEAM', care, 0.32, 325)],
    timeInStatus: [
      {
        __typename: 'StatusTime' as const,
        status: 'IN_PROGRESS',
        waiting: false,
        totalHours: 14358,
        items: 970,
        meanHours: 14.8,
        shareOfLead: 0.486,
        drilldown: aDrilldown({ waitedIn: 'IN_PROGRESS' }),
      },
      {
        __typename: 'StatusTime' as const,
        status: 'WAITING_INTERNAL',
        waiting: true,
        totalHours: 8684,
        items: 195,
        meanHours: 44.5,
        shareOfLead: 0.294,
        drilldown: aDrilldown({ waitedIn: 'WAITING_INTERNAL' }),
      },
    ],
    flowEfficiency: 0.486 as number | null,
    reopenRate: aShare(41, 991),
    serviceLevels: {
      __typename: 'ServiceLevels' as const,
      firstResponse: anAttainment(907, 78),
      resolution: anAttainment(878, 107, 'RESOLUTION'),
      previousFirstResponseAttainment: 0.93 as number | null,
      previousResolutionAttainment: 0.884 as number | null,
      groups: [
        {
          __typename: 'SlaGroup' as const,
          dimension: 'TEAM',
          team: repairs,
          kind: null as string | null,
          firstResponse: anAttainment(96, 18),
          resolution: anAttainment(104, 10, 'RESOLUTION'),
        },
        {
          __typename: 'SlaGroup' as const,
          dimension: 'KIND',
          team: null as ReturnType<typeof namedRef> | null,
          kind: 'COMPLAINT' as string | null,
          firstResponse: anAttainment(300, 61),
          resolution: anAttainment(320, 41, 'RESOLUTION'),
        },
      ],
      worstBreaches: [] as unknown[],
    },
    waits: [aWait(1), aWait(2, { team: care, policy: receiptRule, status: 'WAITING_ON_CUSTOMER' })],
    ...overrides,
  };
}

/** The policy friction page's answer for October 2026. */
export function aPolicyFriction(overrides: Record<string, unknown> = {}) {
  const quotes = [
    aQuote(
      '88888888-8888-4888-8888-888888888888',
      'I was treated like a liar for not having a receipt. The card was [CARD].',
    ),
  ];
  return {
    policyHotspots: {
      __typename: 'PolicyHotspots' as const,
      period: october,
      comparisonPeriod: september,
      policies: [
        {
          ...aHotspot(1, receiptRule),
          trendExplanation: 'Complaints linked to "Refunds need a receipt" rose 4.2×.',
          quotes,
        },
        {
          ...aHotspot(2, signatureRule, { score: 42, rising: 'NONE' }),
          trendExplanation: null,
          quotes: [],
        },
      ],
      teams: [care, repairs],
      matrix: [
        {
          __typename: 'PolicyTeamCell' as const,
          policy: receiptRule,
          team: care,
          score: 40,
          linkedItems: 82,
          complaints: 50,
          exceptions: 20,
          drilldown: aDrilldown({ teamIds: [TEAM_CARE], linkedPolicyIds: [POLICY_RECEIPT] }),
        },
      ],
      wastefulCandidates: [] as unknown[],
    },
    risingSignals: {
      __typename: 'RisingSignals' as const,
      testedWeeks: aPeriod('2026-10-05', '2026-10-26', '5 Oct – 25 Oct 2026'),
      policies: [
        {
          __typename: 'RisingSignal' as const,
          subject: receiptRule,
          tested: true,
          severity: 'ALERT',
          direction: 'RISE',
          explanation:
            'Complaints linked to "Refunds need a receipt" rose from about 3.4 to 14 a week.',
          weekly: weekly([3, 4, 3, 5, 14, 15, 13]),
          drilldown: aDrilldown({ linkedPolicyIds: [POLICY_RECEIPT], kinds: ['COMPLAINT'] }),
        },
      ],
    },
    ...overrides,
  };
}

/** Staff load for October 2026: one overloaded team, one whose anonymous entries are only in "Other teams". */
export function aStaffLoad(overrides: Record<string, unknown> = {}) {
  const week = (weekStart: string, pulseWorkload: number | null) => ({
    __typename: 'TeamLoadWeek' as const,
    weekStart,
    team: repairs,
    arrivals: 26,
    completions: 25,
    complaints: 9,
    firstResponseHours: 2,
    pulseWorkload,
    pulseResponses: pulseWorkload === null ? 0 : 6,
    sickDays: 3,
    departures: 0,
    hires: 0,
  });
  return {
    __typename: 'StaffLoad' as const,
    period: october,
    comparisonPeriod: september,
    teams: aReviewPack().staffLoad.teams,
    weekly: [week('2026-10-05', 4.2), week('2026-10-12', null)],
    relations: [
      {
        __typename: 'LaggedRelation' as const,
        team: repairs,
        driver: 'PULSE_WORKLOAD',
        outcome: 'FIRST_RESPONSE',
        lagWeeks: 2 as number | null,
        correlation: 0.7 as number | null,
        pValue: 0.01 as number | null,
        significant: true,
        explanation:
          'Repairs & Installations pulse workload leads hours to first response by 2 weeks (r = 0.70, p = 0.01).',
      },
    ],
    pulseMonths: ['2026-10'],
    anonymousPulse: [
      {
        __typename: 'PulseGroup' as const,
        month: '2026-10',
        label: 'Repairs & Installations',
        teams: [repairs],
        responses: 21,
        meanWorkload: 4.29,
        overwhelmedShare: 0.857,
      },
    ],
    anonymityNotes: [
      'Oct 2026: Customer Care, Billing counted together as "Other teams" — fewer than 5 anonymous entries on their own, or merged so that the smaller ones cannot be worked out.',
    ],
    ...overrides,
  };
}
