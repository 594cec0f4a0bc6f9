// The long operations the registry page starts, as the actions hand them to the page and the status route
// answers their polls. Terminal statuses are Succeeded, Failed and Canceled (arm-contract §4).

/** The long operations the registry page starts. */
export type OperationKind = 'addRegions' | 'removeRegions' | 'delete';

/** A long operation an action started: the encoded handle the page polls, and what it is. */
export interface StartedOperation {
  handle: string;
  kind: OperationKind;
  /** The regions added or removed (none for a delete); the URL carries them so a reload shows the same title. */
  regions: string[];
  /** What the banner says while it runs, e.g. "Adding region japaneast". */
  title: string;
  /** Seconds ARM asked the client to wait between polls. */
  retryAfterSeconds: number | null;
}

/** The status route's answer for one poll. */
export interface OperationPoll {
  status: 'InProgress' | 'Succeeded' | 'Failed' | 'Canceled';
  retryAfterSeconds: number | null;
  error: { code: string; message: string } | null;
}
