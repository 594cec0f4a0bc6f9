// ARG's per-user quota headers: about 15 queries per 5-second window per user (arm-contract.md §3
// "Resource Graph"; Learn "Guidance for throttled requests in Azure Resource Graph"). The emulator
// reports the window like ARG but never throttles: 429s come from fault injection.

const WINDOW_MS = 5_000;
const QUOTA = 15;

/** Per-principal query windows of one emulator instance (in memory, like ARG's). */
export class ResourceGraphQuota {
  private readonly windows = new Map<string, { start: number; used: number }>();

  /** Counts one query and returns `x-ms-user-quota-remaining` and `x-ms-user-quota-resets-after` ("hh:mm:ss"). */
  take(principalId: string, now: number): Record<string, string> {
    let w = this.windows.get(principalId);
    if (!w || now - w.start >= WINDOW_MS) {
      w = { start: now, used: 0 };
      this.windows.set(principalId, w);
    }
    w.used++;
    const seconds = Math.max(0, Math.ceil((w.start + WINDOW_MS - now) / 1000));
    const resets = `00:00:${String(seconds).padStart(2, '0')}`;
    return { 'x-ms-user-quota-remaining': String(Math.max(0, QUOTA - w.used)), 'x-ms-user-quota-resets-after': resets };
  }
}
