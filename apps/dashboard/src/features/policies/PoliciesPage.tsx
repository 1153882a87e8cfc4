import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import type { PolicyFrictionQuery } from '../../graphql/generated/graphql';
import { ANALYST_ROLES } from '../../session/roles';
import { useCurrentUser } from '../../session/useCurrentUser';
import { lastWholeMonth } from '../../lib/insight-scope';
import { Alert } from '../../ui/Alert';
import { Card } from '../../ui/Card';
import { PageHeader } from '../../ui/PageHeader';
import { EmptyState } from '../../ui/states';
import { DrillLink } from '../insights/DrillLink';
import { LinkNotices } from '../insights/LinkNotices';
import { QueryStates } from '../insights/QueryStates';
import { monthlyQuickRanges, ScopeBar } from '../insights/ScopeBar';
import { Sparkline } from '../insights/Sparkline';
import { sparklineSummary } from '../insights/sparkline-summary';
import { SeverityBadge } from '../insights/StateBadge';
import { useInsightScope } from '../insights/useInsightScope';
import { PolicyFrictionDocument } from './graphql/policies';
import { HeatMap } from './HeatMap';
import { HotspotDetail } from './HotspotDetail';
import { HotspotList } from './HotspotList';
import { ScoreLegend } from './ScoreBar';
import { WastefulCard } from './WastefulCard';
import '../insights/insights.css';
import './Policies.css';

export const POLICY_MAX_MONTHS = 12;
export const POLICY_PARAM = 'policy-view';
/** Policies ranked (the API allows 50) and quotes per policy (it allows 10). */
const LISTED = 20;
const QUOTES = 5;

/**
 * Policy friction: policies ranked by a friction score shown with its parts, the policy ×
 * team heat map, each policy's weekly trend, wasteful-policy candidates, and one hotspot
 * opened (?policy-view=<id>) with its evidence and a way to open an improvement action.
 */
export default function PoliciesPage() {
  const user = useCurrentUser();
  const { scope, input, adjusted, dropped, now, params, setScope } = useInsightScope({
    defaultRange: lastWholeMonth,
    maxMonths: POLICY_MAX_MONTHS,
  });
  const query = useQuery(PolicyFrictionDocument, {
    variables: {
      input: { ...input, limit: LISTED, quotes: QUOTES },
      rising: { ...input, counting: 'COMPLAINTS', limit: 50 },
    },
    notifyOnNetworkStatusChange: true,
  });
  const selectedId = params.get(POLICY_PARAM);
  const hrefOf = (policyId: string) => {
    const next = new URLSearchParams(params);
    next.set(POLICY_PARAM, policyId);
    return `?${next.toString()}`;
  };
  const canAct = user ? ANALYST_ROLES.includes(user.role) : false;

  return (
    <>
      <PageHeader
        eyebrow="Policy friction"
        title="Rules that cause friction"
        description="Which of our own rules generate complaints, exceptions, refusals, escalations and waiting, ranked by a friction score whose parts are shown. Open a policy to read the evidence and act on it."
      />
      <div className="insight-page">
        <ScopeBar
          scope={scope}
          onChange={setScope}
          now={now}
          maxMonths={POLICY_MAX_MONTHS}
          quickRanges={monthlyQuickRanges(now)}
          filters
          idPrefix="policies"
        />
        <LinkNotices adjusted={adjusted} dropped={dropped} maxMonths={POLICY_MAX_MONTHS} />
        <QueryStates query={query} what="the policy friction" lines={6}>
          {(data) => (
            <PoliciesContent data={data} selectedId={selectedId} hrefOf={hrefOf} canAct={canAct} />
          )}
        </QueryStates>
      </div>
    </>
  );
}

function PoliciesContent({
  data,
  selectedId,
  hrefOf,
  canAct,
}: {
  data: PolicyFrictionQuery;
  selectedId: string | null;
  hrefOf: (policyId: string) => string;
  canAct: boolean;
}) {
  const friction = data.policyHotspots;
  const period = friction.period.label;
  const signals = new Map(data.risingSignals.policies.map((signal) => [signal.subject.id, signal]));
  if (friction.policies.length === 0)
    return (
      <Card>
        <EmptyState
          title={`No item was linked to a policy in ${period}`}
          action={<Link to="/settings/policies">See the policies and their aliases</Link>}
        >
          Items link to a policy when staff record it, when the text names it (or an alias), or when
          an exception to it is granted or refused.
        </EmptyState>
      </Card>
    );
  const selected = friction.policies.find((hotspot) => hotspot.policy.id === selectedId) ?? null;
  return (
    <>
      {selectedId && !selected ? (
        <Alert tone="info" role="status">
          The policy in the link has no friction in {period}, or is not among the{' '}
          {friction.policies.length} listed.
        </Alert>
      ) : null}
      <div className="policies-layout">
        {selected ? (
          <HotspotDetail
            hotspot={selected}
            signal={signals.get(selected.policy.id) ?? null}
            periodLabel={period}
            canAct={canAct}
          />
        ) : null}
        <Card title="Hotspots" titleId="hotspots-title">
          <p className="chart-card__description">
            Friction 0–100 for {period}, highest first. Open a policy for its evidence.
          </p>
          <HotspotList
            hotspots={friction.policies}
            periodLabel={period}
            hrefOf={hrefOf}
            caption={`Policies ranked by friction, ${period}`}
            selectedId={selected?.policy.id ?? null}
          />
          <ScoreLegend parts={friction.policies[0].parts} />
        </Card>
      </div>
      <Card title="Policy × team" titleId="heatmap-title">
        <p className="chart-card__description">
          Friction of each policy within each team, {period}: the darker, the more friction. Each
          cell opens its items.
        </p>
        <HeatMap friction={friction} periodLabel={period} />
      </Card>
      <WastefulCard candidates={friction.wastefulCandidates} periodLabel={period} canAct={canAct} />
      <Card title="Trend per policy" titleId="policy-trends-title">
        <p className="chart-card__description">
          Complaints linked to each policy per week over the last 26 weeks; the darker bars are the
          weeks tested against the policy’s own history
          {data.risingSignals.testedWeeks ? ` (${data.risingSignals.testedWeeks.label})` : ''}.
        </p>
        <ul className="insight-list policy-trends">
          {data.risingSignals.policies.map((signal) => (
            <li key={signal.subject.id} className="insight-list__item">
              <div className="insight-list__head">
                <Link to={hrefOf(signal.subject.id)} className="insight-list__title">
                  {signal.subject.name}
                </Link>
                <span className="rising__marks">
                  <Sparkline weeks={signal.weekly} summary={sparklineSummary(signal.weekly)} />
                  <SeverityBadge severity={signal.severity} />
                </span>
              </div>
              <p className="insight-list__text">
                {signal.explanation}{' '}
                <DrillLink
                  drilldown={signal.drilldown}
                  about={`Complaints linked to “${signal.subject.name}”, weeks tested`}
                >
                  Show them
                </DrillLink>
              </p>
            </li>
          ))}
        </ul>
      </Card>
    </>
  );
}
