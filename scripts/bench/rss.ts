// Peak resident memory of a server process, sampled from /proc while the benchmark runs. The children we
// spawn are launchers (tsx, next) whose server is a descendant, so the tree is walked and the largest
// process's peak (VmHWM, or VmRSS if the kernel hides it) is the server's. Linux only, as the bench is.
import { existsSync, readFileSync } from 'node:fs';

function childrenOf(pid: number): number[] {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
  } catch {
    return [];
  }
}

function treeOf(pid: number): number[] {
  const all = [pid];
  for (let i = 0; i < all.length; i++) all.push(...childrenOf(all[i]));
  return all;
}

function rssKb(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  try {
    const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) : 0;
  } catch {
    return 0;
  }
}

/** Samples a process tree every `intervalMs`; `stop()` returns its largest process's peak resident size in MB. */
export function sampleRss(pid: number, intervalMs = 100): { stop: () => number } {
  let peakKb = 0;
  const sample = () => {
    for (const p of treeOf(pid)) peakKb = Math.max(peakKb, rssKb(p, 'VmHWM'), rssKb(p, 'VmRSS'));
  };
  sample();
  const timer = setInterval(sample, intervalMs);
  return {
    stop: () => {
      sample();
      clearInterval(timer);
      return Math.round(peakKb / 1024);
    },
  };
}

/** True when /proc is readable (Linux). */
export function canSampleRss(): boolean {
  return existsSync('/proc/self/status');
}
