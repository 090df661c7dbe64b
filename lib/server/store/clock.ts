/** Where the store reads the time (tests pass a fixed or moving clock). */
export interface TClock {
  now: () => Date;
}

export const systemClock: TClock = { now: () => new Date() };
