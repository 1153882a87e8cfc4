import { formatAmount, formatPercent } from '@fulcrum/signals';
import type {
  Backlog,
  DurationFigure,
  FlowWeek,
  ServiceLevels,
  StatusTime,
  WaitSpot,
} from '../bottlenecks/bottlenecks.types';
import type { ComplaintFunnel } from '../funnel/funnel.types';
import type { PolicyHotspots } from '../hotspots/hotspots.types';
import type { ImprovementImpact } from '../impact/impact.types';
import type { Kpi, Reconciliation, ReviewAction } from './review-pack.types';
import type { RisingSignals } from '../rising/rising.types';
import type { PeriodRange, Share } from '../read-model/scope.types';
import type { StaffLoad } from '../staff-load/staff-load.types';
import type { Trends } from '../trends/trends.types';
import type { WarningSigns } from '../warning-signs/warning-signs.types';
import { hoursLabel } from '../read-model/figures';
import { formatFigure } from '../read-model/verdicts';

/** Everything a review pack holds, as plain data (what the export renders). */
export interface ReviewData {
  period: PeriodRange;
  comparisonPeriod: PeriodRange | null;
  generatedAt: Date;
  kpis: Kpi[];
  /** Two verdicts on one measure that disagree, reconciled. */
  reconciliations: Reconciliation[];
  trends: Trends;
  rising: RisingSignals;
  flow: {
    weekly: FlowWeek[];
    backlog: Backlog;
    leadTimes: DurationFigure[];
    firstResponses: DurationFigure[];
    timeInStatus: StatusTime[];
    flowEfficiency: number | null;
    reopenRate: Share;
    serviceLevels: ServiceLevels;
    waits: WaitSpot[];
  };
  hotspots: PolicyHotspots;
  warnings: WarningSigns;
  staffLoad: StaffLoad;
  funnel: ComplaintFunnel;
  impacts: ImprovementImpact[];
  actions: ReviewAction[];
  /** The review's notes and decisions as stored; null when nobody saved any. */
  notes: ReviewNotesData | null;
}

export interface ReviewNotesData {
  text: string;
  savedBy: string | null;
  savedAt: Date;
  version: number;
}

/** A value as the review writes it (kept under this name for the export's readers). */
export const formatValue = formatFigure;

/** "partial week: 4 of 7 days": a bucket the period only partly covers. */
export const partialNote = (point: { days: number; bucketDays: number }) =>
  `partial ${point.bucketDays === 7 ? 'week' : 'month'}: ${point.days} of ${point.bucketDays} days`;

/** Open statuses as the review names them. */
const STATUS_WORDS: Record<string, string> = {
  new: 'new',
  in_progress: 'in progress',
  waiting_on_customer: 'waiting on the customer',
  waiting_internal: 'waiting internally',
};

/** What time in status covers, said where it is shown (the page says the same). */
export const STATUS_TIME_NOTE =
  'Waiting on the customer is its own status and counts as waiting (not work) in flow efficiency; time of items still open, including those waiting on the customer now, is not counted here.';

/** Markdown table cells must not break the table. */
const cell = (text: string | number | null | undefined) =>
  String(text ?? '–')
    .replace(/\|/g, '\\|')
    .replace(/\s*\n\s*/g, ' ');

function table(headers: string[], rows: (string | number | null)[][]): string[] {
  if (rows.length === 0) return ['_None._', ''];
  return [
    `| ${headers.join(' | ')} |`,
    `| ${headers.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`),
    '',
  ];
}

const pct = (share: number | null | undefined) =>
  share === null || share === undefined ? '–' : formatPercent(share);

/** The review pack as a Markdown document, section by section. */
export function reviewMarkdown(data: ReviewData): string {
  const lines: string[] = [];
  const compare = data.comparisonPeriod ? ` (compared with ${data.comparisonPeriod.label})` : '';
  lines.push(`# Service review: ${data.period.label}`, '');
  lines.push(
    `Period ${data.period.from} to ${data.period.to} (exclusive)${compare}. Generated ${data.generatedAt.toISOString()}.`,
    '',
  );

  lines.push('## Headlines', '');
  lines.push(
    ...table(
      ['Figure', 'Value', 'Verdict'],
      data.kpis.map((k) => [k.label, formatValue(k.value, k.format), k.verdict]),
    ),
  );
  // Two judgements of one measure that point different ways are explained, not left side by side.
  if (data.reconciliations.length)
    lines.push(...data.reconciliations.map((r) => `> ${r.text}`), '');

  lines.push('## Warning signs', '');
  lines.push(
    ...table(
      ['Sign', 'State', 'Value', 'Judged against', 'Explanation'],
      data.warnings.signs.map((s) => [
        s.label,
        s.state.toUpperCase(),
        formatValue(s.value, s.format),
        s.window ? `${s.judgedAgainst} (weeks ${s.window.label})` : s.judgedAgainst,
        s.explanation,
      ]),
    ),
  );

  lines.push('## Trends', '');
  lines.push(
    ...table(
      [
        'Measure',
        'This period',
        data.comparisonPeriod ? `Change against ${data.comparisonPeriod.label}` : 'Change',
      ],
      [
        ...data.trends.volumeByKind,
        data.trends.negativeShare,
        data.trends.sentiment,
        data.trends.satisfaction,
      ].map((s) => [s.label, formatValue(s.total.current, s.format), s.total.label]),
    ),
  );
  const markers = data.trends.markers.flatMap((m) =>
    m.actions.map((a) => `- ${a.on}: ${a.title} (${a.milestone})`),
  );
  if (markers.length) lines.push('Improvement actions in the period:', '', ...markers, '');

  lines.push('## Rising themes and policies', '');
  const rising = [...data.rising.themes, ...data.rising.policies].filter(
    (s) => s.severity !== 'none',
  );
  lines.push(
    ...(rising.length
      ? [
          ...rising.map((s) => `- **${s.severity.toUpperCase()}** ${s.verdict} ${s.explanation}`),
          '',
        ]
      : ['Nothing unusual against history.', '']),
  );

  lines.push('## Flow and bottlenecks', '');
  const fl = data.flow;
  // A change says what it is against, wherever it is written.
  const against = data.comparisonPeriod ? ` against ${data.comparisonPeriod.label}` : '';
  lines.push(
    `Backlog at the end: ${fl.backlog.count} open items (${fl.backlog.change.label}${against}); median age ${hoursLabel(fl.backlog.ageP50Hours)}. Flow efficiency ${pct(fl.flowEfficiency)}; reopened ${pct(fl.reopenRate.share)} of resolved items.`,
    '',
  );
  lines.push(
    `Time in each status, items resolved in the period: ${fl.timeInStatus.map((t) => `${STATUS_WORDS[t.status]} ${pct(t.shareOfLead)}`).join(', ')}. ${STATUS_TIME_NOTE}`,
    '',
  );
  lines.push(
    `First responses on time: ${pct(fl.serviceLevels.firstResponse.attainment.share)} (${fl.serviceLevels.firstResponse.breached} breaches); resolutions on time: ${pct(fl.serviceLevels.resolution.attainment.share)} (${fl.serviceLevels.resolution.breached} breaches).`,
    '',
  );
  const byTeam = (figures: DurationFigure[]) =>
    figures
      .filter((f) => f.dimension === 'team' || f.dimension === 'all')
      .map((f) => [
        f.subject?.name ?? 'All items',
        f.items,
        hoursLabel(f.p50Hours),
        hoursLabel(f.p90Hours),
        f.change.label,
      ]);
  lines.push(
    '### Time to first response',
    '',
    ...table(['Team', 'Items', 'p50', 'p90', `Change of p50${against}`], byTeam(fl.firstResponses)),
  );
  lines.push(
    '### Lead time',
    '',
    ...table(['Team', 'Resolved', 'p50', 'p90', `Change of p50${against}`], byTeam(fl.leadTimes)),
  );
  lines.push(
    '### Where requests wait longest',
    '',
    ...table(
      ['#', 'Where', 'Items', 'Mean wait', 'Share of waiting'],
      fl.waits.map((w) => [
        w.rank,
        `${[w.team?.name, w.policy?.name].filter(Boolean).join(' / ')} (${w.status})`,
        w.items,
        hoursLabel(w.meanHours),
        pct(w.shareOfWaiting),
      ]),
    ),
  );

  lines.push('## Policy friction hotspots', '');
  lines.push(
    ...table(
      [
        '#',
        'Policy',
        'Score',
        'Linked',
        'Complaints',
        'Exceptions',
        'Rising, against its usual level',
        'Why',
      ],
      data.hotspots.policies.map((p) => [
        p.rank,
        p.policy.name,
        Math.round(p.score),
        p.activity.linkedItems,
        p.activity.complaints,
        p.activity.exceptionsGranted + p.activity.exceptionsRefused,
        p.rising,
        p.explanation,
      ]),
    ),
  );
  for (const w of data.hotspots.wastefulCandidates) {
    lines.push(`**Candidate waste: ${w.policy.name}.** ${w.reasons.join(' ')}`, '');
    lines.push(...w.quotes.map((q) => `> ${q.text}`), '');
  }

  lines.push('## Staff load', '');
  lines.push(
    ...table(
      [
        'Team',
        'Load against capacity',
        'Available staff',
        'Open per person',
        'Pulse (mean)',
        'Why',
      ],
      data.staffLoad.teams.map((t) => [
        t.team.name,
        t.state,
        `${formatAmount(t.availableStaff)} of ${t.staff}`,
        formatAmount(t.openPerStaff),
        t.pulse.shown && t.pulse.meanWorkload !== null
          ? t.pulse.meanWorkload.toFixed(1)
          : 'not shown',
        t.reasons.join(' '),
      ]),
    ),
  );

  lines.push('## Complaint handling', '');
  lines.push(
    `${data.funnel.complaints} complaints.`,
    '',
    ...table(
      ['Step', 'Reached', 'Share of complaints', 'Stopped here', 'Verdict'],
      data.funnel.stages.map((s) => [
        s.label,
        s.reached,
        pct(s.shareOfAll),
        s.stoppedHere,
        s.verdict,
      ]),
    ),
  );

  lines.push('## Did recent changes help?', '');
  if (!data.impacts.length)
    lines.push('No improvement action was done in the last six months.', '');
  for (const impact of data.impacts) {
    lines.push(`### ${impact.action.title}`, '', impact.summary, '');
    lines.push(
      ...table(
        ['Measure', 'Before', 'After', 'Change vs control', '95% interval', 'Verdict'],
        impact.measures.map((m) => [
          m.label,
          m.treatedBefore === null ? '–' : formatAmount(m.treatedBefore),
          m.treatedAfter === null ? '–' : formatAmount(m.treatedAfter),
          m.relativeChange === null
            ? '–'
            : `${m.relativeChange > 0 ? '+' : '−'}${formatPercent(Math.abs(m.relativeChange))}`,
          m.interval
            ? `${formatAmount(m.interval.lower)}–${m.interval.upper === null ? '∞' : formatAmount(m.interval.upper)}×`
            : '–',
          m.significant ? 'significant' : 'not significant',
        ]),
      ),
    );
  }

  lines.push('## Actions', '');
  lines.push(
    ...table(
      ['Action', 'Owner', 'Status', 'Started', 'Done'],
      data.actions.map((a) => [a.title, a.owner, a.status, a.startedOn, a.doneOn]),
    ),
  );

  lines.push('## Notes and decisions', '');
  const notes = data.notes?.text.trim() ? data.notes : null;
  if (notes) {
    // The notes are the team's own Markdown: written through as they are.
    const at = `${notes.savedAt.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
    lines.push(
      notes.text.trim(),
      '',
      `_Saved by ${notes.savedBy ?? 'a former user'}, ${at} (version ${notes.version})._`,
      '',
    );
  } else lines.push('No notes were recorded.', '');
  return lines.join('\n');
}
