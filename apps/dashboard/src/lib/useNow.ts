import { useEffect, useState } from 'react';
import { useClock } from './clock';

/** The current time, refreshed every `everyMs` while `active` (for estimates that tick). */
export function useNow(active: boolean, everyMs: number): number {
  const clock = useClock();
  const [now, setNow] = useState(() => clock().getTime());
  useEffect(() => {
    if (!active) return;
    const timer = setInterval(() => setNow(clock().getTime()), everyMs);
    return () => clearInterval(timer);
  }, [active, everyMs, clock]);
  return now;
}
