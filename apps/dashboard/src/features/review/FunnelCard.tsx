import { Suspense } from 'react';
import { useNavigate } from 'react-router';
import type { FunnelFieldsFragment } from '../../graphql/generated/graphql';
import { drilldownUrl } from '../../lib/drilldown-url';
import { formatNumber, formatPercent } from '../../lib/format';
import '../../ui/DataTable.css';
import { ChartCard } from '../insights/ChartCard';
import { DrillLink } from '../insights/DrillLink';
import { FunnelBars } from './lazy-charts';
import { funnelRows } from './review-shape';

/**
 * How far the period's complaints got through the protocol: acknowledged → options offered →
 * followed through → satisfaction checked → feedback asked. A bar opens the complaints that
 * reached its step; the table also lists those that stopped there.
 */
export function FunnelCard({
  funnel,
  periodLabel,
  comparisonLabel,
}: {
  funnel: FunnelFieldsFragment;
  periodLabel: string;
  comparisonLabel: string | null;
}) {
  const navigate = useNavigate();
  const rows = funnelRows(funnel);
  const about = (what: string) => `${what}, ${periodLabel}`;
  return (
    <ChartCard
      title="Complaint handling"
      titleId="review-funnel-title"
      description={
        <>
          Of the{' '}
          <DrillLink drilldown={funnel.drilldown} about={about('Complaints')}>
            {formatNumber(funnel.complaints)} complaints
          </DrillLink>{' '}
          received, how many went through each step of the protocol, every step before it included.
        </>
      }
      chart={
        funnel.complaints === 0 ? (
          <p className="chart-note">No complaints were received in {periodLabel}.</p>
        ) : (
          <Suspense
            fallback={
              <div className="chart-placeholder" style={{ height: 40 + rows.length * 38 }} />
            }
          >
            <FunnelBars
              rows={rows.map((row) => ({ label: row.label, share: row.share }))}
              title={`Complaints through each step of the protocol, ${periodLabel}`}
              onOpen={(index) => {
                const row = rows[index];
                if (row)
                  void navigate(
                    drilldownUrl(
                      row.stage.drilldown,
                      about(`Complaints: ${row.label.toLowerCase()}`),
                    ),
                  );
              }}
            />
          </Suspense>
        )
      }
      table={
        <table className="data-table">
          <caption>{`Complaint-handling protocol, ${periodLabel}`}</caption>
          <thead>
            <tr>
              <th scope="col">Step</th>
              <th scope="col" className="data-table__number">
                Reached
              </th>
              <th scope="col" className="data-table__number">
                Share
              </th>
              {comparisonLabel ? (
                <th scope="col" className="data-table__number">
                  {comparisonLabel}
                </th>
              ) : null}
              <th scope="col" className="data-table__number">
                Stopped here
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.step}>
                <th scope="row">{row.label}</th>
                <td className="data-table__number">
                  <DrillLink
                    drilldown={row.stage.drilldown}
                    about={about(`Complaints: ${row.label.toLowerCase()}`)}
                  >
                    {formatNumber(row.reached)}
                  </DrillLink>
                </td>
                <td className="data-table__number">{formatPercent(row.share)}</td>
                {comparisonLabel ? (
                  <td className="data-table__number">
                    {row.previousShare === null ? '—' : formatPercent(row.previousShare)}
                  </td>
                ) : null}
                <td className="data-table__number">
                  <DrillLink
                    drilldown={row.stage.stoppedDrilldown}
                    about={about(`Complaints that stopped before “${row.label.toLowerCase()}”`)}
                  >
                    {formatNumber(row.stoppedHere)}
                  </DrillLink>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      }
      footer={
        comparisonLabel && funnel.complaints > 0 ? (
          <ul className="review-notes-list" aria-label={`Each step against ${comparisonLabel}`}>
            {rows.map((row) => (
              <li key={row.step}>{row.stage.verdict}</li>
            ))}
          </ul>
        ) : null
      }
    />
  );
}
