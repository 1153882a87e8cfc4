import type { IndicatorState, LoadState, Severity } from '../../graphql/generated/graphql';
import { indicatorStateLabel, loadStateLabel, severityLabel } from '../../lib/labels';
import { Badge, type BadgeTone } from '../../ui/Badge';

// Every state has a glyph and a word as well as a tone, so none depends on colour.
const indicatorLook: Record<IndicatorState, { tone: BadgeTone; icon: string }> = {
  ALERT: { tone: 'danger', icon: '!!' },
  WATCH: { tone: 'warning', icon: '!' },
  OK: { tone: 'success', icon: '✓' },
  NO_DATA: { tone: 'neutral', icon: '–' },
};

const severityState: Record<Severity, IndicatorState> = {
  ALERT: 'ALERT',
  WATCH: 'WATCH',
  NONE: 'OK',
};

const loadState: Record<LoadState, IndicatorState> = {
  OVERLOADED: 'ALERT',
  STRETCHED: 'WATCH',
  OK: 'OK',
};

export function IndicatorBadge({ state }: { state: IndicatorState }) {
  const look = indicatorLook[state];
  return (
    <Badge tone={look.tone} icon={look.icon}>
      {indicatorStateLabel[state]}
    </Badge>
  );
}

/** A spike test's verdict: Alert, Watch or Usual. */
export function SeverityBadge({ severity }: { severity: Severity }) {
  const look = indicatorLook[severityState[severity]];
  return (
    <Badge tone={severity === 'NONE' ? 'neutral' : look.tone} icon={look.icon}>
      {severityLabel[severity]}
    </Badge>
  );
}

export function LoadBadge({ state }: { state: LoadState }) {
  const look = indicatorLook[loadState[state]];
  return (
    <Badge tone={look.tone} icon={look.icon}>
      {loadStateLabel[state]}
    </Badge>
  );
}
