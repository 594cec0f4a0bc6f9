// Maps ARM's answer to a deployment validation (400 InvalidTemplateDeployment with one detail per problem,
// ARM contract §3 "Deployments", or a plain ARM error) back onto the wizard's fields, so Review + create can
// mark the step and the field that must change. Codes are invariant; messages are localised (contract §4),
// so codes decide, and text is only used to find which region a message is about.
import type { ArmErrorBody } from '@/lib/arm/wire-types';
import type { CreateRegistryForm } from './create-registry-schema';
import type { FieldErrors, ParseProblems } from './field-errors';

/** The wizard values a mapping needs to place region and group errors. */
export type MappingContext = Pick<CreateRegistryForm, 'primaryRegion' | 'additionalRegions' | 'resourceGroup'>;

// The region a message is about: the region name that appears in it as a quoted word.
function regionField(message: string, context: MappingContext): string {
  const quoted = [...message.matchAll(/'([^']+)'/g)].map((m) => m[1].toLowerCase().replace(/\s+/g, ''));
  const index = context.additionalRegions.findIndex((region) => quoted.includes(region));
  if (index >= 0 && !quoted.includes(context.primaryRegion)) return `additionalRegions.${index}`;
  return 'primaryRegion';
}

/** The field an ARM error is about, or null when it belongs to no field (shown above the summary). */
export function fieldOfArmError(error: Pick<ArmErrorBody, 'code' | 'message' | 'target'>, context: MappingContext): string | null {
  const code = error.code.toLowerCase();
  const message = error.message ?? '';
  switch (code) {
    case 'invalidresourcename':
      return 'name';
    case 'conflict':
      // Tenant-wide uniqueness (contract §2: "Registry name 'x' is already in use").
      return /name/i.test(message) ? 'name' : null;
    case 'locationnotavailableforresourcetype':
    case 'invalidresourcelocation':
      return regionField(message, context);
    case 'missingsubscriptionregistration':
    case 'subscriptionnotfound':
      return 'subscriptionId';
    case 'resourcegroupnotfound':
    case 'resourcegroupbeingdeleted':
    case 'authorizationfailed':
    case 'linkedauthorizationfailed':
      return 'resourceGroup.name';
    case 'invalidtag':
    case 'invalidtagname':
    case 'invalidtagvalue':
      return 'tags';
    case 'usererror':
      if (/regionDetails/i.test(error.target ?? '') || /region/i.test(message)) return 'additionalRegions';
      if (/storage/i.test(message)) return 'advanced';
      return null;
    default:
      return null;
  }
}

/**
 * Field errors and form-level messages from a validation failure. An error with details is a wrapper
 * (InvalidTemplateDeployment, DeploymentFailed): its details are the problems; otherwise the error is one.
 */
export function mapValidationError(error: ArmErrorBody, context: MappingContext): ParseProblems {
  const problems = error.details && error.details.length > 0 ? error.details : [error];
  const fieldErrors: FieldErrors = {};
  const formErrors: string[] = [];
  for (const problem of problems) {
    const field = fieldOfArmError(problem, context);
    const text = `${problem.message} (${problem.code})`;
    if (field === null) formErrors.push(text);
    else fieldErrors[field] ??= text;
  }
  return { fieldErrors, formErrors };
}
