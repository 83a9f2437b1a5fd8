// jsdom lays nothing out, so it has no ResizeObserver; components that watch their size get one that never fires.
if (typeof window !== 'undefined' && !('ResizeObserver' in window)) {
  globalThis.ResizeObserver = class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
}
