// The one list of axe-core findings the console accepts, each with why. Only markup the app cannot change
// belongs here (Fluent UI's internals); anything from how the app uses a component is fixed instead.

/** A finding to accept: an axe rule id, and a fragment of the offending node's HTML. */
export interface AllowedFinding {
  rule: string;
  html: string;
  reason: string;
}

/** Accepted findings. */
export const AXE_ALLOW_LIST: AllowedFinding[] = [
  {
    rule: 'aria-hidden-focus',
    html: 'data-tabster-dummy',
    reason:
      "Tabster's focus sentinels (<i tabindex=0 aria-hidden>), which Fluent's focus management inserts around " +
      'arrow-key groups and at the edges of the document to catch Tab. They are never announced and pass ' +
      'focus on at once; removing them or their tabindex would break Tab order in every Fluent component.',
  },
];
