// Input checks shared by every module. Errors name the field and the rule it broke, so the API
// can turn them into a clear validation error instead of a wrong number.

/** Thrown when an input breaks a rule: `field` names the input, `rule` says what it must satisfy. */
export class SignalsInputError extends Error {
  constructor(
    readonly field: string,
    readonly rule: string,
    readonly received?: unknown,
  ) {
    super(`${field} ${rule}${received === undefined ? '' : ` (got ${String(received)})`}`);
    this.name = 'SignalsInputError';
  }
}

/** Throws unless value is a finite number. */
export function requireFinite(value: number, field: string): void {
  if (!Number.isFinite(value)) throw new SignalsInputError(field, 'must be a finite number', value);
}

/** Throws unless value is a finite number ≥ 0 (durations, hours, rates). */
export function requireNonNegative(value: number, field: string): void {
  if (!Number.isFinite(value) || value < 0) {
    throw new SignalsInputError(field, 'must be a finite number ≥ 0', value);
  }
}

/** Throws unless value is a finite number > 0 (lengths, capacities, exposures). */
export function requirePositive(value: number, field: string): void {
  if (!Number.isFinite(value) || value <= 0) {
    throw new SignalsInputError(field, 'must be a finite number > 0', value);
  }
}

/** Throws unless value is a whole number ≥ 0 (event counts). */
export function requireCount(value: number, field: string): void {
  if (!Number.isInteger(value) || value < 0) {
    throw new SignalsInputError(field, 'must be a whole number ≥ 0', value);
  }
}

/** Throws unless value is a whole number ≥ 1 (bucket counts, resamples). */
export function requirePositiveInteger(value: number, field: string): void {
  if (!Number.isInteger(value) || value < 1) {
    throw new SignalsInputError(field, 'must be a whole number ≥ 1', value);
  }
}

/** Throws unless every value is a whole number ≥ 0, naming the first bad index. */
export function requireCounts(values: readonly number[], field: string): void {
  for (let i = 0; i < values.length; i++) requireCount(values[i], `${field}[${i}]`);
}

/** Throws unless every value is finite, naming the first bad index. */
export function requireFiniteValues(values: readonly number[], field: string): void {
  for (let i = 0; i < values.length; i++) requireFinite(values[i], `${field}[${i}]`);
}

/** Open interval (0, 1): significance levels, quantile probabilities of unbounded distributions. */
export function requireOpenUnit(value: number, field: string): void {
  if (!(value > 0 && value < 1))
    throw new SignalsInputError(field, 'must be between 0 and 1 (exclusive)', value);
}

/** Closed interval [0, 1]: shares, quantile probabilities of samples. */
export function requireUnit(value: number, field: string): void {
  if (!(value >= 0 && value <= 1))
    throw new SignalsInputError(field, 'must be between 0 and 1', value);
}
