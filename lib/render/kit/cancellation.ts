import { AsyncLocalStorage } from "node:async_hooks";

/**
 * Stopping a render at its next page. A PDF worker renders one task at a time; the pool tells it
 * through a shared flag that the task's client left (lib/render/pdf-pool), and `pageFrame`
 * (primitives.tsx), which react-pdf calls for every page it lays out, throws `RenderCancelledError`
 * then: the worker is free again at the render's next page instead of at its end (the gap between
 * two pages reaches a few hundred ms, and the PDF's writing after the last page is not checked).
 *
 * Each render's question is carried by its own async context, so renders that overlap in one
 * thread (in-process, or redone there after a worker died) each read their own flag. The store
 * lives on globalThis: a module bundled twice still shares it.
 */
const STORE = Symbol.for("vigie.renderCancelled");
const holder = globalThis as { [STORE]?: AsyncLocalStorage<() => boolean> };
const store = (holder[STORE] ??= new AsyncLocalStorage<() => boolean>());

export class RenderCancelledError extends Error {
  constructor() {
    super("PDF render cancelled: its client left");
    this.name = "RenderCancelledError";
  }
}

/** Runs `render` with `cancelled` asked at each of its pages. */
export async function withCancellation<T>(cancelled: (() => boolean) | undefined, render: () => Promise<T>): Promise<T> {
  if (cancelled === undefined) return render();
  if (cancelled()) throw new RenderCancelledError();
  return store.run(cancelled, render);
}

/** Throws RenderCancelledError when the render under way has been cancelled. */
export function throwIfRenderCancelled(): void {
  if (store.getStore()?.() === true) throw new RenderCancelledError();
}
