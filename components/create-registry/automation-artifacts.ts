// The files "Download a template for automation" offers for the wizard's values: the ARM template and its
// parameters, registry.yml in both forms, and the equivalent `az ml registry create` script.
import type { CreateRegistryForm } from '@/lib/registries/create-registry-schema';
import { azCreateScript } from '@/lib/registries/az-cli';
import { toRegistryYml } from '@/lib/registries/registry-yml';
import { buildDeploymentTemplate, deploymentParametersFile } from '@/lib/registries/template';

/** One viewable, copyable, downloadable file. */
export interface AutomationArtifact {
  id: string;
  /** Tab label. */
  label: string;
  fileName: string;
  mimeType: string;
  content: string;
}

/** Every artifact for valid wizard values, in the order the dialog shows them. */
export function automationArtifacts(form: CreateRegistryForm): AutomationArtifact[] {
  const bundle = buildDeploymentTemplate(form);
  const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
  return [
    { id: 'template', label: 'Template', fileName: 'template.json', mimeType: 'application/json', content: json(bundle.template) },
    {
      id: 'parameters',
      label: 'Parameters',
      fileName: 'parameters.json',
      mimeType: 'application/json',
      content: json(deploymentParametersFile(bundle.parameters)),
    },
    { id: 'yml-cli', label: 'registry.yml (CLI)', fileName: 'registry.yml', mimeType: 'application/yaml', content: toRegistryYml(form, 'cli') },
    {
      id: 'yml-seed',
      label: 'registry.yml (2022 preview)',
      fileName: 'registry-preview.yml',
      mimeType: 'application/yaml',
      content: toRegistryYml(form, 'seed'),
    },
    { id: 'az-cli', label: 'Azure CLI', fileName: 'create-registry.sh', mimeType: 'text/x-shellscript', content: azCreateScript(form) },
  ];
}
