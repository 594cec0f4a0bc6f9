// How fast this machine runs JavaScript right now: a fixed single-threaded workload (JSON and string work on
// 200 small records, as a render does) for one second in a fresh Node process, in rounds per second. The
// shared 2-core machine's speed drifts by half within minutes (2,900-4,900 on an idle machine in one hour), so
// each read-load run prints the figure taken just before it: a replica's pages per second and CPU per page
// are read against it.
import { execFile } from 'node:child_process';

const PROBE = `
const records = Array.from({ length: 200 }, (_, i) => ({ id: 'r' + i, name: 'registry-' + i, tags: { team: 'ml' + i }, n: i }));
let rounds = 0;
const end = Date.now() + 1000;
while (Date.now() < end) {
  JSON.parse(JSON.stringify(records)).map((r) => r.name.toUpperCase()).join(',');
  rounds++;
}
process.stdout.write(String(rounds));
`;

/** Rounds per second of the probe, in a child process (so this process's heap and JIT state do not count). */
export function machineSpeed(): Promise<number> {
  return new Promise((resolve, reject) => {
    execFile(process.execPath, ['-e', PROBE], { timeout: 30_000 }, (error, stdout) => {
      if (error) reject(error);
      else resolve(Number(stdout));
    });
  });
}
