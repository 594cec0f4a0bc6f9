import { describe, expect, it } from 'vitest';
import type { ReadLoadFigures } from './read-load-measure';
import { medianRatio, medianRound, runsOf } from './read-load-rounds';

const run = (replicas: number, requestsPerSecond: number): ReadLoadFigures => ({
  replicas, clients: 40, seconds: 20, requests: requestsPerSecond * 20, requestsPerSecond, p50: 0, p95: 0, p99: 0, errors: 0, cutOff: 0,
  peakRssMb: [], cpuMsPerRequest: 0, mainThreadCpuMsPerRequest: 0, armCpuMsPerRequest: 0, loadCpuMsPerRequest: 0, htmlBytes: 0, machineSpeed: 0,
});

describe('read-load rounds', () => {
  it('takes the median round, the lower middle of an even count', () => {
    expect(medianRound([run(1, 60), run(1, 44), run(1, 52)]).requestsPerSecond).toBe(52);
    expect(medianRound([run(1, 60), run(1, 44)]).requestsPerSecond).toBe(44);
  });

  it('compares two replicas with one round by round, not median with median', () => {
    // The machine slowed in round 2: both configurations dropped, their ratio did not.
    const ones = [run(1, 60), run(1, 44), run(1, 62)];
    const twos = [run(2, 78), run(2, 57), run(2, 86)];
    expect(medianRatio(ones, twos)).toBeCloseTo(78 / 60, 5);
    expect(medianRatio([run(1, 50)], [run(2, 60)])).toBeCloseTo(1.2, 5);
  });

  it('picks one configuration at one client count, in the order the rounds ran', () => {
    const at = (clients: number, r: ReadLoadFigures) => ({ ...r, clients });
    const runs = [run(1, 60), run(2, 78), at(50, run(1, 50)), run(2, 57), run(1, 44)];
    expect(runsOf(runs, 40, 1).map((r) => r.requestsPerSecond)).toEqual([60, 44]);
    expect(runsOf(runs, 40, 2).map((r) => r.requestsPerSecond)).toEqual([78, 57]);
    expect(runsOf(runs, 50, 1).map((r) => r.requestsPerSecond)).toEqual([50]);
  });

  it('refuses to summarise nothing', () => {
    expect(() => medianRound([])).toThrow();
    expect(() => medianRatio([], [run(2, 60)])).toThrow();
  });
});
