/** The source of "now". Injected so that tests and the demo seed can fix the date. */
export interface Clock {
  now(): Date;
}

/** The system clock. */
export const systemClock: Clock = { now: () => new Date() };

/** A clock stopped at `instant`; `advance` moves it forward. */
export function fixedClock(instant: string | Date): Clock & { advance(ms: number): void; set(instant: string): void } {
  let current = new Date(instant).getTime();
  return {
    now: () => new Date(current),
    advance: (ms) => {
      current += ms;
    },
    set: (next) => {
      current = new Date(next).getTime();
    },
  };
}
