import { generateDemoData, type DemoData, type GenerateOptions } from '../src';
import { collectItems } from './measures';

/** A fixed clock: mid-afternoon on a Sunday, so the last day is partial and a weekend. */
export const NOW = new Date('2025-06-15T14:30:00Z');

export function generate(options: Partial<GenerateOptions> = {}): {
  data: DemoData;
  items: ReturnType<typeof collectItems>;
} {
  const data = generateDemoData({ now: NOW, items: 5000, ...options });
  return { data, items: collectItems(data.items) };
}
