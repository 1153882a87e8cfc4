// The review pack as one long CSV table (the Markdown document is in review-export.ts).
import { formatPercent } from '@fulcrum/signals';
import { csvLine } from '../../common/csv';
import { partialNote, type ReviewData, STATUS_TIME_NOTE } from './review-export';

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
    add('headlines', 'all', k.key, k.value, k.change.previous, k.change.label, '', k.verdict);
  for (const r of data.reconciliations)
    add('reconciliations', r.measure, 'two-verdicts', null, null, '', '', r.text);
  for (const s of data.warnings.signs)
    add(
      'warning-signs',
      s.sign,
      'value',
      s.value,
      s.previous,
      '',
      s.state,
      `${s.verdict} ${s.explanation}`,
    );
  for (const series of [
    ...data.trends.volumeByKind,
    data.trends.negativeShare,
    data.trends.sentiment,
    data.trends.satisfaction,
  ]) {
    const subject = series.kind && series.metric === 'volume' ? series.kind : 'all';
    for (const p of series.points)
      add(
        'trends',
        subject,
        `${series.metric}:${p.periodStart}`,
        p.value,
        p.comparisonValue,
        '',
        '',
        p.partial ? partialNote(p) : '',
      );
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
      `${s.verdict} ${s.explanation}`,
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
      `share of lead ${formatPercent(s.shareOfLead)}. ${STATUS_TIME_NOTE}`,
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
      `share ${s.shareOfAll === null ? '–' : formatPercent(s.shareOfAll)}. ${s.verdict}`,
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
