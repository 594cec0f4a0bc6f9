// How read-load.ts sums up its rounds: the machine's speed drifts between runs, so each configuration is
// judged by its median round, and two replicas against one by the median of the rounds' ratios (each round
// measures both next to each other, under the same drift).
import type { ReadLoadFigures } from './read-load-measure';

/** The runs of one configuration at one client count, in the order they ran (round by round). */
export function runsOf(runs: readonly ReadLoadFigures[], clients: number, replicas: number): ReadLoadFigures[] {
  return runs.filter((r) => r.clients === clients && r.replicas === replicas);
}

/** The run with the median requests/s (the lower middle of an even count: the figures claim no more). */
export function medianRound(runs: readonly ReadLoadFigures[]): ReadLoadFigures {
  if (runs.length === 0) throw new Error('No runs to take a median of.');
  const sorted = [...runs].sort((a, b) => a.requestsPerSecond - b.requestsPerSecond);
  return sorted[Math.floor((sorted.length - 1) / 2)];
}

/** Median over rounds of twos[i] / ones[i] requests/s (the i-th run of each is the i-th round's). */
export function medianRatio(ones: readonly ReadLoadFigures[], twos: readonly ReadLoadFigures[]): number {
  const rounds = Math.min(ones.length, twos.length);
  if (rounds === 0) throw new Error('No rounds to compare.');
  const ratios = Array.from({ length: rounds }, (_, i) => twos[i].requestsPerSecond / ones[i].requestsPerSecond).sort((a, b) => a - b);
  return ratios[Math.floor((rounds - 1) / 2)];
}
