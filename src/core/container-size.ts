import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Follows the size of the element's own box with a ResizeObserver (the container, not the
 * window) and asks for an update when it changes. `height` is followed only while
 * `followHeight()` says so (presentation mode fits the figure to the box's height too).
 */
export class ContainerSizeController implements ReactiveController {
  /** The box's content width in px; 0 before the element is in a page (and on a server). */
  width = 0;
  /** The box's content height in px, when followed; else 0. */
  height = 0;

  private observer?: ResizeObserver;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly followHeight: () => boolean,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.observer ??= new ResizeObserver((entries) => {
      const rect = entries[entries.length - 1]?.contentRect;
      const width = rect?.width ?? 0;
      const height = this.followHeight() ? (rect?.height ?? 0) : this.height;
      if (Math.abs(width - this.width) < 1 && Math.abs(height - this.height) < 1) return;
      // Next frame: redrawing inside the observer's callback would resize what it observes.
      requestAnimationFrame(() => {
        this.width = width;
        this.height = height;
        this.host.requestUpdate();
      });
    });
    this.observer.observe(this.host);
    // Known before the first drawing, so that it starts at the right size and mode.
    const rect = this.host.getBoundingClientRect();
    const height = this.followHeight() ? rect.height : this.height;
    if (rect.width !== this.width || height !== this.height) {
      this.width = rect.width;
      this.height = height;
      this.host.requestUpdate();
    }
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
  }
}
