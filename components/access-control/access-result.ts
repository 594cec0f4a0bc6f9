// What the Access control tab's server actions return (house style): data, or a failure in plain words
// with ARM's code and ids kept for support.

/** A failed access-control action. */
export interface AccessFailure {
  ok: false;
  message: string;
  code?: string;
  status?: number;
  requestId?: string | null;
}

/** The result of an access-control action. */
export type AccessResult<T> = { ok: true; data: T } | AccessFailure;

/** The registry the tab is about (the props of AccessControlTab). */
export interface AccessControlTarget {
  subscriptionId: string;
  resourceGroup: string;
  registryName: string;
}
