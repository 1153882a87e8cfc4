import type { ItemDetailFieldsFragment } from '../../graphql/generated/graphql';
import { formatShortDateTime } from '../../lib/format';
import { flagLabel, itemEventTypeLabel, itemStatusLabel } from '../../lib/labels';
import { segmentText, spansOfWords } from './evidence';
import { FlagBadge } from './ItemMarkers';

type Event = ItemDetailFieldsFragment['events'][number];
type Flag = NonNullable<ItemDetailFieldsFragment['analysis']>['flags'][number];

/**
 * The item's timeline, oldest first, with the signs found in each staff reply marked in it.
 * Replies show their masked text: they quote customers' contact details as often as items do.
 */
export function Timeline({
  events,
  flags,
  policyName,
}: {
  events: readonly Event[];
  flags: readonly Flag[];
  policyName: (id: string | null) => string | null;
}) {
  if (events.length === 0) return <p className="timeline__empty">No events recorded yet.</p>;
  return (
    <ol className="timeline">
      {events.map((event) => {
        const raised = flags.filter((flag) => flag.eventId === event.id);
        const words = raised.flatMap((flag) => flag.evidence);
        return (
          <li
            key={event.id}
            className={`timeline__event timeline__event--${event.type.toLowerCase()}`}
          >
            <span className="timeline__dot" aria-hidden="true" />
            <div className="timeline__body">
              <p className="timeline__head">
                <span className="timeline__type">{itemEventTypeLabel[event.type]}</span>
                {event.status ? (
                  <span className="timeline__status">
                    <span aria-hidden="true">→ </span>
                    <span className="visually-hidden">to </span>
                    {itemStatusLabel[event.status]}
                  </span>
                ) : null}
                <time className="timeline__time" dateTime={event.occurredAt}>
                  {formatShortDateTime(event.occurredAt)}
                </time>
              </p>
              {event.escalatedTo ? (
                <p className="timeline__detail">To: {event.escalatedTo}</p>
              ) : null}
              {event.policyId && policyName(event.policyId) ? (
                <p className="timeline__detail">Policy: {policyName(event.policyId)}</p>
              ) : null}
              {event.satisfaction ? (
                <p className="timeline__detail">Satisfaction: {event.satisfaction} out of 5</p>
              ) : null}
              {event.displayText ? <EventText text={event.displayText} words={words} /> : null}
              {raised.length > 0 ? (
                <ul className="badge-list timeline__flags" aria-label="Found in this entry">
                  {raised.map((flag) => (
                    <li key={flag.type} title={flag.evidence.join(', ')}>
                      <FlagBadge flag={flag.type} />
                      <span className="visually-hidden">
                        {' '}
                        ({flagLabel[flag.type]}: “{flag.evidence.join('”, “')}”)
                      </span>
                    </li>
                  ))}
                </ul>
              ) : null}
            </div>
          </li>
        );
      })}
    </ol>
  );
}

function EventText({ text, words }: { text: string; words: readonly string[] }) {
  const segments = segmentText(
    text,
    spansOfWords(text, words).map((span) => ({ ...span, kind: 'flag' as const, label: 'sign' })),
  );
  return (
    <p className="timeline__text">
      {segments.map((segment) =>
        segment.marks.length > 0 ? (
          <mark key={segment.start} className="ev ev--flag">
            {segment.text}
          </mark>
        ) : (
          <span key={segment.start}>{segment.text}</span>
        ),
      )}
    </p>
  );
}
