// ARM's throttling headers. Since 2024 ARM uses a token bucket per subscription, per principal, per
// operation type (reads 250 refilling 25/s; writes and deletes 200 refilling 10/s; the global
// subscription bucket is 15× that) — arm-contract.md §4 "Throttling". The emulator reports the
// remaining tokens but never throttles (429s come from fault injection).

/** Operation types ARM throttles separately. */
export type OperationType = 'read' | 'write' | 'delete';

const BUCKETS: Record<OperationType, { size: number; refillPerSecond: number; header: string }> = {
  read: { size: 250, refillPerSecond: 25, header: 'reads' },
  write: { size: 200, refillPerSecond: 10, header: 'writes' },
  delete: { size: 200, refillPerSecond: 10, header: 'deletes' },
};

interface Bucket {
  tokens: number;
  at: number;
}

/** Token buckets of one emulator instance (in memory: throttling state is not worth persisting). */
export class RateLimiter {
  private readonly buckets = new Map<string, Bucket>();

  private take(key: string, type: OperationType, size: number, now: number): number {
    const { refillPerSecond } = BUCKETS[type];
    const bucket = this.buckets.get(key) ?? { tokens: size, at: now };
    bucket.tokens = Math.min(size, bucket.tokens + ((now - bucket.at) / 1000) * refillPerSecond * (size / BUCKETS[type].size));
    bucket.at = now;
    bucket.tokens = Math.max(0, bucket.tokens - 1);
    this.buckets.set(key, bucket);
    return Math.floor(bucket.tokens);
  }

  /** Consumes one token and returns the `x-ms-ratelimit-remaining-*` headers for the request. */
  headers(principalId: string, subscriptionId: string | undefined, type: OperationType, now: number): Record<string, string> {
    const { size, header } = BUCKETS[type];
    if (!subscriptionId) {
      if (type === 'delete') return {};
      return { [`x-ms-ratelimit-remaining-tenant-${header}`]: String(this.take(`t:${principalId}:${type}`, type, size, now)) };
    }
    return {
      [`x-ms-ratelimit-remaining-subscription-${header}`]: String(this.take(`s:${subscriptionId}:${principalId}:${type}`, type, size, now)),
      [`x-ms-ratelimit-remaining-subscription-global-${header}`]: String(this.take(`g:${subscriptionId}:${type}`, type, size * 15, now)),
    };
  }
}
