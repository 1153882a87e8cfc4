import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { Bar, BarChart, CartesianGrid, ComposedChart, Line, Tooltip, XAxis, YAxis } from 'recharts';
import {
  ChartContainer,
  ChartTooltipContent,
  seriesColor,
  type ChartConfig,
} from '../../charts/ChartContainer';
import type { BottlenecksQuery, FlowDimension } from '../../graphql/generated/graphql';
import { drilldownUrl } from '../../lib/drilldown-url';
import { formatHours, formatNumber, formatPercent, formatShortDate } from '../../lib/format';
import { itemKindPlural, itemStatusLabel, slaClockLabel } from '../../lib/labels';
import { referenceOf } from '../../lib/reference';
import { Card } from '../../ui/Card';
import '../../ui/DataTable.css';
import { ChangeText } from '../insights/ChangeText';
import { ChartCard } from '../insights/ChartCard';
import { DrillLink } from '../insights/DrillLink';
import { Meter } from '../insights/Meter';
import { bandDrilldown, durationRows, flowRows } from './flow-shape';

type Flow = BottlenecksQuery['bottlenecks'];

const flowConfig: ChartConfig = {
  arrivals: { label: 'Arrivals', color: 'var(--chart-orange)' },
  completions: { label: 'Completions', color: 'var(--chart-blue)' },
  backlog: { label: 'Open at the end of the week', color: 'var(--chart-black)' },
};

/** Arrivals against completions per week, with the backlog they leave; a bar opens its items. */
export function FlowCard({ flow }: { flow: Flow }) {
  const navigate = useNavigate();
  const rows = flowRows(flow.weekly);
  const open = (index: number, key: 'arrivals' | 'completions') => {
    const week = flow.weekly[index];
    if (!week) return;
    const drilldown = key === 'arrivals' ? week.arrivalsDrilldown : week.completionsDrilldown;
    void navigate(
      drilldownUrl(
        drilldown,
        `${key === 'arrivals' ? 'Arrivals' : 'Completions'}, week of ${formatShortDate(week.weekStart)}`,
      ),
    );
  };
  return (
    <ChartCard
      title="Arrivals and completions"
      titleId="flow-title"
      description="Items received and resolved each week; when arrivals outrun completions the backlog grows. Click a bar to open its items."
      chart={
        <ChartContainer
          config={flowConfig}
          height={300}
          formatValue={formatNumber}
          legend={{ label: 'Series' }}
        >
          <ComposedChart
            data={rows}
            margin={{ top: 8, right: 8, bottom: 0, left: 0 }}
            title={`Arrivals and completions per week, ${flow.period.label}`}
          >
            <CartesianGrid vertical={false} />
            <XAxis dataKey="tick" tickLine={false} axisLine={false} minTickGap={12} />
            <YAxis
              tickFormatter={formatNumber}
              tickLine={false}
              axisLine={false}
              width={48}
              allowDecimals={false}
            />
            <Tooltip content={<ChartTooltipContent />} />
            <Bar
              dataKey="arrivals"
              fill={seriesColor('arrivals')}
              isAnimationActive={false}
              radius={[3, 3, 0, 0]}
              style={{ cursor: 'pointer' }}
              onClick={(_, index) => open(index, 'arrivals')}
            />
            <Bar
              dataKey="completions"
              fill={seriesColor('completions')}
              isAnimationActive={false}
              radius={[3, 3, 0, 0]}
              style={{ cursor: 'pointer' }}
              onClick={(_, index) => open(index, 'completions')}
            />
            <Line
              dataKey="backlog"
              stroke={seriesColor('backlog')}
              strokeWidth={2}
              strokeDasharray="5 3"
              dot={{ r: 2 }}
              isAnimationActive={false}
            />
          </ComposedChart>
        </ChartContainer>
      }
      table={
        <table className="data-table">
          <caption>{`Arrivals and completions per week, ${flow.period.label}`}</caption>
          <thead>
            <tr>
              <th scope="col">Week of</th>
              <th scope="col" className="data-table__number">
                Arrivals
              </th>
              <th scope="col" className="data-table__number">
                Completions
              </th>
              <th scope="col" className="data-table__number">
                Net
              </th>
              <th scope="col" className="data-table__number">
                Open at the end
              </th>
            </tr>
          </thead>
          <tbody>
            {flow.weekly.map((week) => (
              <tr key={week.weekStart}>
                <th scope="row">{formatShortDate(week.weekStart)}</th>
                <td className="data-table__number">
                  <DrillLink
                    drilldown={week.arrivalsDrilldown}
                    about={`Arrivals, week of ${formatShortDate(week.weekStart)}`}
                  >
                    {formatNumber(week.arrivals)}
                  </DrillLink>
                </td>
                <td className="data-table__number">
                  <DrillLink
                    drilldown={week.completionsDrilldown}
                    about={`Completions, week of ${formatShortDate(week.weekStart)}`}
                  >
                    {formatNumber(week.completions)}
                  </DrillLink>
                </td>
                <td className="data-table__number">
                  {week.net > 0 ? `+${formatNumber(week.net)}` : formatNumber(week.net)}
                </td>
                <td className="data-table__number">{formatNumber(week.backlogAtEnd)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}

const bandConfig: ChartConfig = {
  count: { label: 'Open items', color: 'var(--chart-vermillion)' },
};

/** The backlog at the end of the period by age, and its oldest items. */
export function BacklogCard({ flow }: { flow: Flow }) {
  const navigate = useNavigate();
  const { backlog } = flow;
  const at = formatShortDate(backlog.at);
  const about = (label: string) => `Open items ${label} old, ${at}`;
  return (
    <ChartCard
      title="Backlog by age"
      titleId="backlog-title"
      description={
        <>
          <DrillLink drilldown={backlog.drilldown} about={`Open items, ${at}`}>
            {formatNumber(backlog.count)} open
          </DrillLink>{' '}
          on {at} <ChangeText change={backlog.change} higherIsBetter={false} />. Half are older than{' '}
          {backlog.ageP50Hours === null ? '—' : formatHours(backlog.ageP50Hours)}, one in ten older
          than {backlog.ageP90Hours === null ? '—' : formatHours(backlog.ageP90Hours)}.
        </>
      }
      chart={
        <ChartContainer config={bandConfig} height={220} formatValue={formatNumber}>
          <BarChart
            data={backlog.bands.map((band) => ({ label: band.label, count: band.count }))}
            margin={{ top: 8, right: 8, bottom: 0, left: 0 }}
            title={`Open items by age, ${at}`}
          >
            <CartesianGrid vertical={false} />
            <XAxis dataKey="label" tickLine={false} axisLine={false} />
            <YAxis
              tickFormatter={formatNumber}
              tickLine={false}
              axisLine={false}
              width={40}
              allowDecimals={false}
            />
            <Tooltip content={<ChartTooltipContent />} />
            <Bar
              dataKey="count"
              fill={seriesColor('count')}
              isAnimationActive={false}
              radius={[3, 3, 0, 0]}
              style={{ cursor: 'pointer' }}
              onClick={(_, index) => {
                const band = backlog.bands[index];
                if (band)
                  void navigate(drilldownUrl(bandDrilldown(backlog, band), about(band.label)));
              }}
            />
          </BarChart>
        </ChartContainer>
      }
      footer={
        backlog.oldest.length > 0 ? (
          <details className="insight-more">
            <summary>The {formatNumber(backlog.oldest.length)} oldest open items</summary>
            <ul className="insight-more__list">
              {backlog.oldest.map((item) => (
                <li key={item.itemId}>
                  <Link to={`/explorer/items/${item.itemId}`}>{referenceOf(item.itemId)}</Link>{' '}
                  {formatHours(item.ageHours)} old, {itemStatusLabel[item.status].toLowerCase()}
                </li>
              ))}
            </ul>
          </details>
        ) : null
      }
      table={
        <table className="data-table">
          <caption>{`Open items by age, ${at}`}</caption>
          <thead>
            <tr>
              <th scope="col">Age</th>
              <th scope="col" className="data-table__number">
                Open items
              </th>
            </tr>
          </thead>
          <tbody>
            {backlog.bands.map((band) => (
              <tr key={band.label}>
                <th scope="row">{band.label}</th>
                <td className="data-table__number">
                  <DrillLink drilldown={bandDrilldown(backlog, band)} about={about(band.label)}>
                    {formatNumber(band.count)}
                  </DrillLink>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}

const statusConfig: ChartConfig = {
  waiting: { label: 'Waiting', color: 'var(--chart-orange)' },
  working: { label: 'Being worked on', color: 'var(--chart-blue)' },
};

/** Where resolved items spent their open time: waiting statuses against working ones. */
export function StatusTimeCard({ flow }: { flow: Flow }) {
  const navigate = useNavigate();
  const rows = flow.timeInStatus.map((status) => ({
    label: itemStatusLabel[status.status],
    waiting: status.waiting ? status.shareOfLead : 0,
    working: status.waiting ? 0 : status.shareOfLead,
  }));
  const about = (label: string) =>
    `Items resolved in ${flow.period.label} that spent time “${label.toLowerCase()}”`;
  return (
    <ChartCard
      title="Time in each status"
      titleId="status-title"
      description={
        <>
          Of the open time of items resolved in the period. Flow efficiency (working time ÷ lead
          time):{' '}
          <strong>{flow.flowEfficiency === null ? '—' : formatPercent(flow.flowEfficiency)}</strong>
          . Reopened:{' '}
          <strong>
            {flow.reopenRate.share === null ? '—' : formatPercent(flow.reopenRate.share)}
          </strong>{' '}
          ({formatNumber(flow.reopenRate.successes)} of {formatNumber(flow.reopenRate.trials)}).
        </>
      }
      chart={
        <ChartContainer
          config={statusConfig}
          height={48 + rows.length * 40}
          formatValue={formatPercent}
          legend={{ label: 'Kinds of time' }}
        >
          <BarChart
            data={rows}
            layout="vertical"
            margin={{ top: 0, right: 16, bottom: 0, left: 0 }}
            title={`Share of open time per status, ${flow.period.label}`}
          >
            <CartesianGrid horizontal={false} />
            <XAxis
              type="number"
              domain={[0, 1]}
              tickFormatter={formatPercent}
              tickLine={false}
              axisLine={false}
            />
            <YAxis type="category" dataKey="label" width={170} tickLine={false} axisLine={false} />
            <Tooltip content={<ChartTooltipContent />} />
            {(['waiting', 'working'] as const).map((key) => (
              <Bar
                key={key}
                dataKey={key}
                stackId="time"
                fill={seriesColor(key)}
                isAnimationActive={false}
                style={{ cursor: 'pointer' }}
                onClick={(_, index) => {
                  const status = flow.timeInStatus[index];
                  if (status)
                    void navigate(
                      drilldownUrl(status.drilldown, about(itemStatusLabel[status.status])),
                    );
                }}
              />
            ))}
          </BarChart>
        </ChartContainer>
      }
      table={
        <table className="data-table">
          <caption>{`Time in each status, items resolved in ${flow.period.label}`}</caption>
          <thead>
            <tr>
              <th scope="col">Status</th>
              <th scope="col" className="data-table__number">
                Items
              </th>
              <th scope="col" className="data-table__number">
                Mean per item
              </th>
              <th scope="col" className="data-table__number">
                Share of open time
              </th>
            </tr>
          </thead>
          <tbody>
            {flow.timeInStatus.map((status) => (
              <tr key={status.status}>
                <th scope="row">
                  {itemStatusLabel[status.status]} ({status.waiting ? 'waiting' : 'working'})
                </th>
                <td className="data-table__number">
                  <DrillLink
                    drilldown={status.drilldown}
                    about={about(itemStatusLabel[status.status])}
                  >
                    {formatNumber(status.items)}
                  </DrillLink>
                </td>
                <td className="data-table__number">
                  {status.meanHours === null ? '—' : formatHours(status.meanHours)}
                </td>
                <td className="data-table__number">{formatPercent(status.shareOfLead)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}

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
                      <ChangeText change={row.lead.change} higherIsBetter={false} />
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
                      <ChangeText change={row.firstResponse.change} higherIsBetter={false} />
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
