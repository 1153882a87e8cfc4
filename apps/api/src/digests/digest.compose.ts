import type { Kpi, ReviewAction } from '../insights/review-pack/review-pack.types';
import type { PeriodRange } from '../insights/read-model/scope.types';
import type { RisingSignal } from '../insights/rising/rising.types';
import { IndicatorState, type WarningSign } from '../insights/warning-signs/warning-signs.types';
import { ActionStatus } from '../actions/action.enums';
import { formatFigure } from '../insights/read-model/verdicts';
import { periodRange } from '../insights/read-model/scope';
import type { DashboardLinks, DashboardView } from './dashboard-links';
import { DigestFrequency } from './digest-period';

/** What the review pack says about a period, as the digest needs it (nothing recomputed). */
export interface DigestFigures {
  frequency: DigestFrequency;
  period: PeriodRange;
  comparisonPeriod: PeriodRange | null;
  kpis: Kpi[];
  warnings: WarningSign[];
  /** The same signs in the comparison period; null when there is none. */
  warningsBefore: WarningSign[] | null;
  risingThemes: RisingSignal[];
  risingPolicies: RisingSignal[];
  actions: ReviewAction[];
}

export interface WarningChange {
  sign: WarningSign;
  before: IndicatorState;
}

export interface ComposedDigest {
  subject: string;
  text: string;
  html: string;
}

const STATE_WORDS: Record<IndicatorState, string> = {
  [IndicatorState.OK]: 'ok',
  [IndicatorState.WATCH]: 'watch',
  [IndicatorState.ALERT]: 'alert',
  [IndicatorState.NO_DATA]: 'no data',
};

/** Warning signs whose state differs from the comparison period's. */
export function warningChanges(now: WarningSign[], before: WarningSign[] | null): WarningChange[] {
  if (!before) return [];
  const earlier = new Map(before.map((sign) => [sign.sign, sign.state]));
  return now.flatMap((sign) => {
    const was = earlier.get(sign.sign);
    return was !== undefined && was !== sign.state ? [{ sign, before: was }] : [];
  });
}

/** Themes and policies rising beyond their usual level (watch or alert). */
export function risingOnly(signals: RisingSignal[]): RisingSignal[] {
  return signals.filter((signal) => signal.direction === 'rise' && signal.severity !== 'none');
}

/** Actions still to do: planned or in progress (done and abandoned ones are not due). */
export function actionsDue(actions: ReviewAction[]): ReviewAction[] {
  return actions.filter(
    (action) =>
      action.status === ActionStatus.PLANNED || action.status === ActionStatus.IN_PROGRESS,
  );
}

const DAY_MS = 86_400_000;

/** The week after a weekly digest's week, and the actions it has to do then. */
export interface ComingWeek {
  label: string;
  /** Planned actions whose start date falls in the coming week. */
  starting: ReviewAction[];
  /** Actions in progress: their work goes on through the coming week. */
  underWay: ReviewAction[];
  /** Planned actions starting later or without a date, left for the monthly review. */
  later: number;
}

/** What a weekly digest lists as due: the week after `periodTo` (a YYYY-MM-DD, not included). */
export function comingWeek(actions: ReviewAction[], periodTo: string): ComingWeek {
  const from = Date.parse(`${periodTo}T00:00:00Z`);
  const to = from + 7 * DAY_MS;
  const startsThen = (action: ReviewAction) => {
    const start = action.startedOn ? Date.parse(`${action.startedOn}T00:00:00Z`) : null;
    return start !== null && start >= from && start < to;
  };
  const planned = actions.filter((action) => action.status === ActionStatus.PLANNED);
  const starting = planned.filter(startsThen);
  return {
    label: periodRange({ from, to }).label,
    starting,
    underWay: actions.filter((action) => action.status === ActionStatus.IN_PROGRESS),
    later: planned.length - starting.length,
  };
}

const esc = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const a = (href: string, label: string) => `<a href="${esc(href)}">${esc(label)}</a>`;

/** The digest as plain text and HTML; every section links to the page or items behind it. */
export function composeDigest(figures: DigestFigures, links: DashboardLinks): ComposedDigest {
  const { period, comparisonPeriod } = figures;
  const kind = figures.frequency === DigestFrequency.WEEKLY ? 'Weekly' : 'Monthly';
  const subject = `Fulcrum ${kind.toLowerCase()} review digest: ${period.label}`;
  const changes = warningChanges(figures.warnings, figures.warningsBefore);
  const rising = [...figures.risingThemes, ...figures.risingPolicies];
  const weekly = figures.frequency === DigestFrequency.WEEKLY;
  const reviewUrl = links.review(period);
  // A week opens in the pages that take days; a month in its review.
  const views: DashboardView[] = weekly
    ? links.week(period)
    : [{ label: 'The whole review', url: reviewUrl }];
  const actions = actionSection(figures);
  const against = comparisonPeriod ? `against ${comparisonPeriod.label}` : 'with no comparison';

  const text: string[] = [
    `${kind} review digest — ${period.label}`,
    `Headline figures ${against}.`,
    ...views.map((view) => `${view.label}: ${view.url}`),
    '',
    'HEADLINE FIGURES',
    ...figures.kpis.map((kpi) => {
      const items = kpi.drilldown
        ? `\n    Items: ${links.items(kpi.drilldown, `${kpi.drilldownLabel ?? kpi.label}, ${period.label}`)}`
        : '';
      return `- ${kpi.verdict}${items}`;
    }),
    '',
    'WARNING SIGNS THAT CHANGED STATE',
    ...(changes.length
      ? changes.map(
          ({ sign, before }) =>
            `- ${sign.label}: ${STATE_WORDS[before]} → ${STATE_WORDS[sign.state]}. ${sign.verdict}${
              sign.drilldown
                ? `\n    Items: ${links.items(sign.drilldown, `${sign.label}, ${period.label}`)}`
                : ''
            }`,
        )
      : [
          comparisonPeriod
            ? `- None: every sign is where it was in ${comparisonPeriod.label}.`
            : '- No comparison period.',
        ]),
    '',
    'RISING THEMES AND POLICIES',
    ...(rising.length
      ? rising.map(
          (signal) =>
            `- ${signal.dimension === 'theme' ? 'Theme' : 'Policy'} “${signal.subject.name}” (${signal.severity}): ${signal.verdict}\n    Items: ${links.items(signal.drilldown, `${signal.subject.name}, tested weeks`)}`,
        )
      : ['- None rising beyond its usual level.']),
    '',
    `${actions.title.toUpperCase()}${actions.when ? ` (${actions.when})` : ''}`,
    ...(actions.items.length
      ? actions.items.map(
          ({ action, note }) =>
            `- ${action.title} (${note}, owner ${action.owner}): ${links.action(action.id)}`,
        )
      : [`- ${actions.empty}`]),
    ...(actions.footnote ? [`  ${actions.footnote}: ${links.actions()}`] : []),
    '',
    `Change or stop this digest: ${links.digests()}`,
  ];

  const kpiRows = figures.kpis
    .map((kpi) => {
      const value = formatFigure(kpi.value, kpi.format);
      const previous = formatFigure(kpi.change.previous, kpi.format);
      const cell = kpi.drilldown
        ? a(
            links.items(kpi.drilldown, `${kpi.drilldownLabel ?? kpi.label}, ${period.label}`),
            value,
          )
        : esc(value);
      return `<tr><th scope="row" align="left">${esc(kpi.label)}</th><td align="right">${cell}</td><td align="right">${esc(previous)}</td><td>${esc(kpi.verdict)}</td></tr>`;
    })
    .join('\n');
  const list = (items: string[], empty: string) =>
    items.length
      ? `<ul>\n${items.map((item) => `<li>${item}</li>`).join('\n')}\n</ul>`
      : `<p>${esc(empty)}</p>`;

  const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${esc(subject)}</title></head>
<body style="font-family: system-ui, sans-serif; color: #1f2933; max-width: 760px">
<h1 style="font-size: 20px">${esc(kind)} review digest — ${esc(period.label)}</h1>
<p>Headline figures ${esc(against)}.</p>
<p>${views.map((view) => a(view.url, view.label)).join(' · ')}</p>
<h2 style="font-size: 16px">Headline figures</h2>
<table cellpadding="4" style="border-collapse: collapse">
<thead><tr><th align="left">Figure</th><th align="right">${esc(period.label)}</th><th align="right">${esc(comparisonPeriod?.label ?? 'Before')}</th><th align="left">Verdict</th></tr></thead>
<tbody>
${kpiRows}
</tbody>
</table>
<h2 style="font-size: 16px">Warning signs that changed state</h2>
${list(
  changes.map(
    ({ sign, before }) =>
      `<strong>${esc(sign.label)}</strong>: ${esc(STATE_WORDS[before])} → ${esc(STATE_WORDS[sign.state])}. ${esc(sign.verdict)}${
        sign.drilldown
          ? ` ${a(links.items(sign.drilldown, `${sign.label}, ${period.label}`), 'Items')}`
          : ''
      }`,
  ),
  comparisonPeriod
    ? `None: every sign is where it was in ${comparisonPeriod.label}.`
    : 'No comparison period.',
)}
<h2 style="font-size: 16px">Rising themes and policies</h2>
${list(
  rising.map(
    (signal) =>
      `${signal.dimension === 'theme' ? 'Theme' : 'Policy'} ${a(links.items(signal.drilldown, `${signal.subject.name}, tested weeks`), signal.subject.name)} (${esc(signal.severity)}): ${esc(signal.verdict)}`,
  ),
  'None rising beyond its usual level.',
)}
<h2 style="font-size: 16px">${esc(actions.title)}${actions.when ? ` (${esc(actions.when)})` : ''}</h2>
${list(
  actions.items.map(
    ({ action, note }) =>
      `${a(links.action(action.id), action.title)} — ${esc(note)}, owner ${esc(action.owner)}`,
  ),
  actions.empty,
)}${actions.footnote ? `\n<p>${a(links.actions(), actions.footnote)}</p>` : ''}
<p style="color: #52606d">${a(links.digests(), 'Change or stop this digest')}</p>
</body></html>
`;
  return { subject, text: `${text.join('\n')}\n`, html };
}

interface ActionSection {
  title: string;
  /** The days the section covers, when not the digest's period. */
  when: string | null;
  items: { action: ReviewAction; note: string }[];
  empty: string;
  footnote: string | null;
}

/** A month lists every planned or active action; a week, those due in the week after it. */
function actionSection(figures: DigestFigures): ActionSection {
  const status = (action: ReviewAction) => action.status.replace('_', ' ');
  if (figures.frequency === DigestFrequency.MONTHLY)
    return {
      title: 'Actions due',
      when: null,
      items: actionsDue(figures.actions).map((action) => ({ action, note: status(action) })),
      empty: 'No planned or active actions.',
      footnote: null,
    };
  const next = comingWeek(figures.actions, figures.period.to);
  return {
    title: 'Actions due in the coming week',
    when: next.label,
    items: [
      ...next.starting.map((action) => ({ action, note: `starts ${action.startedOn}` })),
      ...next.underWay.map((action) => ({ action, note: 'in progress' })),
    ],
    empty: 'No action starts in the coming week and none is in progress.',
    footnote: next.later
      ? `${next.later} more planned ${next.later === 1 ? 'action starts' : 'actions start'} later or without a start date`
      : null,
  };
}
