/**
 * Model arrays travel in JSON as base64. Weights are 16-bit integers with one scale: a
 * quarter of the size of decimal text, and the rounding (1/32767 of the largest weight)
 * does not move a prediction.
 */
export interface EncodedWeights {
  scale: number;
  int16Base64: string;
}

function toBase64(array: Int16Array | Uint16Array): string {
  return Buffer.from(array.buffer, array.byteOffset, array.byteLength).toString('base64');
}

// Copies into an aligned buffer: Buffer.from may return a view at an odd offset of a shared pool.
function fromBase64<T extends Int16Array | Uint16Array>(
  base64: string,
  expectedLength: number,
  create: (length: number) => T,
  field: string,
): T {
  const bytes = Buffer.from(base64, 'base64');
  if (bytes.byteLength !== expectedLength * 2) {
    throw new Error(
      `${field}: expected ${expectedLength} values but found ${bytes.byteLength / 2}`,
    );
  }
  const array = create(expectedLength);
  new Uint8Array(array.buffer).set(bytes);
  return array;
}

export function encodeWeights(weights: Float32Array): EncodedWeights {
  let largest = 0;
  for (const weight of weights) largest = Math.max(largest, Math.abs(weight));
  const scale = largest > 0 ? largest / 32767 : 1;
  return {
    scale,
    int16Base64: toBase64(Int16Array.from(weights, (weight) => Math.round(weight / scale))),
  };
}

export function decodeWeights(
  encoded: EncodedWeights,
  expectedLength: number,
  field: string,
): Float32Array {
  const quantised = fromBase64(
    encoded.int16Base64,
    expectedLength,
    (length) => new Int16Array(length),
    field,
  );
  return Float32Array.from(quantised, (value) => value * encoded.scale);
}

export function encodeUint16(values: Uint16Array): string {
  return toBase64(values);
}

export function decodeUint16(base64: string, expectedLength: number, field: string): Uint16Array {
  return fromBase64(base64, expectedLength, (length) => new Uint16Array(length), field);
}
