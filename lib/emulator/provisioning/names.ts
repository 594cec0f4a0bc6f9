// Names Azure Machine Learning gives the resources it creates for a registry: the managed resource
// group `azureml-rg-{name}_{guid}`, storage accounts (3–24 lowercase alphanumerics) and the Premium
// container registry (5–50 alphanumerics), each with a random suffix as the service does.
import { randomBytes, randomUUID } from 'node:crypto';

const alnum = (name: string) => name.toLowerCase().replace(/[^a-z0-9]/g, '');
const hex = (chars: number) => randomBytes(Math.ceil(chars / 2)).toString('hex').slice(0, chars);

/** The managed resource group of a registry. */
export function managedResourceGroupName(registryName: string): string {
  return `azureml-rg-${registryName}_${randomUUID()}`;
}

/** A storage account name for a registry. */
export function storageAccountName(registryName: string): string {
  return `${alnum(registryName).slice(0, 12)}${hex(10)}`;
}

/** The container registry name for a registry. */
export function containerRegistryName(registryName: string): string {
  return `${alnum(registryName).slice(0, 30)}${hex(10)}`;
}
