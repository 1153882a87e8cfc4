import { useState } from 'react';
import type { FlowDimension } from '../../graphql/generated/graphql';
import { formatHours, formatNumber } from '../../lib/format';
import { itemKindPlural } from '../../lib/labels';
import { Card } from '../../ui/Card';
import { ChangeText } from '../insights/ChangeText';
import { DrillLink } from '../insights/DrillLink';
import { durationRows } from './flow-shape';
import '../../ui/DataTable.css';
import type { Flow } from './flow';

const DIMENSIONS = [
  ['TEAM', 'Team'],
  ['KIND', 'Kind'],
  ['THEME', 'Theme'],
  ['POLICY', 'Policy'],
] as const satisfies readonly (readonly [FlowDimension, string])[];

/** Lead time and time to first response per team, kind, theme or policy (p50 and p90). */
export function DurationsCard({ flow }: { flow: Flow }) {
  const [dimension, setDimension] = useState<FlowDimension>('TEAM');
  const rows = durationRows(
    flow.leadTimes,
    flow.firstResponses,
    dimension,
    (figure) => figure.subject?.name ?? (figure.kind ? itemKindPlural[figure.kind] : 'None'),
  );
  const period = flow.period.label;
  return (
    <Card
      title="Lead time and first response"
      titleId="durations-title"
      actions={
        <div className="segmented" role="group" aria-label="Group times by">
          {DIMENSIONS.map(([value, label]) => (
            <button
              key={value}
              type="button"
              className="period__preset"
              aria-pressed={dimension === value}
              onClick={() => setDimension(value)}
            >
              By {label.toLowerCase()}
            </button>
          ))}
        </div>
      }
    >
      <p className="chart-card__description">
        Lead time (received → resolved) of items resolved in the period; first response of items
        received in it. Medians and the slowest tenth; slowest lead time first.
      </p>
      {rows.length === 0 ? (
        <p className="insight-list__text">Nothing to group in the period.</p>
      ) : (
        <div className="table-frame">
          <table className="data-table">
            <caption className="visually-hidden">{`Lead time and first response by ${dimension.toLowerCase()}, ${period}`}</caption>
            <thead>
              <tr>
                <th scope="col" rowSpan={2}>
                  {DIMENSIONS.find(([value]) => value === dimension)?.[1]}
                </th>
                <th scope="colgroup" colSpan={4}>
                  Lead time
                </th>
                <th scope="colgroup" colSpan={3}>
                  First response
                </th>
              </tr>
              <tr>
                <th scope="col" className="data-table__number">
                  Resolved
                </th>
                <th scope="col" className="data-table__number">
                  Median
                </th>
                <th scope="col" className="data-table__number">
                  Slowest 10%
                </th>
                <th scope="col">Change</th>
                <th scope="col" className="data-table__number">
                  Received
                </th>
                <th scope="col" className="data-table__number">
                  Median
                </th>
                <th scope="col">Change</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.key}>
                  <th scope="row">{row.label}</th>
                  <td className="data-table__number">
                    {row.lead ? (
                      <DrillLink
                        drilldown={row.lead.drilldown}
                        about={`Resolved items, ${row.label}, ${period}`}
                      >
                        {formatNumber(row.lead.items)}
                      </DrillLink>
                    ) : (
                      '—'
                    )}
                  </td>
                  <td className="data-table__number">
                    {row.lead?.p50Hours == null ? '—' : formatHours(row.lead.p50Hours)}
                  </td>
                  <td className="data-table__number">
                    {row.lead?.p90Hours == null ? '—' : formatHours(row.lead.p90Hours)}
                  </td>
                  <td>
                    {row.lead ? (
                      <ChangeText
                        change={row.lead.change}
                        higherIsBetter={false}
                        comparedWith={flow.comparisonPeriod?.label ?? null}
                      />
                    ) : (
                      '—'
                    )}
                  </td>
                  <td className="data-table__number">
                    {row.firstResponse ? (
                      <DrillLink
                        drilldown={row.firstResponse.drilldown}
                        about={`Items received, ${row.label}, ${period}`}
                      >
                        {formatNumber(row.firstResponse.items)}
                      </DrillLink>
                    ) : (
                      '—'
                    )}
                  </td>
                  <td className="data-table__number">
                    {row.firstResponse?.p50Hours == null
                      ? '—'
                      : formatHours(row.firstResponse.p50Hours)}
                  </td>
                  <td>
                    {row.firstResponse ? (
                      <ChangeText
                        change={row.firstResponse.change}
                        higherIsBetter={false}
                        comparedWith={flow.comparisonPeriod?.label ?? null}
                      />
                    ) : (
                      '—'
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Card>
  );
}
