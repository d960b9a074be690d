/** How much of the current idle period is left, in ms. */
export interface IdleDeadline {
  timeRemaining(): number;
}

/**
 * Runs `callback` when the browser is idle (requestIdleCallback, at the latest after half a
 * second), or after a frame where there is no such thing (Safari).
 */
export function whenIdle(callback: (deadline: IdleDeadline) => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(callback, { timeout: 500 });
  else setTimeout(() => callback({ timeRemaining: () => 10 }), 16);
}
