// "Use this asset": the registry asset URI (azureml://registries/{registry}/{kind}/{name}/versions/{version},
// the form jobs, pipelines and deployments take) in CLI YAML and Python SDK (azure-ai-ml) form.
import type { BrowsableAssetKind } from './asset-kinds';

/** The asset's registry URI. */
export function azuremlAssetUri(registry: string, kind: BrowsableAssetKind, name: string, version: string): string {
  return `azureml://registries/${registry}/${kind}/${name}/versions/${version}`;
}

/** A labelled snippet. */
export interface AssetSnippet {
  label: string;
  text: string;
}

// Where the URI goes in a CLI YAML file, per kind.
const YAML_USE: Record<BrowsableAssetKind, (uri: string) => string> = {
  models: (uri) => `# online deployment (az ml online-deployment create -f deployment.yml)\nname: blue\nendpoint_name: my-endpoint\nmodel: ${uri}\ninstance_type: Standard_DS3_v2\ninstance_count: 1\n`,
  environments: (uri) => `# command job (az ml job create -f job.yml)\ncommand: python train.py\ncode: ./src\nenvironment: ${uri}\ncompute: azureml:cpu-cluster\n`,
  components: (uri) => `# pipeline job (az ml job create -f pipeline.yml)\ntype: pipeline\njobs:\n  step:\n    component: ${uri}\n`,
  data: (uri) => `# command job input (az ml job create -f job.yml)\ncommand: python train.py --data \${{inputs.data}}\ninputs:\n  data:\n    path: ${uri}\n`,
};

const PY_GET: Record<BrowsableAssetKind, string> = { models: 'models', environments: 'environments', components: 'components', data: 'data' };

/** The URI, a CLI YAML use and a Python SDK get of one version. */
export function assetSnippets(registry: string, kind: BrowsableAssetKind, name: string, version: string): AssetSnippet[] {
  const uri = azuremlAssetUri(registry, kind, name, version);
  const python =
    'from azure.ai.ml import MLClient\nfrom azure.identity import DefaultAzureCredential\n\n' +
    `registry = MLClient(DefaultAzureCredential(), registry_name="${registry}")\n` +
    `asset = registry.${PY_GET[kind]}.get(name="${name}", version="${version}")\nprint(asset.id)\n`;
  return [
    { label: 'Asset URI', text: uri },
    { label: 'CLI YAML', text: YAML_USE[kind](uri) },
    { label: 'Python SDK', text: python },
  ];
}
