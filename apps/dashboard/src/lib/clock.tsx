import { createContext, useContext, type ReactNode } from 'react';

/** Reads the current instant. The app reads the browser's; tests provide a fixed one. */
export type Clock = () => Date;

const systemClock: Clock = () => new Date();

const ClockContext = createContext<Clock>(systemClock);

// Pages take "now" from here, never from `new Date()`, so a test decides what today is.
export function ClockProvider({ clock, children }: { clock: Clock; children: ReactNode }) {
  return <ClockContext.Provider value={clock}>{children}</ClockContext.Provider>;
}

export function useClock(): Clock {
  return useContext(ClockContext);
}
