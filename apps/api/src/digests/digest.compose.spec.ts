import { ActionStatus } from '../actions/action.enums';
import type { Kpi, ReviewAction } from '../insights/review-pack/review-pack.types';
import { ChangeDirection } from '../insights/read-model/scope.types';
import type { RisingSignal } from '../insights/rising/rising.types';
import { ValueFormat } from '../insights/trends/trends.types';
import { IndicatorState, type WarningSign } from '../insights/warning-signs/warning-signs.types';
import { DashboardLinks } from './dashboard-links';
import {
  actionsDue,
  comingWeek,
  composeDigest,
  risingOnly,
  warningChanges,
} from './digest.compose';
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
    expect(digest.text).toContain('- No action starts in the coming week and none is in progress.');
  });

  describe('weekly', () => {
    const WEEK = { from: '2026-11-09', to: '2026-11-16', label: '9 Nov – 15 Nov 2026' };
    const BEFORE = { from: '2026-11-02', to: '2026-11-09', label: '2 Nov – 8 Nov 2026' };
    const planned = (id: string, startedOn: string | null) =>
      ({ ...action(id, ActionStatus.PLANNED), startedOn }) as ReviewAction;

    it('lists as due the actions starting in the week after it and those in progress', () => {
      const next = comingWeek(
        [
          planned('starts-monday', '2026-11-16'),
          planned('starts-sunday', '2026-11-22'),
          planned('starts-later', '2026-11-23'),
          planned('started-before', '2026-11-15'),
          planned('undated', null),
          action('busy', ActionStatus.IN_PROGRESS),
          action('done', ActionStatus.DONE),
        ],
        WEEK.to,
      );
      expect(next.label).toBe('16 Nov – 22 Nov 2026');
      expect(next.starting.map((a) => a.id)).toEqual(['starts-monday', 'starts-sunday']);
      expect(next.underWay.map((a) => a.id)).toEqual(['busy']);
      expect(next.later).toBe(3);
    });

    it("links to the week's own views, not only the month's review", () => {
      const digest = composeDigest(
        {
          frequency: DigestFrequency.WEEKLY,
          period: WEEK,
          comparisonPeriod: BEFORE,
          kpis: [],
          warnings: [],
          warningsBefore: [],
          risingThemes: [],
          risingPolicies: [],
          actions: [planned('a1', '2026-11-18'), planned('a2', null)],
        },
        links,
      );
      expect(digest.text).toContain('Headline figures against 2 Nov – 8 Nov 2026.');
      expect(digest.text).toContain(
        'Everything received 9 Nov – 15 Nov 2026: https://fulcrum.example.org/explorer?about=Received+9+Nov+%E2%80%93+15+Nov+2026&d.receivedFrom=2026-11-09&d.receivedTo=2026-11-16',
      );
      expect(digest.text).toContain(
        'Complaints by week, this week last: https://fulcrum.example.org/trends?from=2026-09&to=2026-11&every=week&metric=complaints',
      );
      expect(digest.text).toContain(
        'The monthly review of 2026-11: https://fulcrum.example.org/review?from=2026-11&to=2026-11',
      );
      expect(digest.text).toContain('ACTIONS DUE IN THE COMING WEEK (16 Nov – 22 Nov 2026)');
      expect(digest.text).toContain(
        '- Action a1 (starts 2026-11-18, owner Sam): https://fulcrum.example.org/actions/a1',
      );
      expect(digest.text).toContain(
        '1 more planned action starts later or without a start date: https://fulcrum.example.org/actions',
      );
      expect(digest.html).toContain('d.receivedFrom=2026-11-09&amp;d.receivedTo=2026-11-16');
    });

    it('names both months of a week that spans two', () => {
      const views = links.week({ from: '2026-10-26', to: '2026-11-02', label: '26 Oct – 1 Nov' });
      expect(views.at(-1)).toEqual({
        label: 'The monthly review of 2026-10 and 2026-11',
        url: 'https://fulcrum.example.org/review?from=2026-10&to=2026-11',
      });
    });
  });
});
