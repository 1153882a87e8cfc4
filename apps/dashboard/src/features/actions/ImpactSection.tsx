import { useQuery } from '@apollo/client/react';
import { useId, useState, type ReactNode } from 'react';
import { Bar, BarChart, CartesianGrid, Cell, ErrorBar, Tooltip, XAxis, YAxis } from 'recharts';
import {
  ChartContainer,
  ChartTooltipContent,
  seriesColor,
  type ChartConfig,
} from '../../charts/ChartContainer';
import type { ImpactFieldsFragment } from '../../graphql/generated/graphql';
import { formatNumber, formatRatio } from '../../lib/format';
import { Badge } from '../../ui/Badge';
import '../../ui/DataTable.css';
import { DrillLink } from '../insights/DrillLink';
import { QueryStates } from '../insights/QueryStates';
import '../insights/insights.css';
import '../../ui/MonthRangePicker.css';
import { ImprovementImpactDocument } from './graphql/impact';
import { formatMeasure, impactBars, measureEffect, metricLabel } from './impact-shape';

/** Weeks compared before the action started and after it was done. */
export const WINDOW_CHOICES = [8, 12, 26] as const;

const barConfig: ChartConfig = {
  value: { label: 'Level', color: 'var(--chart-blue)' },
  before: { label: 'Before', color: 'var(--chart-sky)' },
  expected: { label: 'After, had it moved like the control', color: 'var(--chart-orange)' },
  after: { label: 'After, measured (with its 95% interval)', color: 'var(--chart-blue)' },
};

type Measure = ImpactFieldsFragment['measures'][number];

/**
 * The measured effect of an action: what it touched against a control (difference in
 * differences), per measure a before/after chart with the 95% interval and the verdict.
 */
export function ImpactSection({
  actionId,
  pending,
}: {
  actionId: string;
  /** Shown while the effect cannot be measured yet (the items either side of the start). */
  pending?: ReactNode;
}) {
  const [weeks, setWeeks] = useState<number>(12);
  const ids = useId();
  const query = useQuery(ImprovementImpactDocument, {
    variables: { input: { actionId, weeks } },
    notifyOnNetworkStatusChange: true,
  });
  return (
    <div className="impact">
      <div className="impact__controls">
        <label className="period__field" htmlFor={`${ids}-weeks`}>
          <span className="period__label">Weeks compared</span>
          <select
            id={`${ids}-weeks`}
            className="period__select"
            value={weeks}
            onChange={(event) => setWeeks(Number(event.target.value))}
          >
            {WINDOW_CHOICES.map((choice) => (
              <option key={choice} value={choice}>
                {choice} weeks before and after
              </option>
            ))}
          </select>
        </label>
      </div>
      <QueryStates query={query} what="the measured effect" lines={3}>
        {(data) => <ImpactBody impact={data.improvementImpact} pending={pending} />}
      </QueryStates>
    </div>
  );
}

function ImpactBody({ impact, pending }: { impact: ImpactFieldsFragment; pending: ReactNode }) {
  const ids = useId();
  const links = (
    <p className="impact__links">
      {impact.treatedBeforeDrilldown && impact.before ? (
        <DrillLink
          drilldown={impact.treatedBeforeDrilldown}
          about={`${impact.treated}, ${impact.before.label}`}
        >
          The items before ({impact.before.label})
        </DrillLink>
      ) : null}
      {impact.treatedAfterDrilldown && impact.after ? (
        <DrillLink
          drilldown={impact.treatedAfterDrilldown}
          about={`${impact.treated}, ${impact.after.label}`}
        >
          The items after ({impact.after.label})
        </DrillLink>
      ) : null}
    </p>
  );
  if (!impact.measurable) {
    return (
      <div className="impact__pending" data-testid="impact-pending">
        <p>{impact.summary}</p>
        <p className="insight-list__text">
          It will be compared on {impact.treated.charAt(0).toLowerCase() + impact.treated.slice(1)},
          against {impact.control.charAt(0).toLowerCase() + impact.control.slice(1)}.
        </p>
        {links}
        {pending}
      </div>
    );
  }
  const measures = impact.measures.filter((measure) => measure.estimable);
  const unmeasured = impact.measures.filter((measure) => !measure.estimable);
  return (
    <div className="impact__body">
      <dl className="impact__setup">
        <div>
          <dt>What it touched</dt>
          <dd>{impact.treated}</dd>
        </div>
        <div>
          <dt>Compared with</dt>
          <dd>{impact.control}</dd>
        </div>
        <div>
          <dt>Before</dt>
          <dd>{impact.before?.label ?? '—'}</dd>
        </div>
        <div>
          <dt>After</dt>
          <dd>{impact.after?.label ?? '—'}</dd>
        </div>
      </dl>
      {links}
      {measures.length === 0 ? (
        <p className="insight-list__text">{impact.summary}</p>
      ) : (
        <div className="impact__measures">
          {measures.map((measure) => (
            <MeasureCard key={measure.metric} measure={measure} />
          ))}
        </div>
      )}
      {unmeasured.length > 0 ? (
        <section className="impact__unmeasured" aria-labelledby={`${ids}-unmeasured`}>
          <h3 id={`${ids}-unmeasured`} className="impact-measure__title">
            Not measured
          </h3>
          <ul className="insight-list__text">
            {unmeasured.map((measure) => (
              <li key={measure.metric}>{measure.verdict}</li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}

function MeasureCard({ measure }: { measure: Measure }) {
  const bars = impactBars(measure);
  const effect = measureEffect(measure);
  const titleId = useId();
  const format = (value: number) => formatMeasure(measure.metric, value);
  return (
    <section className="impact-measure" aria-labelledby={titleId}>
      <h3 id={titleId} className="impact-measure__title">
        {metricLabel[measure.metric]}
      </h3>
      <p>
        <Badge tone={effect.tone} icon={effect.icon}>
          {effect.headline}
        </Badge>{' '}
        <span className="insight-list__text">{effect.interval}</span>
      </p>
      <figure className="impact-measure__figure" aria-labelledby={titleId}>
        <ChartContainer
          config={barConfig}
          height={200}
          formatValue={format}
          legend={{ keys: ['before', 'expected', 'after'], label: 'Bars' }}
        >
          <BarChart
            data={bars}
            margin={{ top: 12, right: 8, bottom: 0, left: 0 }}
            title={`${metricLabel[measure.metric]}: before, expected and measured after`}
          >
            <CartesianGrid vertical={false} />
            <XAxis
              dataKey="key"
              tickFormatter={(key: string) =>
                key === 'before' ? 'Before' : key === 'expected' ? 'Expected' : 'Measured'
              }
              tickLine={false}
              axisLine={false}
            />
            <YAxis
              tickFormatter={(value: number) =>
                measure.metric.endsWith('PER_WEEK')
                  ? value.toFixed(1)
                  : formatMeasure(measure.metric, value)
              }
              tickLine={false}
              axisLine={false}
              width={measure.metric.endsWith('PER_WEEK') ? 40 : 76}
            />
            <Tooltip
              content={<ChartTooltipContent formatLabel={(key) => barConfig[key]?.label ?? key} />}
            />
            <Bar dataKey="value" name="Level" isAnimationActive={false} radius={[3, 3, 0, 0]}>
              {bars.map((bar) => (
                <Cell key={bar.key} fill={seriesColor(bar.key)} />
              ))}
              <ErrorBar
                dataKey="error"
                width={14}
                strokeWidth={2}
                stroke="var(--color-text)"
                direction="y"
              />
            </Bar>
          </BarChart>
        </ChartContainer>
        <figcaption className="impact-measure__verdict">{measure.verdict}</figcaption>
      </figure>
      <div className="table-frame">
        <table className="data-table impact-measure__table">
          <caption className="visually-hidden">{`${metricLabel[measure.metric]}: the figures`}</caption>
          <thead>
            <tr>
              <th scope="col" />
              <th scope="col" className="data-table__number">
                Before
              </th>
              <th scope="col" className="data-table__number">
                After
              </th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">What it touched</th>
              <td className="data-table__number">
                {formatMeasure(measure.metric, measure.treatedBefore)}
              </td>
              <td className="data-table__number">
                {formatMeasure(measure.metric, measure.treatedAfter)}
              </td>
            </tr>
            <tr>
              <th scope="row">Control</th>
              <td className="data-table__number">
                {formatMeasure(measure.metric, measure.controlBefore)}
              </td>
              <td className="data-table__number">
                {formatMeasure(measure.metric, measure.controlAfter)}
              </td>
            </tr>
            <tr>
              <th scope="row">Expected without the change</th>
              <td className="data-table__number">—</td>
              <td className="data-table__number">
                {formatMeasure(measure.metric, measure.expectedAfter)}
              </td>
            </tr>
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">Ratio against the control</th>
              <td className="data-table__number" colSpan={2}>
                {measure.ratio === null ? '—' : formatRatio(measure.ratio)} ({effect.interval}),{' '}
                {formatNumber(measure.treatedCount)}{' '}
                {measure.metric.endsWith('PER_WEEK') ? 'weeks' : 'items'}
              </td>
            </tr>
          </tfoot>
        </table>
      </div>
    </section>
  );
}
