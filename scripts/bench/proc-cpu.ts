// CPU time from /proc/<pid>/stat (Linux), in ms: the one place the bench reads it. Fields are counted after
// the parenthesised name, which may itself hold spaces: utime, stime, cutime, cstime are the 12th to 15th.
import { readFileSync } from 'node:fs';

const TICKS_PER_SECOND = 100;

function statFields(path: string): string[] {
  const stat = readFileSync(path, 'utf8');
  return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
}

const ms = (ticks: number) => (ticks * 1000) / TICKS_PER_SECOND;

/** utime + stime of process `pid`, or of its main thread alone with `mainThread` (the task whose id is the pid). */
export function cpuMsOf(pid: number, mainThread = false): number {
  const fields = statFields(mainThread ? `/proc/${pid}/task/${pid}/stat` : `/proc/${pid}/stat`);
  return ms(Number(fields[11]) + Number(fields[12]));
}

/** cutime + cstime of this process: the CPU of its finished children (wrk's, once reaped). */
export function reapedChildrenCpuMs(): number {
  const fields = statFields('/proc/self/stat');
  return ms(Number(fields[13]) + Number(fields[14]));
}
