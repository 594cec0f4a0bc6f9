// The wizard's steps and which fields each owns, so errors (from the form or the server) land on a step.

/** The wizard's steps, in order. */
export const CREATE_STEPS = ['basics', 'regions', 'tags', 'review'] as const;
/** One wizard step. */
export type CreateStep = (typeof CREATE_STEPS)[number];

/** Step labels as the step list shows them (issue 5). */
export const CREATE_STEP_LABELS: Record<CreateStep, string> = {
  basics: 'Basics',
  regions: 'Regions',
  tags: 'Tags',
  review: 'Review + create',
};

/** The top-level form fields of each editable step (react-hook-form `trigger` names). */
export const STEP_FIELDS = {
  basics: ['subscriptionId', 'resourceGroup', 'name', 'description'],
  regions: ['primaryRegion', 'additionalRegions', 'advanced'],
  tags: ['tags'],
} as const satisfies Record<Exclude<CreateStep, 'review'>, readonly string[]>;

/** The step that owns a field path ("tags.3.name" → tags); unknown paths go to review, where all is shown. */
export function stepOfField(path: string): CreateStep {
  const top = path.split('.')[0];
  for (const step of ['basics', 'regions', 'tags'] as const) {
    if ((STEP_FIELDS[step] as readonly string[]).includes(top)) return step;
  }
  return 'review';
}

/** The steps that have at least one of the given field errors, in wizard order. */
export function stepsWithErrors(fieldPaths: Iterable<string>): CreateStep[] {
  const steps = new Set([...fieldPaths].map(stepOfField));
  return CREATE_STEPS.filter((step) => steps.has(step));
}
