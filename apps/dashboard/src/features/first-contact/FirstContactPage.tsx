import { useQuery } from '@apollo/client/react';
import type {
  FirstContactFiguresFieldsFragment,
  FirstContactQuery,
} from '../../graphql/generated/graphql';
import { downloadText } from '../../lib/csv';
import { formatNumber, formatPercent } from '../../lib/format';
import { lastWholeMonths } from '../../lib/insight-scope';
import { Button } from '../../ui/Button';
import { Card } from '../../ui/Card';
import { SelectField } from '../../ui/fields/SelectField';
import { PageHeader } from '../../ui/PageHeader';
import { EmptyState } from '../../ui/states';
import '../../ui/DataTable.css';
import { DrillLink } from '../insights/DrillLink';
import { Meter } from '../insights/Meter';
import { LinkNotices } from '../insights/LinkNotices';
import { QueryStates } from '../insights/QueryStates';
import { monthlyQuickRanges, ScopeBar } from '../insights/ScopeBar';
import { useInsightScope } from '../insights/useInsightScope';
import { firstContactCsv, OUTCOME_COLUMNS, readGrain, withGrain } from './first-contact-shape';
import { FirstContactDocument } from './graphql/first-contact';
import '../insights/insights.css';

export const FIRST_CONTACT_MAX_MONTHS = 12;
const defaultRange = (now: Date) => lastWholeMonths(3, now);

/**
 * Front-line empowerment: how many problems are settled at the first contact rather than pushed
 * up or passed on, with exceptions granted there, by team, by policy and week by week.
 */
export default function FirstContactPage() {
  const { scope, input, adjusted, dropped, now, params, setParams, setScope } = useInsightScope({
    defaultRange,
    maxMonths: FIRST_CONTACT_MAX_MONTHS,
  });
  const grain = readGrain(params);
  const query = useQuery(FirstContactDocument, {
    variables: { input: { ...input, grain } },
    notifyOnNetworkStatusChange: true,
  });
  return (
    <>
      <PageHeader
        eyebrow="First contact"
        title="Decided at the first contact"
        description="How many requests and complaints get their answer from the person the customer first reached, and how many are escalated or referred — by team, by policy and over time."
      />
      <div className="insight-page">
        <ScopeBar
          scope={scope}
          onChange={setScope}
          now={now}
          maxMonths={FIRST_CONTACT_MAX_MONTHS}
          quickRanges={monthlyQuickRanges(now)}
          filters
          idPrefix="first-contact"
        >
          <SelectField
            id="first-contact-grain"
            label="Trend by"
            value={grain}
            onChange={(value) => setParams(withGrain(params, value === 'MONTH' ? 'MONTH' : 'WEEK'))}
            options={[
              { value: 'WEEK', label: 'week' },
              { value: 'MONTH', label: 'month' },
            ]}
          />
        </ScopeBar>
        <LinkNotices adjusted={adjusted} dropped={dropped} maxMonths={FIRST_CONTACT_MAX_MONTHS} />
        <QueryStates query={query} what="the first-contact figures" lines={6}>
          {(data) => <FirstContactContent data={data.firstContact} />}
        </QueryStates>
      </div>
    </>
  );
}

function FirstContactContent({ data }: { data: FirstContactQuery['firstContact'] }) {
  const period = data.period.label;
  const overall = data.overall;
  if (overall.items.count === 0)
    return (
      <Card>
        <EmptyState title={`No item came in during ${period}`}>
          Choose another period or fewer filters.
        </EmptyState>
      </Card>
    );
  const share = overall.firstContactShare.share;
  return (
    <>
      <section aria-labelledby="first-contact-figures-title">
        <h2 id="first-contact-figures-title" className="visually-hidden">
          Where decisions were given, {period}
        </h2>
        <dl className="kpi-tiles">
          <div className="kpi-tile" data-testid="kpi-tile">
            <dt className="kpi-tile__label">Decided at first contact</dt>
            <dd className="kpi-tile__value">
              <DrillLink
                drilldown={overall.firstContact.drilldown}
                about={`Decided at first contact, ${period}`}
                label={`Decided at first contact: ${share === null ? 'none' : formatPercent(share)}. Show the items`}
              >
                {share === null ? '—' : formatPercent(share)}
              </DrillLink>
            </dd>
            <dd className="kpi-tile__previous">
              {formatNumber(overall.firstContact.count)} of {formatNumber(overall.decided)} decided
              items
            </dd>
          </div>
          {OUTCOME_COLUMNS.slice(1).map(([key, label]) => (
            <div className="kpi-tile" data-testid="kpi-tile" key={key}>
              <dt className="kpi-tile__label">{label}</dt>
              <dd className="kpi-tile__value">
                <DrillLink
                  drilldown={overall[key].drilldown}
                  about={`${label}, ${period}`}
                  label={`${label}: ${overall[key].count}. Show the items`}
                >
                  {formatNumber(overall[key].count)}
                </DrillLink>
              </dd>
            </div>
          ))}
        </dl>
        <p className="insight-list__text">{data.definition}</p>
      </section>
      <Card
        title={`By ${data.grain === 'MONTH' ? 'month' : 'week'}`}
        titleId="first-contact-trend-title"
        actions={
          <Button
            variant="secondary"
            onClick={() =>
              downloadText(firstContactCsv(data), `first-contact-${data.period.from}.csv`)
            }
          >
            Export CSV
          </Button>
        }
      >
        <FiguresTable
          heading={data.grain === 'MONTH' ? 'Month' : 'Week'}
          rows={data.trend.map((point) => ({
            key: point.from,
            name: point.label,
            figures: point.figures,
          }))}
          period={period}
        />
      </Card>
      <Card title="By team" titleId="first-contact-teams-title">
        <FiguresTable
          heading="Team"
          rows={data.byTeam.map((g) => ({ key: g.id, name: g.name, figures: g.figures }))}
          period={period}
        />
      </Card>
      <Card title="By policy" titleId="first-contact-policies-title">
        {data.byPolicy.length === 0 ? (
          <p className="insight-list__text">No decided item was linked to a policy in {period}.</p>
        ) : (
          <FiguresTable
            heading="Policy"
            rows={data.byPolicy.map((g) => ({ key: g.id, name: g.name, figures: g.figures }))}
            period={period}
          />
        )}
      </Card>
    </>
  );
}

function FiguresTable({
  heading,
  rows,
  period,
}: {
  heading: string;
  rows: { key: string; name: string; figures: FirstContactFiguresFieldsFragment }[];
  period: string;
}) {
  return (
    <div className="table-frame">
      <table className="data-table">
        <caption className="visually-hidden">
          Where decisions were given, by {heading.toLowerCase()}
        </caption>
        <thead>
          <tr>
            <th scope="col">{heading}</th>
            <th scope="col" className="data-table__number">
              Items
            </th>
            <th scope="col" className="data-table__number">
              Decided
            </th>
            <th scope="col">Share at first contact</th>
            {OUTCOME_COLUMNS.map(([key, label]) => (
              <th scope="col" className="data-table__number" key={key}>
                {label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map(({ key, name, figures }) => (
            <tr key={key}>
              <th scope="row">{name}</th>
              <td className="data-table__number">
                <DrillLink drilldown={figures.items.drilldown} about={`Items, ${name}, ${period}`}>
                  {formatNumber(figures.items.count)}
                </DrillLink>
              </td>
              <td className="data-table__number">{formatNumber(figures.decided)}</td>
              <td>
                {figures.firstContactShare.share === null ? (
                  '—'
                ) : (
                  <Meter
                    share={figures.firstContactShare.share}
                    text={formatPercent(figures.firstContactShare.share)}
                  />
                )}
              </td>
              {OUTCOME_COLUMNS.map(([column, label]) => (
                <td className="data-table__number" key={column}>
                  <DrillLink
                    drilldown={figures[column].drilldown}
                    about={`${label}, ${name}, ${period}`}
                  >
                    {formatNumber(figures[column].count)}
                  </DrillLink>
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
