/**
 * Stopping a render at its next page. A PDF worker renders one task at a time; the pool tells it
 * through a shared flag that the task's client left (lib/render/pdf-pool), and `pageFrame`
 * (primitives.tsx), which react-pdf calls for every page it lays out, throws `RenderCancelledError`
 * then: the worker is free again within a page (~15–40 ms) instead of a whole render.
 */
const CURRENT = Symbol.for("vigie.renderCancelled");
const holder = globalThis as { [CURRENT]?: () => boolean };

export class RenderCancelledError extends Error {
  constructor() {
    super("PDF render cancelled: its client left");
    this.name = "RenderCancelledError";
  }
}

/** Runs `render` with `cancelled` asked at each page; renders in one thread follow one another. */
export async function withCancellation<T>(cancelled: (() => boolean) | undefined, render: () => Promise<T>): Promise<T> {
  if (cancelled === undefined) return render();
  if (cancelled()) throw new RenderCancelledError();
  holder[CURRENT] = cancelled;
  try {
    return await render();
  } finally {
    if (holder[CURRENT] === cancelled) delete holder[CURRENT];
  }
}

/** Throws RenderCancelledError when the render under way has been cancelled. */
export function throwIfRenderCancelled(): void {
  if (holder[CURRENT]?.() === true) throw new RenderCancelledError();
}
