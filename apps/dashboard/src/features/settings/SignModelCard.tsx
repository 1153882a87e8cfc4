import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { formatNumber, formatShortDateTime } from '../../lib/format';
import { describeError } from '../../lib/graphql-errors';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { Card } from '../../ui/Card';
import {
  AnalysisJobsDocument,
  AnalysisModelsDocument,
  TrainSignModelDocument,
} from './graphql/analysis';
import { OutdatedModelNote } from './OutdatedModelNote';

/**
 * The warning-sign model: the built-in one, or one retrained with the verdicts people gave on
 * items' flags in the Explorer (the shipped sentences plus each confirmed or rejected quote).
 */
export function SignModelCard() {
  const models = useQuery(AnalysisModelsDocument);
  const [train, training] = useMutation(TrainSignModelDocument, {
    refetchQueries: [AnalysisModelsDocument, AnalysisJobsDocument],
    awaitRefetchQueries: true,
  });
  const [outcome, setOutcome] = useState<{ tone: 'success' | 'danger'; text: string } | null>(null);
  const active = models.data?.analysisModels.find((model) => model.kind === 'SIGN' && model.active);

  const trainNow = async () => {
    setOutcome(null);
    try {
      const { data } = await train({ variables: { input: { activate: true } } });
      if (data)
        setOutcome({
          tone: 'success',
          text: `Trained ${data.trainSignModel.version} with ${formatNumber(data.trainSignModel.exampleCount)} reviewed quotes. It is in use now, and history is being re-analysed with it.`,
        });
    } catch (error) {
      setOutcome({ tone: 'danger', text: describeError(error).message });
    }
  };

  return (
    <Card title="Warning-sign model" titleId="sign-model-title">
      {active?.featureSetOutdated ? (
        <OutdatedModelNote
          fallback={`${active.version} (trained ${formatShortDateTime(active.trainedAt)}) is set aside and the built-in model flags warning signs`}
        />
      ) : (
        <p>
          {active
            ? `Using ${active.version}, trained ${formatShortDateTime(active.trainedAt)} with ${formatNumber(active.exampleCount)} reviewed quotes beside the built-in sentences.`
            : 'Using the built-in model. Confirm or reject warning signs on items in the Explorer, then train it here to learn from your verdicts.'}
        </p>
      )}
      <div className="form__actions">
        <Button onClick={() => void trainNow()} busy={training.loading}>
          Train from verdicts
        </Button>
      </div>
      <div role="status" aria-live="polite" className="form-status">
        {outcome ? <Alert tone={outcome.tone}>{outcome.text}</Alert> : null}
      </div>
    </Card>
  );
}
