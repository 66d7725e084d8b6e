// A minimal stand-in for the React DevTools global hook, installed before react-dom loads (bench.tsx
// imports this module first). React calls `onCommitFiberRoot` after every commit, in plain
// production builds too, so commits are counted and timed without the profiling build, whose
// per-fiber timers would tax the tree with more fibers.
export const commitListeners = new Set<() => void>();

const renderers = new Map<number, unknown>();
Object.defineProperty(globalThis, '__REACT_DEVTOOLS_GLOBAL_HOOK__', {
  configurable: true,
  value: {
    supportsFiber: true,
    isDisabled: false,
    renderers,
    inject(renderer: unknown) {
      renderers.set(renderers.size + 1, renderer);
      return renderers.size;
    },
    onCommitFiberRoot() {
      for (const listener of commitListeners) listener();
    },
    onCommitFiberUnmount() {},
    onPostCommitFiberRoot() {},
    checkDCE() {},
  },
});
