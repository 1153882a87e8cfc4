import { redactPii, type Redaction } from '../pii/redact';
import { tokenize, type TokenizedText } from './tokenize';

export interface PreparedText {
  /** The tokenised redacted text: analysis and evidence never see the masked values. */
  tokenized: TokenizedText;
  redactions: Redaction[];
}

/** Redacts personal data, then tokenises: the same path for training and for analysis. */
export function prepareText(text: string): PreparedText {
  const redacted = redactPii(text);
  return { tokenized: tokenize(redacted.text), redactions: redacted.redactions };
}
