import { useQuery } from '@apollo/client/react';
import { useId, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useClock } from '../../lib/clock';
import { formatMonthShort, formatNumber, formatPercent } from '../../lib/format';
import { describeError } from '../../lib/graphql-errors';
import {
  monthOf,
  readMonthRange,
  toDateTimeRange,
  withMonthRange,
  type MonthRange,
} from '../../lib/period';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { Card } from '../../ui/Card';
import { MonthRangePicker } from '../../ui/MonthRangePicker';
import { PageHeader } from '../../ui/PageHeader';
import { SectionTabs } from '../../ui/SectionTabs';
import { EmptyState, ErrorState, LoadingState } from '../../ui/states';
import { TREND_TABS } from '../trends/tabs';
import { ItemVolumeDocument } from './graphql/item-volume';
import { VolumeChart } from './VolumeChart';
import { summariseVolume, toMonthlyVolumeRows } from './volume-rows';
import { VolumeTable } from './VolumeTable';
import './ItemVolumePage.css';

/** Months shown when the URL names no period, and the longest period the API accepts. */
export const DEFAULT_MONTHS = 24;
export const MAX_MONTHS = 120;

/** Items per month by kind: the first trend. The period lives in the URL (?from=YYYY-MM&to=YYYY-MM). */
export default function ItemVolumePage() {
  const [params, setParams] = useSearchParams();
  // The month only changes at midnight on the 1st; reading it once per mount is enough.
  const clock = useClock();
  const [now] = useState(clock);
  const { range, adjusted } = readMonthRange(params, {
    now,
    defaultMonths: DEFAULT_MONTHS,
    maxMonths: MAX_MONTHS,
  });
  const currentMonth = monthOf(now);

  const { data, loading, error, refetch } = useQuery(ItemVolumeDocument, {
    variables: { input: { ...toDateTimeRange(range), interval: 'MONTH' } },
    notifyOnNetworkStatusChange: true,
  });

  const setRange = (next: MonthRange) => setParams(withMonthRange(params, next));
  const periodText = `${formatMonthShort(range.from)} to ${formatMonthShort(range.to)}`;

  return (
    <>
      <PageHeader
        eyebrow="Trends"
        title="Items per month"
        description="Requests, complaints, feedback and compliments received each month, from every channel."
      />
      <SectionTabs label="Trends" tabs={TREND_TABS} />
      <div className="volume">
        <div className="volume__toolbar">
          <MonthRangePicker
            range={range}
            onChange={setRange}
            latest={currentMonth}
            maxMonths={MAX_MONTHS}
          />
        </div>
        {adjusted ? (
          <Alert tone="info" role="status">
            The period in the link could not be used as it was, so {periodText} is shown instead.
          </Alert>
        ) : null}
        <VolumeContent
          loading={loading && !data}
          error={error}
          retrying={loading}
          onRetry={() => void refetch()}
          points={data?.itemVolume}
          range={range}
          periodText={periodText}
          currentMonth={currentMonth}
        />
      </div>
    </>
  );
}

function VolumeContent({
  loading,
  error,
  retrying,
  onRetry,
  points,
  range,
  periodText,
  currentMonth,
}: {
  loading: boolean;
  error: unknown;
  retrying: boolean;
  onRetry: () => void;
  points: Parameters<typeof toMonthlyVolumeRows>[0] | undefined;
  range: MonthRange;
  periodText: string;
  currentMonth: string;
}) {
  const tableId = useId();
  const [showTable, setShowTable] = useState(false);

  if (loading) {
    return (
      <Card title="Items received per month, by kind" titleId="volume-chart-title">
        <LoadingState label="Loading monthly volumes…" lines={4} />
      </Card>
    );
  }
  if (error || !points) {
    const described = describeError(error);
    return (
      <Card title="Items received per month, by kind" titleId="volume-chart-title">
        <ErrorState
          title="Monthly volumes could not be loaded"
          message={described.message}
          onRetry={described.kind === 'forbidden' ? undefined : onRetry}
          retrying={retrying}
        />
      </Card>
    );
  }

  const rows = toMonthlyVolumeRows(points, range);
  const summary = summariseVolume(rows);
  if (summary.total === 0) {
    return (
      <Card title="Items received per month, by kind" titleId="volume-chart-title">
        <EmptyState
          title={`No items were received from ${periodText}`}
          action={<Link to="/forms/contact">Log a customer contact</Link>}
        >
          Choose a longer period, or check that intake (forms, imports, integrations) is running.
        </EmptyState>
      </Card>
    );
  }

  const caption = `Items received per month by kind, ${periodText}`;
  const partialMonth = range.to === currentMonth ? currentMonth : null;
  return (
    <>
      <section aria-labelledby="volume-totals-title">
        <h2 className="visually-hidden" id="volume-totals-title">
          Totals, {periodText}
        </h2>
        <dl className="volume__kpis">
          <Kpi
            label="Items received"
            value={formatNumber(summary.total)}
            detail={`${rows.length} months`}
          />
          <Kpi
            label="Complaints"
            value={formatNumber(summary.byKind.COMPLAINT)}
            detail={
              summary.complaintShare === null
                ? ''
                : `${formatPercent(summary.complaintShare)} of all items`
            }
          />
          <Kpi
            label="Monthly average"
            value={formatNumber(Math.round(summary.monthlyAverage))}
            detail="items per month"
          />
          <Kpi
            label="Busiest month"
            value={summary.busiest ? formatMonthShort(summary.busiest.month) : '—'}
            detail={summary.busiest ? `${formatNumber(summary.busiest.total)} items` : ''}
          />
        </dl>
      </section>
      <Card
        title="Items received per month, by kind"
        titleId="volume-chart-title"
        actions={
          <Button
            variant="secondary"
            size="sm"
            aria-expanded={showTable}
            aria-controls={tableId}
            onClick={() => setShowTable((shown) => !shown)}
          >
            {showTable ? 'Hide the numbers' : 'Show the numbers'}
          </Button>
        }
      >
        <figure className="volume__figure" aria-labelledby="volume-chart-title">
          <VolumeChart rows={rows} title={caption} />
          {partialMonth ? (
            <figcaption className="volume__note">
              {formatMonthShort(partialMonth)} is the current month, so its bar is still growing.
            </figcaption>
          ) : null}
        </figure>
        <VolumeTable
          id={tableId}
          rows={rows}
          summary={summary}
          caption={caption}
          visible={showTable}
          partialMonth={partialMonth}
        />
      </Card>
    </>
  );
}

function Kpi({ label, value, detail }: { label: string; value: string; detail: string }) {
  return (
    <div className="kpi">
      <dt className="kpi__label">{label}</dt>
      <dd className="kpi__value">{value}</dd>
      {detail ? <dd className="kpi__detail">{detail}</dd> : null}
    </div>
  );
}
