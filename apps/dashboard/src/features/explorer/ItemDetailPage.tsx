import { useQuery } from '@apollo/client/react';
import { useEffect } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { ANALYST_ROLES } from '../../session/roles';
import { useCurrentUser } from '../../session/useCurrentUser';
import type { ItemDetailFieldsFragment } from '../../graphql/generated/graphql';
import { EXPLORER_PATH, explorerUrl } from '../../lib/explorer-url';
import { formatDateTime, formatDay, formatPercent, formatScore } from '../../lib/format';
import { describeError } from '../../lib/graphql-errors';
import {
  channelLabel,
  flagLabel,
  itemKindLabel,
  itemSourceLabel,
  itemStatusLabel,
  languageName,
  priorityLabel,
  viabilityLabel,
} from '../../lib/labels';
import { referenceOf } from '../../lib/reference';
import { Alert } from '../../ui/Alert';
import { Badge } from '../../ui/Badge';
import { Card } from '../../ui/Card';
import { Facts } from '../../ui/Facts';
import { PageHeader } from '../../ui/PageHeader';
import { ErrorState, LoadingState } from '../../ui/states';
import { evidenceMarks } from './evidence';
import { EvidenceText } from './EvidenceText';
import { FlagReview } from './FlagReview';
import { ExplorerOptionsDocument, ItemDetailDocument } from './graphql/items';
import { FlagBadge, SentimentBadge } from './ItemMarkers';
import { RawTextReveal } from './RawTextReveal';
import { rememberOpenedItem } from './returning-item';
import { ThemeCorrection } from './ThemeCorrection';
import { Timeline } from './Timeline';
import { TimelineEntryForm } from './TimelineEntryForm';
import './Explorer.css';

type Item = ItemDetailFieldsFragment;

/** One item: its fields, its text with the analysis's evidence, its timeline, its themes. */
export default function ItemDetailPage() {
  const { id = '' } = useParams();
  const location = useLocation();
  const navigate = useNavigate();
  const user = useCurrentUser();
  const detail = useQuery(ItemDetailDocument, { variables: { id } });
  const options = useQuery(ExplorerOptionsDocument);

  useEffect(() => rememberOpenedItem(id), [id]);

  const fromList = (location.state as { fromList?: boolean } | null)?.fromList === true;
  const listHref = `${EXPLORER_PATH}${location.search}`;
  const canCorrect = user ? ANALYST_ROLES.includes(user.role) : false;
  // Staff reach an item from the contact they logged; the Explorer is not theirs.
  const back = canCorrect ? (
    <Link
      to={listHref}
      className="item-page__back"
      onClick={(event) => {
        // Back in history returns to the same page of results, not the first.
        if (!fromList) return;
        event.preventDefault();
        void navigate(-1);
      }}
    >
      <span aria-hidden="true">←</span> Back to the items
    </Link>
  ) : null;

  if (detail.loading && !detail.data) {
    return (
      <>
        {back}
        <LoadingState label="Loading the item…" lines={5} />
      </>
    );
  }
  if (detail.error || !detail.data) {
    const described = describeError(detail.error);
    return (
      <>
        {back}
        <PageHeader eyebrow="Explorer" title="Item" />
        <ErrorState
          title={
            described.kind === 'not-found'
              ? 'This item does not exist'
              : 'The item could not be loaded'
          }
          message={
            described.kind === 'not-found'
              ? 'It may have been removed, or the link is wrong.'
              : described.message
          }
          onRetry={
            described.kind === 'server' || described.kind === 'network'
              ? () => void detail.refetch()
              : undefined
          }
          retrying={detail.loading}
        />
      </>
    );
  }

  const item = detail.data.item;
  // Managers and process owners may read any item's original text (Item.rawText, audited).
  const canReadRawText = user ? ANALYST_ROLES.includes(user.role) : false;
  const policyName = (policyId: string | null) =>
    options.data?.policies.find((policy) => policy.id === policyId)?.name ?? null;
  const currentThemes = (item.analysis?.themes ?? item.themes).map((theme) => theme.themeId);

  return (
    <>
      {back}
      <PageHeader
        eyebrow={`${canCorrect ? 'Explorer' : 'Forms'} · ${itemKindLabel[item.kind]}`}
        title={`${itemKindLabel[item.kind]} ${referenceOf(item.id)}`}
        description={
          <span className="item-page__summary">
            Received {whenOf(item)(item.receivedAt)}
            {item.team ? ` · ${item.team.name}` : ''} ·{' '}
            <Badge tone="neutral">{itemStatusLabel[item.status]}</Badge>{' '}
            <SentimentBadge sentiment={item.sentiment} />
          </span>
        }
      />
      <div className="item-page">
        <div className="item-page__main">
          <Card title="What was said" titleId="item-text-title">
            <ItemText item={item} />
            {canReadRawText ? <RawTextReveal itemId={item.id} /> : null}
          </Card>
          <Card title="Timeline" titleId="item-timeline-title">
            <Timeline
              events={item.events}
              flags={item.analysis?.flags ?? []}
              policyName={policyName}
            />
          </Card>
          <Card title="Add a reply or decision" titleId="item-add-entry-title">
            <TimelineEntryForm itemId={item.id} hasPolicy={Boolean(item.policy)} />
          </Card>
        </div>
        <div className="item-page__side">
          <Card title="Details" titleId="item-details-title">
            <ItemFacts item={item} />
          </Card>
          <Card title="What the analysis found" titleId="item-analysis-title">
            <AnalysisSummary item={item} />
          </Card>
          {canCorrect && item.analysis?.analysed ? (
            <Card title="Check the warning signs" titleId="item-review-flags-title">
              <FlagReview
                itemId={item.id}
                flags={item.analysis.flags}
                reviews={item.analysis.flagReviews}
              />
            </Card>
          ) : null}
          {canCorrect ? (
            <Card title="Correct the themes" titleId="item-correct-title">
              {options.loading && !options.data ? (
                <LoadingState label="Loading themes…" lines={2} />
              ) : (
                <ThemeCorrection
                  itemId={item.id}
                  current={currentThemes}
                  themes={options.data?.themes ?? []}
                  themesError={Boolean(options.error) && !options.data}
                />
              )}
            </Card>
          ) : null}
        </div>
      </div>
    </>
  );
}

function ItemText({ item }: { item: Item }) {
  const analysis = item.analysis;
  const marks = evidenceMarks(
    item.displayText,
    analysis
      ? {
          sentiment: analysis.sentiment,
          themes: analysis.themes,
          flags: analysis.flags.map((flag) => ({ ...flag, label: flagLabel[flag.type] })),
          policyMentions: analysis.policyMentions,
        }
      : null,
  );
  return (
    <>
      {analysis?.status === 'FAILED' ? (
        <Alert tone="warning" title="The analysis of this item failed">
          {analysis.error ?? 'No reason was given.'} It is tried again at the next re-analysis, so
          no evidence is marked yet.
        </Alert>
      ) : null}
      <EvidenceText text={item.displayText} marks={marks} />
      <p className="item-page__note">
        Personal data (e-mail addresses, phone, card and account numbers) is masked before text is
        shown or exported.
      </p>
    </>
  );
}

function ItemFacts({ item }: { item: Item }) {
  const optional = (value: string | null, format: (v: string) => string = (v) => v) =>
    value ? format(value) : '—';
  return (
    <Facts
      facts={[
        { label: 'Kind', value: itemKindLabel[item.kind] },
        { label: 'Source', value: itemSourceLabel[item.source] },
        { label: 'Channel', value: channelLabel[item.channel] },
        { label: 'Priority', value: priorityLabel[item.priority] },
        { label: 'Status', value: itemStatusLabel[item.status] },
        {
          label: 'Team',
          value: item.team ? (
            <Link to={explorerUrl({ teamIds: [item.team.id] })}>{item.team.name}</Link>
          ) : (
            '—'
          ),
        },
        {
          label: 'Policy',
          value: item.policy ? (
            <Link to={explorerUrl({ policyIds: [item.policy.id] })}>{item.policy.name}</Link>
          ) : (
            '—'
          ),
        },
        { label: 'Received', value: whenOf(item)(item.receivedAt) },
        { label: 'First response', value: optional(item.firstResponseAt, formatDateTime) },
        { label: 'Resolved', value: optional(item.resolvedAt, formatDateTime) },
        { label: 'Closed', value: optional(item.closedAt, formatDateTime) },
        {
          label: 'Decision',
          value: item.viability ? viabilityLabel[item.viability] : '—',
        },
        {
          label: 'Satisfaction',
          value: item.satisfaction ? `${item.satisfaction} out of 5` : '—',
        },
        {
          label: 'Customer reference',
          value: item.customerRef ? (
            <Link to={explorerUrl({ customerRef: item.customerRef })}>
              {item.customerRef}
              <span className="visually-hidden"> (every item from this customer)</span>
            </Link>
          ) : (
            '—'
          ),
        },
        {
          label: 'From',
          value: item.externalSource
            ? `${item.externalSource}${item.externalId ? ` #${item.externalId}` : ''}`
            : 'Fulcrum',
        },
      ]}
    />
  );
}

/** An anonymous staff report keeps only the day (stored as 00:00 UTC): show no time for it. */
const whenOf = (item: Pick<Item, 'anonymous'>) =>
  item.anonymous ? (iso: string) => formatDay(iso.slice(0, 10)) : formatDateTime;

function AnalysisSummary({ item }: { item: Item }) {
  const analysis = item.analysis;
  if (!analysis) return <p className="item-page__note">This item has not been analysed yet.</p>;
  if (!analysis.analysed)
    return (
      <p className="item-page__note">
        Not analysed: the text is in {languageName(analysis.language)}, which the analysis does not
        read, so it has no sentiment, themes or warning signs (it is counted apart in Settings, not
        as neutral).
      </p>
    );
  const sentiment = analysis.sentiment;
  const textFlags = analysis.flags.filter((flag) => !flag.eventId);
  return (
    <div className="analysis">
      <section aria-labelledby="analysis-sentiment">
        <h3 id="analysis-sentiment" className="analysis__title">
          Sentiment
        </h3>
        {sentiment ? (
          <p>
            <SentimentBadge sentiment={sentiment.label} /> score {formatScore(sentiment.score)} on a
            scale from −1 to +1, {formatPercent(sentiment.confidence)} confident (
            {sentiment.method === 'model' ? 'trained model' : 'word list'}).
            {sentiment.evidence.length > 0 ? (
              <span className="analysis__words">
                {' '}
                Words: {sentiment.evidence.map((word) => `“${word.text}”`).join(', ')}.
              </span>
            ) : null}
          </p>
        ) : (
          <p className="item-page__note">No sentiment found.</p>
        )}
      </section>
      <section aria-labelledby="analysis-themes">
        <h3 id="analysis-themes" className="analysis__title">
          Themes
        </h3>
        {analysis.themes.length === 0 ? (
          <p className="item-page__note">No theme found.</p>
        ) : (
          <ul className="analysis__list">
            {analysis.themes.map((theme) => (
              <li key={theme.themeId}>
                <Link to={explorerUrl({ themeIds: [theme.themeId] })} className="analysis__name">
                  {theme.name}
                </Link>{' '}
                {theme.origin === 'CORRECTION' ? (
                  <Badge tone="accent" icon="✎">
                    Set by a person
                  </Badge>
                ) : (
                  <span className="analysis__score">score {formatScore(theme.score)}</span>
                )}
                {theme.evidence.length > 0 ? (
                  <span className="analysis__words">
                    {theme.evidence.map((span) => `“${span.text}”`).join(', ')}
                  </span>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="analysis-flags">
        <h3 id="analysis-flags" className="analysis__title">
          Warning signs and protocol cues
        </h3>
        {analysis.flags.length === 0 ? (
          <p className="item-page__note">None found.</p>
        ) : (
          <ul className="analysis__list">
            {textFlags.map((flag) => (
              <li key={`text-${flag.type}`}>
                <FlagBadge flag={flag.type} />{' '}
                <span className="analysis__words">
                  in the text: {flag.evidence.map((word) => `“${word}”`).join(', ')}
                </span>
              </li>
            ))}
            {analysis.flags
              .filter((flag) => flag.eventId)
              .map((flag) => (
                <li key={`event-${flag.eventId}-${flag.type}`}>
                  <FlagBadge flag={flag.type} />{' '}
                  <span className="analysis__words">
                    in the timeline: {flag.evidence.map((word) => `“${word}”`).join(', ')}
                  </span>
                </li>
              ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="analysis-policies">
        <h3 id="analysis-policies" className="analysis__title">
          Policies mentioned
        </h3>
        {analysis.policyMentions.length === 0 ? (
          <p className="item-page__note">None found.</p>
        ) : (
          <ul className="analysis__list">
            {analysis.policyMentions.map((mention) => (
              <li key={mention.policyId}>
                <span className="analysis__name">{mention.policyName}</span>{' '}
                <span className="analysis__words">
                  as “{mention.matched}”, {formatPercent(mention.confidence)} confident
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <p className="analysis__version">
        Analysed {whenOf(item)(analysis.analysedAt)} by <code>{analysis.modelVersion}</code>
      </p>
    </div>
  );
}
