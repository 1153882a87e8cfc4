import '@testing-library/jest-dom';
import { TextDecoder, TextEncoder } from 'node:util';

// react-router reads these; jsdom does not provide them.
Object.assign(globalThis, { TextEncoder, TextDecoder });

// recharts' ResponsiveContainer measures with ResizeObserver, which jsdom lacks. The container
// also has an initial size (ChartContainer), so charts draw without layout.
class ResizeObserverStub {
  observe(): void {
    // Nothing to observe without layout.
  }
  unobserve(): void {
    // Nothing observed.
  }
  disconnect(): void {
    // Nothing observed.
  }
}
if (!('ResizeObserver' in globalThis)) {
  Object.assign(globalThis, { ResizeObserver: ResizeObserverStub });
}

// Each test starts signed out with empty storage.
beforeEach(() => {
  window.localStorage.clear();
});
