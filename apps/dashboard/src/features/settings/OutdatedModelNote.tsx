import { Alert } from '../../ui/Alert';

/** The words for a stored model the analysis refuses because its features changed since training. */
export const OUTDATED_MODEL_LABEL = 'Trained with an older feature set — retrain';

/** Why an active model is not in use, and what to do: shown on its card in Settings. */
export function OutdatedModelNote({ fallback }: { fallback: string }) {
  return (
    <Alert tone="warning" title={OUTDATED_MODEL_LABEL}>
      This version of Fulcrum reads words differently from when the model was trained, so it is not
      used: {fallback} until you train it again.
    </Alert>
  );
}
