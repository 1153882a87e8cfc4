import { useQuery } from '@apollo/client/react';
import type { BottlenecksQuery } from '../../graphql/generated/graphql';
import { ORGANISER_ROLES } from '../../session/roles';
import { useCurrentUser } from '../../session/useCurrentUser';
import { lastWholeMonth } from '../../lib/insight-scope';
import { Card } from '../../ui/Card';
import { PageHeader } from '../../ui/PageHeader';
import { EmptyState } from '../../ui/states';
import { KpiTile } from '../insights/KpiTile';
import { LinkNotices } from '../insights/LinkNotices';
import { QueryStates } from '../insights/QueryStates';
import { monthlyQuickRanges, ScopeBar } from '../insights/ScopeBar';
import { useInsightScope } from '../insights/useInsightScope';
import { BacklogCard } from './BacklogCard';
import { DurationsCard } from './DurationsCard';
import { FlowCard } from './FlowCard';
import { SlaCard } from './SlaCard';
import { StatusTimeCard } from './StatusTimeCard';
import { overall } from './flow-shape';
import { BottlenecksDocument } from './graphql/bottlenecks';
import { WaitsTable } from './WaitsTable';
import '../insights/insights.css';
import './Bottlenecks.css';

export const BOTTLENECK_MAX_MONTHS = 12;
/** Waits ranked on the page (the API allows up to 50). */
const RANKED = 15;

/**
 * Where requests wait: arrivals against completions, the backlog and its age, time in each
 * status, service levels, lead and first-response times by group, and the ranked waits.
 */
export default function BottlenecksPage() {
  const user = useCurrentUser();
  const { scope, input, adjusted, dropped, now, setScope } = useInsightScope({
    defaultRange: lastWholeMonth,
    maxMonths: BOTTLENECK_MAX_MONTHS,
  });
  const query = useQuery(BottlenecksDocument, {
    variables: { input: { ...input, limit: RANKED } },
    notifyOnNetworkStatusChange: true,
  });
  return (
    <>
      <PageHeader
        eyebrow="Bottlenecks"
        title="Where requests wait"
        description="Flow of work for the period: what came in and went out, what is left and how old it is, where time is spent waiting rather than worked, and which service levels hold."
      />
      <div className="insight-page">
        <ScopeBar
          scope={scope}
          onChange={setScope}
          now={now}
          maxMonths={BOTTLENECK_MAX_MONTHS}
          quickRanges={monthlyQuickRanges(now)}
          filters
          idPrefix="bottlenecks"
        />
        <LinkNotices adjusted={adjusted} dropped={dropped} maxMonths={BOTTLENECK_MAX_MONTHS} />
        <QueryStates query={query} what="the bottlenecks" lines={6}>
          {(data) => (
            <BottlenecksContent
              flow={data.bottlenecks}
              settingsLink={user ? ORGANISER_ROLES.includes(user.role) : false}
            />
          )}
        </QueryStates>
      </div>
    </>
  );
}

function BottlenecksContent({
  flow,
  settingsLink,
}: {
  flow: BottlenecksQuery['bottlenecks'];
  settingsLink: boolean;
}) {
  const period = flow.period.label;
  const comparison = flow.comparisonPeriod?.label ?? null;
  const arrivals = flow.weekly.reduce((sum, week) => sum + week.arrivals, 0);
  if (arrivals === 0 && flow.backlog.count === 0)
    return (
      <Card>
        <EmptyState title={`Nothing came in or waited in ${period}`}>
          Choose another period or fewer filters.
        </EmptyState>
      </Card>
    );
  const lead = overall(flow.leadTimes);
  const first = overall(flow.firstResponses);
  const sla = flow.serviceLevels;
  const shareChange = (current: number | null, previous: number | null) => {
    const delta = current !== null && previous !== null ? (current - previous) * 100 : null;
    return {
      __typename: 'Change' as const,
      current,
      previous,
      relative: null,
      direction:
        delta === null || Math.abs(delta) < 0.05
          ? ('FLAT' as const)
          : delta > 0
            ? ('UP' as const)
            : ('DOWN' as const),
      label:
        delta === null
          ? 'no comparison'
          : `${delta > 0 ? '+' : delta < 0 ? '−' : '±'}${Math.abs(delta).toFixed(1)} pts`,
    };
  };
  return (
    <>
      <section aria-labelledby="flow-kpis-title">
        <h2 id="flow-kpis-title" className="visually-hidden">
          Flow figures, {period}
        </h2>
        <dl className="kpi-tiles">
          <KpiTile
            label="Open at the end"
            value={flow.backlog.count}
            format="COUNT"
            change={flow.backlog.change}
            higherIsBetter={false}
            drilldown={flow.backlog.drilldown}
            periodLabel={period}
            comparisonLabel={comparison}
          />
          {lead ? (
            <KpiTile
              label="Median lead time"
              value={lead.p50Hours}
              format="HOURS"
              change={lead.change}
              higherIsBetter={false}
              drilldown={lead.drilldown}
              periodLabel={period}
              comparisonLabel={comparison}
            />
          ) : null}
          {first ? (
            <KpiTile
              label="Median first response"
              value={first.p50Hours}
              format="HOURS"
              change={first.change}
              higherIsBetter={false}
              drilldown={first.drilldown}
              periodLabel={period}
              comparisonLabel={comparison}
            />
          ) : null}
          <KpiTile
            label="Resolutions on time"
            value={sla.resolution.attainment.share}
            format="SHARE"
            change={shareChange(sla.resolution.attainment.share, sla.previousResolutionAttainment)}
            higherIsBetter
            drilldown={sla.resolution.breachesDrilldown}
            periodLabel={`late resolutions, ${period}`}
            comparisonLabel={comparison}
          />
        </dl>
      </section>
      <FlowCard flow={flow} />
      <div className="insight-grid">
        <BacklogCard flow={flow} />
        <StatusTimeCard flow={flow} />
      </div>
      <Card title="Where requests wait longest" titleId="waits-title">
        {flow.waits.length === 0 ? (
          <p className="insight-list__text">No request waited in the period.</p>
        ) : (
          <WaitsTable
            waits={flow.waits}
            periodLabel={period}
            caption={`Where requests received in ${period} waited longest, ranked`}
          />
        )}
      </Card>
      <SlaCard flow={flow} settingsLink={settingsLink} />
      <DurationsCard flow={flow} />
    </>
  );
}
