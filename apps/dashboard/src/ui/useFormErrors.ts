import { useCallback, useState } from 'react';
import {
  describeError,
  fieldMessages,
  sentence,
  type DescribedError,
  type FieldMessageOverrides,
} from '../lib/graphql-errors';
import type { SummaryProblem } from './ErrorSummary';

export interface FormErrors<F extends string> {
  /** Message per field, shown beside the control. */
  errors: Partial<Record<F, string>>;
  /** Everything to fix, for the error summary: field problems link to their control. */
  problems: SummaryProblem[];
  /** Bumps on every failed attempt so the summary takes focus again. */
  attempt: number;
  /** The last server error, when there was one. */
  serverError: DescribedError | null;
  /** Client-side problems found before sending; returns true when there were any. */
  rejectLocally(errors: Partial<Record<F, string>>): boolean;
  /** Maps a failed mutation onto the form's fields; what matches no field goes in the summary. */
  rejectFromServer(error: unknown): DescribedError;
  clear(): void;
  clearField(field: F): void;
}

/**
 * The error state every form shares, so they all report problems the same way: beside the
 * field, and in a summary at the top that names each one.
 */
export function useFormErrors<F extends string>(
  fieldIds: Record<F, string>,
  overrides: FieldMessageOverrides<F> = {},
): FormErrors<F> {
  const [errors, setErrors] = useState<Partial<Record<F, string>>>({});
  const [extra, setExtra] = useState<string[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [serverError, setServerError] = useState<DescribedError | null>(null);
  const fields = Object.keys(fieldIds) as F[];

  const problems: SummaryProblem[] = [
    ...fields.flatMap((field) =>
      errors[field] ? [{ fieldId: fieldIds[field], message: errors[field] }] : [],
    ),
    ...extra.map((message) => ({ message })),
  ];

  const rejectLocally = (found: Partial<Record<F, string>>) => {
    const failed = Object.values(found).some(Boolean);
    setErrors(found);
    setExtra([]);
    setServerError(null);
    if (failed) setAttempt((count) => count + 1);
    return failed;
  };

  const rejectFromServer = (error: unknown) => {
    const described = describeError(error);
    const { byField, other } = fieldMessages(described.fields, fields, overrides);
    setErrors(byField);
    const hasFieldErrors = Object.keys(byField).length > 0;
    // A field error explains itself; otherwise the summary carries the overall message.
    setExtra(
      other.length > 0
        ? other.map((problem) => sentence(problem.message))
        : hasFieldErrors
          ? []
          : [described.message],
    );
    setServerError(described);
    setAttempt((count) => count + 1);
    return described;
  };

  const clear = () => {
    setErrors({});
    setExtra([]);
    setServerError(null);
  };

  const clearField = useCallback((field: F) => {
    setErrors((current) => {
      if (!current[field]) return current;
      const next = { ...current };
      delete next[field];
      return next;
    });
  }, []);

  return {
    errors,
    problems,
    attempt,
    serverError,
    rejectLocally,
    rejectFromServer,
    clear,
    clearField,
  };
}
