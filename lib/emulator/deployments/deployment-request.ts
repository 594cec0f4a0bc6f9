// Parses the body of PUT/validate …/deployments/{name} (arm-contract.md §3): `{location?, tags?,
// properties:{mode, template, parameters}}`. Only inline templates in Incremental mode run here; linked
// templates, Complete mode and on-error deployments are refused loudly instead of being half-done.
import { ArmHttpError, invalidRequestContent } from '../errors';
import { parseTags } from '../rp/tag-rules';

/** A parsed deployment request. */
export interface DeploymentRequest {
  mode: 'Incremental';
  template: unknown;
  parameters: unknown;
  tags: Record<string, string>;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Parses and checks a deployment body. */
export function parseDeploymentRequest(body: unknown): DeploymentRequest {
  if (!isObject(body)) throw invalidRequestContent('The request body must be a JSON object');
  const p = body.properties;
  if (!isObject(p)) throw invalidRequestContent("Required property 'properties' not found in JSON");
  if (typeof p.mode !== 'string') throw invalidRequestContent("Required property 'properties.mode' (Incremental or Complete) not found in JSON");
  if (p.mode.toLowerCase() === 'complete') {
    throw new ArmHttpError(400, 'InvalidDeploymentMode', "The deployment mode 'Complete' is not supported by the ARM emulator; use 'Incremental'.", 'properties.mode');
  }
  if (p.mode.toLowerCase() !== 'incremental') throw invalidRequestContent(`Property 'properties.mode' has an invalid value '${p.mode}'; expected Incremental or Complete`);
  if (p.templateLink !== undefined || p.parametersLink !== undefined) {
    throw invalidRequestContent("'templateLink' and 'parametersLink' are not supported by the ARM emulator (it has no network access); send 'template' and 'parameters' inline");
  }
  if (p.onErrorDeployment !== undefined) throw invalidRequestContent("'onErrorDeployment' is not supported by the ARM emulator");
  if (p.validationLevel !== undefined && String(p.validationLevel).toLowerCase() !== 'provider') {
    throw invalidRequestContent(`'validationLevel' '${String(p.validationLevel)}' is not supported by the ARM emulator; it always validates at the 'Provider' level`);
  }
  if (p.template === undefined) throw invalidRequestContent("Required property 'properties.template' not found in JSON");
  return { mode: 'Incremental', template: p.template, parameters: p.parameters, tags: parseTags(body.tags) };
}
