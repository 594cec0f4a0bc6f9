// The registries resource provider as one object: the extension point a template-deployment engine
// uses to run a template's `Microsoft.MachineLearningServices/registries` resource exactly as a
// direct call would (same validation, same provisioning).
import { patchRegistry, deleteRegistry, removeRegistryRegions } from './registry-actions';
import { getRegistryOperationResult, getRegistryOperationStatus } from './registry-operation-results';
import { createOrUpdateRegistry, getRegistryResult, listRegistryResources } from './registries-rp';
import { validateRegistryPut } from './registry-validation';

/** Every operation of the registries RP, callable with an RpContext and no HTTP. */
export const registriesRp = {
  /** PUT → 201 (create) or 200 (replace), both with Azure-AsyncOperation. */
  createOrUpdate: createOrUpdateRegistry,
  /** Runs every PUT check without writing; throws the first ArmHttpError. */
  validate: validateRegistryPut,
  /** GET one registry. */
  get: getRegistryResult,
  /** Registries of a subscription or resource group (ARM JSON, unpaged). */
  list: listRegistryResources,
  /** PATCH tags/identity/sku (synchronous 200). */
  update: patchRegistry,
  /** DELETE → 202 + Location, or 204 when missing. */
  delete: deleteRegistry,
  /** POST removeRegions → 202 + Location. */
  removeRegions: removeRegistryRegions,
  /** The Azure-AsyncOperation status resource. */
  operationStatus: getRegistryOperationStatus,
  /** The Location result of an operation. */
  operationResult: getRegistryOperationResult,
} as const;
