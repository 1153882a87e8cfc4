import { useMutation } from '@apollo/client/react';
import { useId, useState } from 'react';
import { Link } from 'react-router';
import type { EmergingTopicsQuery } from '../../graphql/generated/graphql';
import { describeError } from '../../lib/graphql-errors';
import { formatNumber, formatShortDate } from '../../lib/format';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { Card } from '../../ui/Card';
import { CheckboxField } from '../../ui/fields/CheckboxField';
import { TextField } from '../../ui/fields/TextField';
import { DrillLink } from '../insights/DrillLink';
import { PromoteEmergingTopicDocument } from './graphql/emerging-topics';
import { openedWords, themeNameOf } from './topic-shape';

export type Topic = EmergingTopicsQuery['emergingTopics'][number];

/**
 * One candidate theme: how many of the period's untagged items use its phrase (a link to them),
 * how many did in the baseline, its example texts (masked), and the form that promotes it to a
 * theme with the examples that really are about it.
 */
export function TopicCard({
  topic,
  periodLabel,
  baselineDays,
  onPromoted,
}: {
  topic: Topic;
  periodLabel: string;
  baselineDays: number;
  onPromoted: (themeName: string) => void;
}) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const [name, setName] = useState(() => themeNameOf(topic.phrase));
  const [chosen, setChosen] = useState<ReadonlySet<string>>(
    () => new Set(topic.examples.map((e) => e.id)),
  );
  const [problem, setProblem] = useState<{ message: string; name?: string } | null>(null);
  const [promote, { loading }] = useMutation(PromoteEmergingTopicDocument);

  const toggle = (itemId: string, on: boolean) =>
    setChosen((current) => {
      const next = new Set(current);
      if (on) next.add(itemId);
      else next.delete(itemId);
      return next;
    });

  const submit = async () => {
    setProblem(null);
    if (!name.trim())
      return setProblem({ message: 'Give the theme a name.', name: 'Enter a name.' });
    if (chosen.size === 0)
      return setProblem({ message: 'Tick at least one example that is about this topic.' });
    try {
      const result = await promote({
        variables: { input: { name: name.trim(), phrase: topic.phrase, itemIds: [...chosen] } },
      });
      onPromoted(result.data?.promoteEmergingTopic.name ?? name.trim());
    } catch (error) {
      const described = describeError(error);
      const nameProblem = described.fields.find((f) => f.field === 'name');
      setProblem({
        message:
          described.kind === 'conflict'
            ? 'A theme with this name already exists. Choose another name.'
            : described.message,
        name:
          nameProblem?.message ?? (described.kind === 'conflict' ? 'Already taken.' : undefined),
      });
    }
  };

  return (
    <Card title={`“${topic.phrase}”`} titleId={`${id}-title`} className="topic-card">
      <p className="topic-card__counts">
        <DrillLink
          drilldown={topic.drilldown}
          about={`Untagged items that say “${topic.phrase}”, ${periodLabel}`}
          label={`${formatNumber(topic.items)} untagged items in ${periodLabel}. Show ${openedWords(topic)}`}
        >
          {formatNumber(topic.items)} untagged items
        </DrillLink>{' '}
        in {periodLabel}, against {formatNumber(topic.baselineItems)} in the {baselineDays} days
        before.
      </p>
      {open ? (
        <form
          className="topic-card__form"
          aria-label={`Promote “${topic.phrase}” to a theme`}
          onSubmit={(event) => {
            event.preventDefault();
            void submit();
          }}
        >
          {problem ? (
            <Alert tone="danger" role="alert">
              {problem.message}
            </Alert>
          ) : null}
          <TextField
            id={`${id}-name`}
            label="Theme name"
            hint={`“${topic.phrase}” becomes its keyword; history is re-analysed with it.`}
            value={name}
            onChange={setName}
            error={problem?.name}
            maxLength={200}
          />
          <fieldset className="topic-card__examples">
            <legend>Examples about this topic (they tag and train the theme)</legend>
            {topic.examples.map((example) => (
              <CheckboxField
                key={example.id}
                id={`${id}-${example.id}`}
                label={example.displayText}
                hint={formatShortDate(example.receivedAt)}
                checked={chosen.has(example.id)}
                onChange={(on) => toggle(example.id, on)}
              />
            ))}
          </fieldset>
          <div className="topic-card__actions">
            <Button type="submit" disabled={loading}>
              {loading ? 'Creating the theme…' : 'Create the theme'}
            </Button>
            <Button type="button" variant="secondary" onClick={() => setOpen(false)}>
              Cancel
            </Button>
          </div>
        </form>
      ) : (
        <>
          <ul className="topic-card__quotes" aria-label={`Examples of “${topic.phrase}”`}>
            {topic.examples.map((example) => (
              <li key={example.id}>
                <q>{example.displayText}</q>{' '}
                <Link to={`/explorer/items/${example.id}`} className="topic-card__date">
                  {formatShortDate(example.receivedAt)}
                </Link>
              </li>
            ))}
          </ul>
          <Button variant="secondary" size="sm" onClick={() => setOpen(true)}>
            Promote to theme
          </Button>
        </>
      )}
    </Card>
  );
}
