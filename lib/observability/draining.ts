// Whether this replica is shutting down. The console's server (scripts/console-server.ts) sets it on
// SIGTERM; /api/ready then answers 503 so the load balancer stops sending new work while in-flight
// requests finish. On globalThis: the server and Next's bundles are separate module graphs in one process.
const KEY = Symbol.for('registry-hub.draining');

/** Marks this process as draining (irreversible). */
export function markDraining(): void {
  (globalThis as { [KEY]?: boolean })[KEY] = true;
}

/** True once SIGTERM has started the drain. */
export function isDraining(): boolean {
  return (globalThis as { [KEY]?: boolean })[KEY] === true;
}
