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
import type { Kpi, ReviewAction } from './review-pack.types';
import type { RisingSignals } from '../rising/rising.types';
import type { PeriodRange, Share } from '../read-model/scope.types';
import type { StaffLoad } from '../staff-load/staff-load.types';
import { type Trends, ValueFormat } from '../trends/trends.types';
import type { WarningSigns } from '../warning-signs/warning-signs.types';
import { hoursLabel } from '../read-model/figures';
import { csvLine } from '../../common/csv';

/** Everything a review pack holds, as plain data (what the export renders). */
export interface ReviewData {
  period: PeriodRange;
  comparisonPeriod: PeriodRange | null;
  generatedAt: Date;
  kpis: Kpi[];
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

/** A value as the review writes it. */
export function formatValue(value: number | null | undefined, format: ValueFormat): string {
  if (value === null || value === undefined) return '–';
  switch (format) {
    case ValueFormat.SHARE:
      return formatPercent(value);
    case ValueFormat.HOURS:
      return hoursLabel(value);
    case ValueFormat.SCORE:
      return value.toFixed(2);
    case ValueFormat.RATING:
      return value.toFixed(1);
    case ValueFormat.RATIO:
      return `${formatAmount(value)}×`;
    case ValueFormat.COUNT:
      return formatAmount(value);
  }
}

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
      ['Figure', 'Value', 'Change'],
      data.kpis.map((k) => [k.label, formatValue(k.value, k.format), k.change.label]),
    ),
  );

  lines.push('## Warning signs', '');
  lines.push(
    ...table(
      ['Sign', 'State', 'Value', 'Explanation'],
      data.warnings.signs.map((s) => [
        s.label,
        s.state.toUpperCase(),
        formatValue(s.value, s.format),
        s.explanation,
      ]),
    ),
  );

  lines.push('## Trends', '');
  lines.push(
    ...table(
      ['Measure', 'This period', 'Change'],
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
      ? [...rising.map((s) => `- **${s.severity.toUpperCase()}** ${s.explanation}`), '']
      : ['Nothing unusual against history.', '']),
  );

  lines.push('## Flow and bottlenecks', '');
  const fl = data.flow;
  lines.push(
    `Backlog at the end: ${fl.backlog.count} open items (${fl.backlog.change.label}); median age ${hoursLabel(fl.backlog.ageP50Hours)}. Flow efficiency ${pct(fl.flowEfficiency)}; reopened ${pct(fl.reopenRate.share)} of resolved items.`,
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
    ...table(['Team', 'Items', 'p50', 'p90', 'Change of p50'], byTeam(fl.firstResponses)),
  );
  lines.push(
    '### Lead time',
    '',
    ...table(['Team', 'Resolved', 'p50', 'p90', 'Change of p50'], byTeam(fl.leadTimes)),
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
      ['#', 'Policy', 'Score', 'Linked', 'Complaints', 'Exceptions', 'Rising', 'Why'],
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
      ['Team', 'State', 'Available staff', 'Open per person', 'Pulse (mean)', 'Why'],
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
      ['Step', 'Reached', 'Share of complaints', 'Stopped here'],
      data.funnel.stages.map((s) => [s.label, s.reached, pct(s.shareOfAll), s.stoppedHere]),
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

const CSV_COLUMNS = [
  'section',
  'subject',
  'measure',
  'value',
  'previous',
  'change',
  'state',
  'note',
];

/** The review pack as one long CSV table: section, subject, measure, value, previous, change, state, note. */
export function reviewCsv(data: ReviewData): { content: string; rows: number } {
  const rows: (string | number | null)[][] = [];
  const add = (
    section: string,
    subject: string,
    measure: string,
    value: number | string | null,
    previous: number | null = null,
    change = '',
    state = '',
    note = '',
  ) => rows.push([section, subject, measure, value, previous, change, state, note]);
  for (const k of data.kpis)
    add('headlines', 'all', k.key, k.value, k.change.previous, k.change.label);
  for (const s of data.warnings.signs)
    add('warning-signs', s.sign, 'value', s.value, s.previous, '', s.state, s.explanation);
  for (const series of [
    ...data.trends.volumeByKind,
    data.trends.negativeShare,
    data.trends.sentiment,
    data.trends.satisfaction,
  ]) {
    const subject = series.kind && series.metric === 'volume' ? series.kind : 'all';
    for (const p of series.points)
      add('trends', subject, `${series.metric}:${p.periodStart}`, p.value, p.comparisonValue);
  }
  for (const s of [...data.rising.themes, ...data.rising.policies])
    add(
      'rising',
      `${s.dimension}:${s.subject.name}`,
      'rate-ratio',
      s.rateRatio,
      s.expected,
      '',
      s.severity,
      s.explanation,
    );
  const fl = data.flow;
  for (const w of fl.weekly)
    add(
      'flow',
      'all',
      `arrivals:${w.weekStart}`,
      w.arrivals,
      null,
      '',
      '',
      `completions ${w.completions}, backlog ${w.backlogAtEnd}`,
    );
  add(
    'flow',
    'all',
    'backlog',
    fl.backlog.count,
    fl.backlog.change.previous,
    fl.backlog.change.label,
  );
  add('flow', 'all', 'flow-efficiency', fl.flowEfficiency);
  add('flow', 'all', 'reopen-rate', fl.reopenRate.share);
  for (const f of [
    ...fl.leadTimes.map((x) => ['lead-time-p50-hours', x] as const),
    ...fl.firstResponses.map((x) => ['first-response-p50-hours', x] as const),
  ])
    add(
      'flow',
      `${f[1].dimension}:${f[1].subject?.name ?? f[1].kind ?? 'all'}`,
      f[0],
      f[1].p50Hours,
      f[1].previousP50Hours,
      f[1].change.label,
    );
  for (const s of fl.timeInStatus)
    add(
      'flow',
      s.status,
      'hours-in-status',
      s.totalHours,
      null,
      '',
      '',
      `share of lead ${formatPercent(s.shareOfLead)}`,
    );
  add(
    'sla',
    'all',
    'first-response-attainment',
    fl.serviceLevels.firstResponse.attainment.share,
    fl.serviceLevels.previousFirstResponseAttainment,
  );
  add(
    'sla',
    'all',
    'resolution-attainment',
    fl.serviceLevels.resolution.attainment.share,
    fl.serviceLevels.previousResolutionAttainment,
  );
  for (const w of fl.waits)
    add(
      'waits',
      `${w.team?.name ?? '–'} / ${w.policy?.name ?? '–'} / ${w.status}`,
      'total-hours',
      w.totalHours,
      null,
      '',
      '',
      w.explanation,
    );
  for (const p of data.hotspots.policies) {
    add(
      'hotspots',
      p.policy.name,
      'friction-score',
      p.score,
      p.previousScore,
      '',
      p.rising,
      p.explanation,
    );
    for (const part of p.parts)
      add(
        'hotspots',
        p.policy.name,
        `part:${part.name}`,
        part.contribution,
        null,
        '',
        '',
        `raw ${part.raw ?? '–'}`,
      );
  }
  for (const w of data.hotspots.wastefulCandidates)
    add(
      'wasteful-policies',
      w.policy.name,
      'waiver-rate',
      w.waiverRate.share,
      null,
      '',
      '',
      w.reasons.join(' '),
    );
  for (const t of data.staffLoad.teams)
    add(
      'staff-load',
      t.team.name,
      'open-per-staff',
      t.openPerStaff,
      null,
      '',
      t.state,
      t.reasons.join(' '),
    );
  for (const s of data.funnel.stages)
    add(
      'complaint-funnel',
      s.step,
      'reached',
      s.reached,
      null,
      '',
      '',
      `share ${s.shareOfAll === null ? '–' : formatPercent(s.shareOfAll)}`,
    );
  for (const i of data.impacts)
    for (const m of i.measures)
      add(
        'impact',
        i.action.title,
        m.metric,
        m.ratio,
        null,
        '',
        m.significant ? 'significant' : 'not significant',
        m.verdict,
      );
  for (const a of data.actions)
    add(
      'actions',
      a.title,
      'status',
      a.status,
      null,
      '',
      '',
      `${a.startedOn ?? ''} → ${a.doneOn ?? ''}`,
    );
  if (data.notes?.text.trim())
    add('notes', 'review', 'notes-and-decisions', null, null, '', '', data.notes.text.trim());
  return {
    content: [csvLine(CSV_COLUMNS), ...rows.map(csvLine)].join('\n') + '\n',
    rows: rows.length,
  };
}
