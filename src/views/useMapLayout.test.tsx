// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, renderHook, waitFor } from '@testing-library/react';
import { useMapLayout, WORKER_THRESHOLD, WORKER_TIMEOUT_MS } from './useMapLayout';
import { syntheticDataset } from '../model/synthetic';
import { layoutEngine } from './layoutEngine';
import { createLayoutEngine } from '../layout/engine';
import type { LayoutRequest, LayoutResponse } from '../layout/workerProtocol';

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

describe('useMapLayout on a small map', () => {
  it('draws the quick order at once and the refined order right after', async () => {
    const small = syntheticDataset({ nodes: 200, seed: 3 });
    const visible = { nodes: small.nodes, links: small.links };
    const { result } = renderHook(() => useMapLayout(small, visible));
    const first = result.current.layout;
    expect(first?.boxes.size).toBe(small.nodes.length);
    expect(result.current.pending).toBe(false);
    await waitFor(() => expect(result.current.layout).not.toBe(first));
    const refined = result.current.layout!;
    expect(refined.boxes.size).toBe(small.nodes.length);
    expect(refined.crossings).toBeLessThan(first!.crossings);
    // What the export and printing get is what the map now shows.
    expect(layoutEngine.layoutNow(small, visible)).toBe(refined);
  });

  it('draws a map refined before at its refined places at once: nothing moves after the first paint', async () => {
    const small = syntheticDataset({ nodes: 180, seed: 4 });
    const first = renderHook(() => useMapLayout(small, small));
    await waitFor(() => expect(first.result.current.settling).toBe(true));
    const refined = first.result.current.layout!;
    first.unmount();
    // Opened again (a reload, or the same map imported again): the same content in new objects.
    const again = structuredClone(small);
    const { result } = renderHook(() => useMapLayout(again, again));
    const drawn = result.current.layout!;
    expect(drawn.crossings).toBe(refined.crossings);
    expect([...drawn.boxes.values()].map((b) => [b.x, b.y])).toEqual(
      [...refined.boxes.values()].map((b) => [b.x, b.y]),
    );
    await new Promise((r) => setTimeout(r, 100));
    expect(result.current.layout).toBe(drawn);
    expect(result.current.settling).toBe(false);
  });
});

describe('useMapLayout on a big map', () => {
  it('asks the worker to refine only once the first layout is drawn', async () => {
    const posted: string[] = [];
    const inner = createLayoutEngine();
    class AnsweringWorker {
      onerror: unknown = null;
      onmessageerror: unknown = null;
      onmessage: ((event: { data: LayoutResponse }) => void) | null = null;
      postMessage(m: LayoutRequest) {
        posted.push(m.type);
        if (m.type === 'refine') setTimeout(() => this.onmessage?.({ data: { type: 'refined' } }), 5);
        if (m.type !== 'layout') return;
        const layout = inner.layoutSoon(dataset, dataset);
        setTimeout(() => this.onmessage?.({ data: { type: 'layout', requestId: m.requestId, layout, ms: 0 } }), 5);
      }
      terminate() {}
    }
    vi.stubGlobal('Worker', AnsweringWorker);
    performance.clearMarks('order-refined');
    const { result } = renderHook(() => useMapLayout(dataset, dataset));
    expect(posted).toEqual(['dataset', 'layout']);
    await waitFor(() => expect(result.current.layout).not.toBeNull());
    await waitFor(() => expect(posted).toEqual(['dataset', 'layout', 'refine']));
    // The benchmark reads the map's crossings after this mark.
    await waitFor(() => expect(performance.getEntriesByName('order-refined')).toHaveLength(1));
  });
});
