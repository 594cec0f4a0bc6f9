// Provisioning delays at ARM's pace, in ms. Every stored due time is `now + delay × timeScale`, so
// ARM_EMULATOR_TIME_SCALE scales the whole schedule (issue 2: a create takes about a minute at time scale 1).
import type { RpContext } from '../context';

/** Delays (ms at time scale 1) of each provisioning step. */
export const DELAYS = {
  storageFirstReady: 20_000,
  storageStagger: 4_000,
  acrReady: 32_000,
  replicationStagger: 10_000,
  createFinalize: 8_000,
  updateBase: 5_000,
  updateStorageReady: 17_000,
  updateReplicationReady: 20_000,
  updateReplicationStagger: 8_000,
  removeReplication: 8_000,
  removeStorage: 10_000,
  removeStagger: 4_000,
  deleteReplication: 5_000,
  deleteStorage: 8_000,
  deleteStagger: 3_000,
  deleteAcrAfterReplications: 6_000,
  deleteFinalize: 4_000,
  resourceGroupDelete: 10_000,
  providerRegistration: 8_000,
} as const;

/** The absolute time `ms` (at time scale 1) after the operation's start. */
export function after(ctx: RpContext, ms: number): number {
  return ctx.now + Math.round(ms * ctx.emulator.config.timeScale);
}

/** The Retry-After (integer seconds, ≥ 1) to advertise: ARM's 10 s scaled by the time scale. */
export function retryAfterSeconds(ctx: RpContext): string {
  return String(Math.max(1, Math.ceil(10 * ctx.emulator.config.timeScale)));
}
