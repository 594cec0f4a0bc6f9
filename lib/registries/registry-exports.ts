// The Export tab's files for a registry as it is now: registry.yml in the CLI form and in the seed's
// 2022 form, and the ARM template with its parameters file (their list: export-files.ts). The wizard's
// import reads the yml back.
import type { WireRegistry } from '@/lib/arm/wire-types';
import { registryYmlFromWire } from '@/lib/registries/registry-yml';
import { deploymentParametersFile, templateFromRegistry } from '@/lib/registries/template';
import type { RegistryExports } from '@/lib/registries/registry-details';

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
