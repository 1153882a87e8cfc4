import { useState } from 'react';
import { Link } from 'react-router';
import { formatHours, formatNumber, formatPercent } from '../../lib/format';
import { itemKindPlural, slaClockLabel } from '../../lib/labels';
import { referenceOf } from '../../lib/reference';
import { Card } from '../../ui/Card';
import { DrillLink } from '../insights/DrillLink';
import { Meter } from '../insights/Meter';
import '../../ui/DataTable.css';
import type { Flow } from './flow';

/** Service levels per team (and per kind): attainment and the breaches behind it. */
export function SlaCard({ flow, settingsLink }: { flow: Flow; settingsLink: boolean }) {
  const { serviceLevels } = flow;
  const [dimension, setDimension] = useState<'TEAM' | 'KIND'>('TEAM');
  const groups = serviceLevels.groups.filter((group) => group.dimension === dimension);
  const nameOf = (group: Flow['serviceLevels']['groups'][number]) =>
    group.team?.name ?? (group.kind ? itemKindPlural[group.kind] : 'No team');
  const cell = (
    attainment: Flow['serviceLevels']['firstResponse'],
    clock: 'FIRST_RESPONSE' | 'RESOLUTION',
    name: string,
  ) => (
    <>
      <td>
        <Meter
          share={attainment.attainment.share ?? 0}
          text={
            attainment.attainment.share === null ? '—' : formatPercent(attainment.attainment.share)
          }
          color="var(--chart-green)"
        />
      </td>
      <td className="data-table__number">
        <DrillLink
          drilldown={attainment.breachesDrilldown}
          about={`Missed ${slaClockLabel[clock]} targets, ${name}, ${flow.period.label}`}
        >
          {formatNumber(attainment.breached)}
        </DrillLink>
      </td>
    </>
  );
  return (
    <Card
      title="Service levels"
      titleId="sla-title"
      actions={
        <div className="segmented" role="group" aria-label="Group service levels by">
          {(['TEAM', 'KIND'] as const).map((value) => (
            <button
              key={value}
              type="button"
              className="period__preset"
              aria-pressed={dimension === value}
              onClick={() => setDimension(value)}
            >
              By {value === 'TEAM' ? 'team' : 'kind'}
            </button>
          ))}
        </div>
      }
    >
      <p className="chart-card__description">
        Items received in the period; open items already past their target count as missed. First
        responses on time:{' '}
        <strong>
          {serviceLevels.firstResponse.attainment.share === null
            ? '—'
            : formatPercent(serviceLevels.firstResponse.attainment.share)}
        </strong>
        {serviceLevels.previousFirstResponseAttainment === null
          ? ''
          : ` (before: ${formatPercent(serviceLevels.previousFirstResponseAttainment)})`}
        ; resolutions:{' '}
        <strong>
          {serviceLevels.resolution.attainment.share === null
            ? '—'
            : formatPercent(serviceLevels.resolution.attainment.share)}
        </strong>
        {serviceLevels.previousResolutionAttainment === null
          ? ''
          : ` (before: ${formatPercent(serviceLevels.previousResolutionAttainment)})`}
        .
        {settingsLink ? (
          <>
            {' '}
            Targets are set in <Link to="/settings/service-levels">Settings → Service levels</Link>.
          </>
        ) : null}
      </p>
      <div className="table-frame">
        <table className="data-table">
          <caption className="visually-hidden">{`Service levels by ${dimension === 'TEAM' ? 'team' : 'kind'}, ${flow.period.label}`}</caption>
          <thead>
            <tr>
              <th scope="col">{dimension === 'TEAM' ? 'Team' : 'Kind'}</th>
              <th scope="col">First response on time</th>
              <th scope="col" className="data-table__number">
                Late
              </th>
              <th scope="col">Resolved on time</th>
              <th scope="col" className="data-table__number">
                Late
              </th>
            </tr>
          </thead>
          <tbody>
            {groups.map((group) => {
              const name = nameOf(group);
              return (
                <tr key={`${group.team?.id ?? ''}${group.kind ?? ''}`}>
                  <th scope="row">{name}</th>
                  {cell(group.firstResponse, 'FIRST_RESPONSE', name)}
                  {cell(group.resolution, 'RESOLUTION', name)}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {serviceLevels.worstBreaches.length > 0 ? (
        <details className="insight-more">
          <summary>
            Open items furthest past a target ({formatNumber(serviceLevels.worstBreaches.length)})
          </summary>
          <ul className="insight-more__list">
            {serviceLevels.worstBreaches.map((breach) => (
              <li key={`${breach.itemId}-${breach.clock}`}>
                <Link to={`/explorer/items/${breach.itemId}`}>{referenceOf(breach.itemId)}</Link>{' '}
                {formatHours(breach.overdueHours)} past its {slaClockLabel[breach.clock]} target
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </Card>
  );
}
