// The Export tab's files for a registry as it is now: registry.yml in the CLI form and in the seed's
// 2022 form, and the ARM template with its parameters file. The wizard's import reads the yml back.
import type { WireRegistry } from '@/lib/arm/wire-types';
import { registryYmlFromWire } from '@/lib/registries/registry-yml';
import { deploymentParametersFile, templateFromRegistry } from '@/lib/registries/template';
import type { RegistryExports } from '@/lib/registries/registry-details';

/** One downloadable export. */
export interface ExportFile {
  key: keyof RegistryExports;
  label: string;
  fileName: string;
  mimeType: string;
  language: 'yaml' | 'json';
}

/** The export files in the order the tab shows them. */
export const EXPORT_FILES: readonly ExportFile[] = [
  { key: 'ymlCli', label: 'registry.yml (CLI form)', fileName: 'registry.yml', mimeType: 'application/yaml', language: 'yaml' },
  { key: 'ymlSeed', label: 'registry.yml (2022 preview form)', fileName: 'registry.preview.yml', mimeType: 'application/yaml', language: 'yaml' },
  { key: 'template', label: 'ARM template', fileName: 'azuredeploy.json', mimeType: 'application/json', language: 'json' },
  { key: 'parameters', label: 'ARM template parameters', fileName: 'azuredeploy.parameters.json', mimeType: 'application/json', language: 'json' },
];

/** Every export of a registry as ARM returned it (server-filled names and ids are left out). */
export function registryExports(wire: WireRegistry): RegistryExports {
  const bundle = templateFromRegistry(wire);
  return {
    ymlCli: registryYmlFromWire(wire, 'cli'),
    ymlSeed: registryYmlFromWire(wire, 'seed'),
    template: `${JSON.stringify(bundle.template, null, 2)}\n`,
    parameters: `${JSON.stringify(deploymentParametersFile(bundle.parameters), null, 2)}\n`,
  };
}
