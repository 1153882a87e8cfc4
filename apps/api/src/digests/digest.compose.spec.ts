import { ActionStatus } from '../actions/action.enums';
import type { Kpi, ReviewAction } from '../insights/review-pack/review-pack.types';
import { ChangeDirection } from '../insights/read-model/scope.types';
import type { RisingSignal } from '../insights/rising/rising.types';
import { ValueFormat } from '../insights/trends/trends.types';
import { IndicatorState, type WarningSign } from '../insights/warning-signs/warning-signs.types';
import { DashboardLinks } from './dashboard-links';
import { actionsDue, composeDigest, risingOnly, warningChanges } from './digest.compose';
import { DigestFrequency } from './digest-period';

const links = new DashboardLinks('https://fulcrum.example.org');
const NOV = { from: '2026-11-01', to: '2026-12-01', label: 'Nov 2026' };
const OCT = { from: '2026-10-01', to: '2026-11-01', label: 'Oct 2026' };

const complaints = {
  key: 'complaints',
  label: 'Complaints',
  value: 202,
  format: ValueFormat.COUNT,
  change: { current: 202, previous: 203, relative: -0.0049, direction: ChangeDirection.DOWN },
  higherIsBetter: false,
  drilldown: { receivedFrom: new Date('2026-11-01T00:00:00Z'), kinds: ['complaint'] },
  drilldownLabel: null,
  drilldownCount: 202,
  verdict: 'Complaints: 202, −0.5% against Oct 2026 (203): better.',
} as unknown as Kpi;

const sign = (kind: string, state: IndicatorState, label = kind) =>
  ({
    sign: kind,
    label,
    state,
    verdict: `${label} is ${state}.`,
    drilldown: null,
  }) as unknown as WarningSign;

const signal = (name: string, severity: string, direction: string) =>
  ({
    dimension: 'theme',
    subject: { id: `id-${name}`, name },
    severity,
    direction,
    verdict: `${name}: ${severity}.`,
    drilldown: { themeIds: [`id-${name}`] },
  }) as unknown as RisingSignal;

const action = (id: string, status: ActionStatus) =>
  ({ id, title: `Action ${id}`, status, owner: 'Sam' }) as unknown as ReviewAction;

describe('the digest', () => {
  it('names the signs whose state differs from the comparison period, and only those', () => {
    const changes = warningChanges(
      [sign('excuses', IndicatorState.ALERT), sign('overwhelm', IndicatorState.OK)],
      [sign('excuses', IndicatorState.WATCH), sign('overwhelm', IndicatorState.OK)],
    );
    expect(changes.map((change) => [change.sign.sign, change.before])).toEqual([
      ['excuses', IndicatorState.WATCH],
    ]);
    expect(warningChanges([sign('excuses', IndicatorState.ALERT)], null)).toEqual([]);
  });

  it('keeps rising signals at watch or alert, and planned or in-progress actions', () => {
    expect(
      risingOnly([
        signal('Refunds', 'alert', 'rise'),
        signal('Parking', 'none', 'rise'),
        signal('Wifi', 'watch', 'fall'),
      ]).map((s) => s.subject.name),
    ).toEqual(['Refunds']);
    expect(
      actionsDue([
        action('a', ActionStatus.PLANNED),
        action('b', ActionStatus.IN_PROGRESS),
        action('c', ActionStatus.DONE),
        action('d', ActionStatus.ABANDONED),
      ]).map((a) => a.id),
    ).toEqual(['a', 'b']);
  });

  it('writes every section with links into the dashboard, escaping what it quotes in HTML', () => {
    const digest = composeDigest(
      {
        frequency: DigestFrequency.MONTHLY,
        period: NOV,
        comparisonPeriod: OCT,
        kpis: [complaints],
        warnings: [sign('excuses', IndicatorState.ALERT, 'Excuses')],
        warningsBefore: [sign('excuses', IndicatorState.OK, 'Excuses')],
        risingThemes: [signal('Refunds <late>', 'alert', 'rise')],
        risingPolicies: [],
        actions: [action('a1', ActionStatus.PLANNED)],
      },
      links,
    );
    expect(digest.subject).toBe('Fulcrum monthly review digest: Nov 2026');
    expect(digest.text).toContain('- Complaints: 202, −0.5% against Oct 2026 (203): better.');
    expect(digest.text).toContain('https://fulcrum.example.org/review?from=2026-11&to=2026-11');
    expect(digest.text).toContain(
      'https://fulcrum.example.org/explorer?about=Complaints%2C+Nov+2026&d.receivedFrom=2026-11-01&d.kinds=complaint',
    );
    expect(digest.text).toContain('- Excuses: ok → alert. Excuses is alert.');
    expect(digest.text).toContain('Theme “Refunds <late>” (alert)');
    expect(digest.text).toContain(
      '- Action a1 (planned, owner Sam): https://fulcrum.example.org/actions/a1',
    );
    expect(digest.html).toContain('Refunds &lt;late&gt;');
    expect(digest.html).not.toContain('Refunds <late>');
    expect(digest.html).toContain('<td align="right">203</td>');
  });

  it('says so when nothing changed, rose or is due', () => {
    const digest = composeDigest(
      {
        frequency: DigestFrequency.WEEKLY,
        period: { from: '2026-11-30', to: '2026-12-07', label: '30 Nov – 6 Dec 2026' },
        comparisonPeriod: null,
        kpis: [],
        warnings: [],
        warningsBefore: null,
        risingThemes: [],
        risingPolicies: [],
        actions: [],
      },
      links,
    );
    expect(digest.subject).toBe('Fulcrum weekly review digest: 30 Nov – 6 Dec 2026');
    expect(digest.text).toContain('- No comparison period.');
    expect(digest.text).toContain('- None rising beyond its usual level.');
    expect(digest.text).toContain('- No planned or active actions.');
  });
});
