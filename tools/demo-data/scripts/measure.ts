// Measures the generator: speed (items consumed and dropped, as a loader would) and how varied
// the text is. Run: npx tsx tools/demo-data/scripts/measure.ts [--items 1000000] [--seed 1] [--no-stories]
import { generateDemoData, type DemoItem } from '../src';

function option(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? Number(process.argv[index + 1]) : fallback;
}

const items = option('items', 50_000);
const seed = option('seed', 1);
const stories = !process.argv.includes('--no-stories');
const now = new Date('2025-06-15T14:30:00Z');

const started = performance.now();
const data = generateDemoData({ now, items, seed, stories });
let count = 0;
let events = 0;
let peakHeap = 0;
for (const batch of data.items) {
  count += batch.length;
  for (const item of batch) events += item.events.length;
  peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
}
const seconds = (performance.now() - started) / 1000;
console.log(
  `${count.toLocaleString('en-GB')} items, ${events.toLocaleString('en-GB')} events in ${seconds.toFixed(1)} s`,
);
console.log(
  `${Math.round(count / seconds).toLocaleString('en-GB')} items/s, peak heap ${(peakHeap / 1e6).toFixed(0)} MB`,
);
console.log(
  `${data.pulseEntries.length} pulse entries, ${data.staffingEvents.length} staffing events`,
);

// Text variety over the first 50,000 items (or all, if fewer).
const sample: DemoItem[] = [];
for (const batch of data.items) {
  sample.push(...batch);
  if (sample.length >= 50_000) break;
}
const texts = sample.map((item) => item.text);
const replies = sample.flatMap((item) =>
  item.events.filter((event) => event.type === 'staff_reply').map((event) => event.text ?? ''),
);
const share = (values: string[], key: (text: string) => string = (text) => text) =>
  `${((new Set(values.map(key)).size / values.length) * 100).toFixed(1)}%`;
const digitless = (text: string) => text.replace(/\d+/g, '#');
const lengths = texts.map((text) => text.length).sort((a, b) => a - b);
const percentile = (p: number) => lengths[Math.floor((lengths.length - 1) * p)];
console.log(
  `item texts: ${texts.length} sampled, distinct ${share(texts)}, distinct with digits masked ${share(texts, digitless)}`,
);
console.log(
  `staff replies: ${replies.length} sampled, distinct ${share(replies)}, distinct with digits masked ${share(replies, digitless)}`,
);
console.log(
  `item text length p5/p50/p95/max: ${percentile(0.05)}/${percentile(0.5)}/${percentile(0.95)}/${percentile(1)}`,
);
