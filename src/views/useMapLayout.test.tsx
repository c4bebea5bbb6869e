// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, renderHook, waitFor } from '@testing-library/react';
import { useMapLayout, WORKER_THRESHOLD, WORKER_TIMEOUT_MS } from './useMapLayout';
import { syntheticDataset } from '../model/synthetic';

const dataset = syntheticDataset({ nodes: WORKER_THRESHOLD + 100, seed: 5 });

/** A Worker that `behaviour` controls: throws on construction, errors once started, or never answers. */
function stubWorker(behaviour: 'throws' | 'errors' | 'silent') {
  class StubWorker {
    onerror: ((event: Event) => void) | null = null;
    onmessage: unknown = null;
    onmessageerror: unknown = null;
    constructor() {
      if (behaviour === 'throws') throw new TypeError("This document requires 'TrustedScriptURL' assignment.");
      if (behaviour === 'errors') setTimeout(() => this.onerror?.(new Event('error', { cancelable: true })), 1);
    }
    postMessage() {}
    terminate() {}
  }
  vi.stubGlobal('Worker', StubWorker);
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('useMapLayout when the worker cannot be used', () => {
  for (const behaviour of ['throws', 'errors'] as const) {
    it(`lays the map out on the page with a notice when the worker ${behaviour === 'throws' ? 'cannot start' : 'fails to load'}`, async () => {
      stubWorker(behaviour);
      // A dataset the app's engine has not ordered yet: once it has, the page places filters itself.
      const fresh = { ...dataset };
      const { result } = renderHook(() => useMapLayout(fresh, fresh));
      await waitFor(() => expect(result.current.layout).not.toBeNull(), { timeout: 20_000 });
      expect(result.current.layout?.boxes.size).toBe(dataset.nodes.length);
      expect(result.current.notice).toMatch(/this page lays the map out itself/);
      expect(result.current.pending).toBe(false);
    });
  }

  it('takes over from a worker that stops answering', async () => {
    vi.useFakeTimers();
    stubWorker('silent');
    const fresh = { ...dataset };
    const { result } = renderHook(() => useMapLayout(fresh, fresh));
    expect(result.current.layout).toBeNull();
    await act(async () => {
      await vi.advanceTimersByTimeAsync(WORKER_TIMEOUT_MS + 10);
    });
    expect(result.current.notice).toMatch(/stopped answering/);
    await act(async () => {
      await vi.advanceTimersByTimeAsync(10);
    });
    expect(result.current.layout).not.toBeNull();
  });
});
