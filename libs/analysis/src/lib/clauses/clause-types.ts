// What the clause reader gives: its own module so the reader's helpers (actors, negation) can
// name these types without importing the reader that imports them.

/**
 * Who a clause is about, relative to the conversation rather than to grammar: the customer,
 * the organisation's staff (or the organisation itself), someone else, or nobody named.
 */
export type Role = 'customer' | 'staff' | 'third-party' | 'unknown';

/** Who wrote the text. */
export type Speaker = 'customer' | 'staff';

export interface Clause {
  startToken: number;
  /** Exclusive. */
  endToken: number;
  sentence: number;
  /** Whose words the clause is: the writer, or the person whose speech the writer reports. */
  speaker: Speaker;
  /** The clause's subject (who acts), inherited from the previous clause when it has none ("they took it and closed it"). */
  actor: Role;
  /** The customer or staff is the object ("told me", "transferred us"). */
  object: Role;
  /** First token inside the scope of a negator, or −1 (scope: from the negator to the end of the clause or an "and"). */
  negatedFrom: number;
  /** An if/unless/in-case clause: a hypothetical, not something that happened. */
  conditional: boolean;
  /** Speech reported or quoted by the writer ("she said that's our policy"). */
  reported: boolean;
  /** States that a problem is over ("the backlog is cleared", "no longer short-staffed"). */
  resolved: boolean;
  question: boolean;
}
