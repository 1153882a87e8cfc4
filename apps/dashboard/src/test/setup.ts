import '@testing-library/jest-dom';
import { configure } from '@testing-library/react';
import { TextDecoder, TextEncoder } from 'node:util';

// One waiting rule for every spec, generous enough for a busy 2-core machine: a wait ends as
// soon as what it waits for appears, so a long bound costs a passing test nothing.
configure({ asyncUtilTimeout: 20_000 });

// react-router reads these; jsdom does not provide them.
Object.assign(globalThis, { TextEncoder, TextDecoder });

// jsdom has no layout and no ResizeObserver. This stand-in reports every observed element as
// 800×340, so recharts' ResponsiveContainer (which measures 0×0 first) draws its chart.
class ResizeObserverStub {
  constructor(private readonly callback: ResizeObserverCallback) {}
  observe(target: Element): void {
    const contentRect = {
      width: 800,
      height: 340,
      top: 0,
      left: 0,
      bottom: 340,
      right: 800,
      x: 0,
      y: 0,
    };
    this.callback(
      [{ target, contentRect } as unknown as ResizeObserverEntry],
      this as unknown as ResizeObserver,
    );
  }
  unobserve(): void {
    // Nothing is watched for changes.
  }
  disconnect(): void {
    // Nothing is watched for changes.
  }
}
Object.assign(globalThis, { ResizeObserver: ResizeObserverStub });

// Each test starts signed out with empty storage.
beforeEach(() => {
  window.localStorage.clear();
  window.sessionStorage.clear();
});

// A warning in a test is a bug in the test or the code (an unmatched GraphQL mock, a missing
// act(), a bad prop): fail the test that printed it.
const printed: string[] = [];
for (const level of ['error', 'warn'] as const) {
  jest.spyOn(console, level).mockImplementation((...args: unknown[]) => {
    printed.push(`console.${level}: ${args.map(String).join(' ')}`);
  });
}
afterEach(() => {
  const messages = printed.splice(0);
  if (messages.length > 0) throw new Error(`Unexpected console output:\n${messages.join('\n')}`);
});
