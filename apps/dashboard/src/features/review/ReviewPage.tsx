import { useQuery } from '@apollo/client/react';
import { Suspense, useEffect } from 'react';
import { Link } from 'react-router';
import type { ReviewPackQuery } from '../../graphql/generated/graphql';
import { ANALYST_ROLES, MANAGER_ROLES } from '../../session/roles';
import { useCurrentUser } from '../../session/useCurrentUser';
import {
  formatMonthRange,
  formatNumber,
  formatPercent,
  formatShortDateTime,
  formatValue,
} from '../../lib/format';
import { insightSearch, lastWholeMonth, type InsightScope } from '../../lib/insight-scope';
import { Alert } from '../../ui/Alert';
import { Card } from '../../ui/Card';
import { PageHeader } from '../../ui/PageHeader';
import { EmptyState, LoadingState } from '../../ui/states';
import { WaitsList } from '../bottlenecks/WaitsTable';
import { ChangeText } from '../insights/ChangeText';
import { DrillLink } from '../insights/DrillLink';
import { KpiTile } from '../insights/KpiTile';
import { LinkNotices } from '../insights/LinkNotices';
import { QueryStates } from '../insights/QueryStates';
import { monthlyQuickRanges, ScopeBar } from '../insights/ScopeBar';
import { useInsightScope } from '../insights/useInsightScope';
import { HotspotList } from '../policies/HotspotList';
import { ScoreLegend } from '../policies/ScoreBar';
import { TeamLoadTable } from '../staff/TeamLoadTable';
import { ActionsCard } from './ActionsCard';
import { FunnelCard } from './FunnelCard';
import { SeriesCard } from './lazy-charts';
import { ReviewPackDocument } from './graphql/review';
import { kpiTiles, kpiValue, tileHigherIsBetter } from './review-shape';
import { ReviewExport } from './ReviewExport';
import { ReviewNotes } from './ReviewNotes';
import { RisingCard } from './RisingCard';
import { useReviewNotes } from './useReviewNotes';
import { WarningSignsPanel } from './WarningSignsPanel';
import '../insights/insights.css';
import './Review.css';

/** The review pack accepts at most 366 days: twelve months. */
export const REVIEW_MAX_MONTHS = 12;

type Pack = ReviewPackQuery['reviewPack'];

/** The period before the API has named it. */
const rangeLabel = (scope: InsightScope) => formatMonthRange(scope.range);

/**
 * The monthly service review: headline figures against the comparison period, warning signs,
 * trends with improvement actions marked, rising themes, bottlenecks, policy hotspots, staff
 * load, complaint handling, actions and their effect, the meeting's notes; export and print.
 */
export default function ReviewPage() {
  const user = useCurrentUser();
  const { scope, input, adjusted, dropped, now, setScope } = useInsightScope({
    defaultRange: lastWholeMonth,
    maxMonths: REVIEW_MAX_MONTHS,
  });
  const query = useQuery(ReviewPackDocument, {
    variables: { input },
    notifyOnNetworkStatusChange: true,
  });
  // The notes belong to the review period (not the filter), like the exported pack's.
  const canWriteNotes = user ? MANAGER_ROLES.includes(user.role) : false;
  const notes = useReviewNotes({ from: input.from, to: input.to }, canWriteNotes);
  const label = query.data?.reviewPack.period.label ?? rangeLabel(scope);

  // The printout shows what the folded parts (staffing records, example wording) hold.
  useEffect(() => {
    const unfold = () =>
      document
        .querySelectorAll<HTMLDetailsElement>('.review-page details')
        .forEach((details) => (details.open = true));
    window.addEventListener('beforeprint', unfold);
    return () => window.removeEventListener('beforeprint', unfold);
  }, []);
  const comparison = query.data?.reviewPack.comparisonPeriod?.label;

  return (
    <div className="review-page">
      <PageHeader
        eyebrow="Monthly service review"
        title={`Service review: ${label}`}
        description={
          <span className="insight-period">
            {scope.comparison === 'NONE'
              ? 'Without a comparison period.'
              : comparison
                ? `Compared with ${comparison}.`
                : 'Against the comparison period.'}{' '}
            {query.data
              ? `Figures as of ${formatShortDateTime(query.data.reviewPack.generatedAt)}.`
              : null}
          </span>
        }
        actions={<ReviewExport scope={input} />}
      />
      <div className="insight-page">
        <div className="review-no-print">
          <ScopeBar
            scope={scope}
            onChange={setScope}
            now={now}
            maxMonths={REVIEW_MAX_MONTHS}
            quickRanges={monthlyQuickRanges(now)}
            filters
            idPrefix="review"
          />
        </div>
        <LinkNotices adjusted={adjusted} dropped={dropped}>
          The period in the link could not be used as it was, so {rangeLabel(scope)} is shown (the
          review covers at most {REVIEW_MAX_MONTHS} months).
        </LinkNotices>
        <QueryStates query={query} what="the review" lines={6}>
          {(data) => (
            <ReviewContent
              pack={data.reviewPack}
              scope={scope}
              canCreateActions={user ? ANALYST_ROLES.includes(user.role) : false}
            />
          )}
        </QueryStates>
        <ReviewNotes notes={notes} canWrite={canWriteNotes} periodLabel={label} />
      </div>
    </div>
  );
}

/**
 * Where the review judges one measure twice and the verdicts point different ways (complaints down
 * on last month but up on the same weeks of past years; a warning sign lower than last month but
 * still on alert), the sentence that says why both hold.
 */
function Reconciliations({ items }: { items: Pack['reconciliations'] }) {
  return items.map((item) => (
    <Alert key={item.measure} tone="info" title="Two verdicts, two baselines">
      {item.text}
    </Alert>
  ));
}

function ReviewContent({
  pack,
  scope,
  canCreateActions,
}: {
  pack: Pack;
  scope: InsightScope;
  canCreateActions: boolean;
}) {
  const period = pack.period;
  const comparison = pack.comparisonPeriod?.label ?? null;
  const search = insightSearch(scope);
  const received = kpiValue(pack.kpis, 'items');
  if (received === 0) {
    return (
      <EmptyState
        title={`Nothing was received in ${period.label}`}
        action={<Link to="/explorer">Search all items</Link>}
      >
        Choose another period, or widen the filters. If this is unexpected, check that intake
        (forms, imports, integrations) is running.
      </EmptyState>
    );
  }
  const lead = pack.kpis.find((kpi) => kpi.key === 'lead-time-p50');
  const { bottlenecks } = pack;
  const sla = bottlenecks.serviceLevels;

  return (
    <>
      <section aria-labelledby="review-kpis-title" className="review-kpis">
        <h2 id="review-kpis-title" className="visually-hidden">
          Headline figures, {period.label}
        </h2>
        <dl className="kpi-tiles">
          {kpiTiles(pack.kpis).map((kpi) => (
            <KpiTile
              key={kpi.key}
              label={kpi.label}
              value={kpi.value}
              format={kpi.format}
              change={kpi.change}
              higherIsBetter={tileHigherIsBetter(kpi)}
              drilldown={kpi.drilldown}
              drilldownLabel={kpi.drilldownLabel}
              periodLabel={period.label}
              comparisonLabel={comparison}
            />
          ))}
        </dl>
        {lead ? (
          <p className="review-kpis__more">
            Median lead time{' '}
            <DrillLink drilldown={lead.drilldown} about={`Items resolved, ${period.label}`}>
              {formatValue(lead.value, lead.format)}
            </DrillLink>{' '}
            <ChangeText change={lead.change} higherIsBetter={false} comparedWith={comparison} />
          </p>
        ) : null}
        <Reconciliations items={pack.reconciliations} />
      </section>

      <div className="insight-grid review-grid">
        <WarningSignsPanel
          signs={pack.warningSigns.signs}
          alerts={pack.warningSigns.alerts}
          watches={pack.warningSigns.watches}
          periodLabel={period.label}
          comparisonLabel={comparison}
        />
        <RisingCard
          themes={pack.risingSignals.themes}
          policies={pack.risingSignals.policies}
          testedLabel={pack.risingSignals.testedWeeks?.label ?? null}
        />
      </div>

      <section aria-labelledby="review-trends-title" className="review-trends">
        <div className="review-section__head">
          <h2 id="review-trends-title" className="review-section__title">
            Trends
          </h2>
          <Link to={`/trends${search}`} className="section-link review-no-print">
            Any metric by any dimension →
          </Link>
        </div>
        <div className="insight-grid insight-grid--thirds">
          <Suspense fallback={<LoadingState label="Loading the charts…" />}>
            {[pack.trends.complaints, pack.trends.negativeShare, pack.trends.satisfaction].map(
              (series) => (
                <SeriesCard
                  key={series.metric}
                  series={series}
                  interval={pack.trends.interval}
                  markers={pack.trends.markers}
                  period={period}
                  comparisonLabel={comparison}
                  titleId={`review-trend-${series.metric.toLowerCase()}`}
                />
              ),
            )}
          </Suspense>
        </div>
      </section>

      <Card
        title="Policy friction hotspots"
        titleId="review-hotspots-title"
        actions={
          <Link to={`/policies${search}`} className="section-link review-no-print">
            All policy friction →
          </Link>
        }
      >
        {pack.policyHotspots.policies.length === 0 ? (
          <p className="insight-list__text">No item was linked to a policy in the period.</p>
        ) : (
          <>
            <HotspotList
              hotspots={pack.policyHotspots.policies.slice(0, 5)}
              periodLabel={period.label}
              hrefOf={(policyId) => `/policies${search}&policy-view=${policyId}`}
              caption={`Policies with the most friction, ${period.label}`}
            />
            <ScoreLegend parts={pack.policyHotspots.policies[0].parts} />
          </>
        )}
      </Card>

      <div className="insight-grid review-grid">
        <Card
          title="Where requests wait"
          titleId="review-bottlenecks-title"
          actions={
            <Link to={`/bottlenecks${search}`} className="section-link review-no-print">
              All bottlenecks →
            </Link>
          }
        >
          <ul className="review-facts">
            <li>
              First responses on time:{' '}
              <strong>{formatValue(sla.firstResponse.attainment.share, 'SHARE')}</strong>,{' '}
              <DrillLink
                drilldown={sla.firstResponse.breachesDrilldown}
                about={`Late first responses, ${period.label}`}
              >
                {formatNumber(sla.firstResponse.breached)} late
              </DrillLink>
            </li>
            <li>
              Resolutions on time:{' '}
              <strong>{formatValue(sla.resolution.attainment.share, 'SHARE')}</strong>,{' '}
              <DrillLink
                drilldown={sla.resolution.breachesDrilldown}
                about={`Late resolutions, ${period.label}`}
              >
                {formatNumber(sla.resolution.breached)} late
              </DrillLink>
            </li>
            <li>
              Flow efficiency:{' '}
              <strong>
                {bottlenecks.flowEfficiency === null
                  ? '—'
                  : formatPercent(bottlenecks.flowEfficiency)}
              </strong>{' '}
              of lead time was work, the rest waiting
            </li>
            <li>
              Open at the end:{' '}
              <DrillLink
                drilldown={bottlenecks.backlog.drilldown}
                about={`Open items at the end of ${period.label}`}
              >
                {formatNumber(bottlenecks.backlog.count)} items
              </DrillLink>
              {bottlenecks.backlog.ageP50Hours === null
                ? ''
                : `, half of them older than ${formatValue(bottlenecks.backlog.ageP50Hours, 'HOURS')}`}
            </li>
          </ul>
          {bottlenecks.waits.length === 0 ? (
            <p className="insight-list__text">No request waited in the period.</p>
          ) : (
            <WaitsList waits={bottlenecks.waits.slice(0, 5)} periodLabel={period.label} />
          )}
        </Card>
        <FunnelCard
          funnel={pack.complaintFunnel}
          periodLabel={period.label}
          comparisonLabel={comparison}
        />
      </div>

      <Card
        title="Staff load"
        titleId="review-staff-title"
        actions={
          <Link to={`/staff${search}`} className="section-link review-no-print">
            Staff page →
          </Link>
        }
      >
        <p className="review-section__lead">
          Pulse figures appear only for groups of at least five anonymous entries; smaller groups
          are merged or hidden, so no one can be told apart.
        </p>
        {pack.staffLoad.teams.length === 0 ? (
          <p className="insight-list__text">No team has staff recorded.</p>
        ) : (
          <TeamLoadTable
            teams={pack.staffLoad.teams}
            periodLabel={period.label}
            caption={`Load against capacity per team, ${period.label}`}
            compact
          />
        )}
        {pack.staffLoad.anonymityNotes.length > 0 ? (
          <ul className="review-notes-list">
            {pack.staffLoad.anonymityNotes.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
        ) : null}
      </Card>

      <ActionsCard actions={pack.actions} impacts={pack.impacts} canCreate={canCreateActions} />
    </>
  );
}
