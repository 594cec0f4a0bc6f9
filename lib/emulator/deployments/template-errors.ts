// The errors of template deployments, with ARM's codes and wording (arm-contract.md §3 "Deployments"):
// InvalidTemplate for a template the engine cannot evaluate, InvalidTemplateDeployment for a preflight
// failure (the underlying errors in `details`), DeploymentFailed for a finished run, and the 409s.
import { randomUUID } from 'node:crypto';
import { ArmHttpError } from '../errors';

/** A reason an expression or template part cannot be evaluated; located and wrapped by the evaluator. */
export class TemplateProblem extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TemplateProblem';
  }
}

/** 400 InvalidTemplate; `target` is the JSON path of the offending template part. */
export const invalidTemplate = (message: string, target?: string) =>
  new ArmHttpError(400, 'InvalidTemplate', `Deployment template validation failed: '${message}'. Please see https://aka.ms/arm-syntax for usage details.`, target);

/** 400 InvalidTemplateDeployment: preflight found problems; each one is a detail whose target is the resource name. */
export const invalidTemplateDeployment = (deploymentName: string, details: { code: string; message: string; target?: string }[]) =>
  new ArmHttpError(
    400,
    'InvalidTemplateDeployment',
    `The template deployment '${deploymentName}' is not valid according to the validation procedure. The tracking id is '${randomUUID()}'. See inner errors for details.`,
    undefined,
    details,
  );

/** The outer error of a failed deployment (ARM's text, arm-contract.md §3). */
export const DEPLOYMENT_FAILED_MESSAGE =
  'At least one resource deployment operation failed. Please list deployment operations for details. Please see https://aka.ms/DeployOperations for usage details.';

/** 409 DeploymentActive: a deployment with this name is still running (ARM's message). */
export const deploymentActive = (name: string, startedAt: number) =>
  new ArmHttpError(
    409,
    'DeploymentActive',
    `Unable to edit or replace deployment '${name}': previous deployment from '${new Date(startedAt).toISOString()}' is still active (expiration time is '${new Date(startedAt + 14 * 86_400_000).toISOString()}'). Please see https://aka.ms/arm-deploy for usage details.`,
  );

/** 409 DeploymentCannotBeCancelled: only a running deployment can be canceled. */
export const deploymentCannotBeCancelled = (name: string, state: string) =>
  new ArmHttpError(409, 'DeploymentCannotBeCancelled', `The deployment '${name}' cannot be cancelled because it is in '${state}' state. Only running deployments can be cancelled.`);

/** 404 DeploymentNotFound (arm-contract.md §4). */
export const deploymentNotFound = (name: string, resourceGroup: string) =>
  new ArmHttpError(404, 'DeploymentNotFound', `Deployment '${name}' could not be found under resource group '${resourceGroup}'.`);
