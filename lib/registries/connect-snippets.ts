// Snippets for the registry page's "Connect" panel (issue 7): how to reach the registry from the CLI,
// the Python SDK, and asset ids.
import { shellQuote } from './shell-quote';

/** Ready-to-copy ways to use a registry. */
export interface ConnectSnippets {
  cli: string;
  python: string;
  assetIdPrefix: string;
}

// A Python string literal; JSON's escaping is valid Python for the characters a registry name can hold.
const pyString = (text: string) => JSON.stringify(text);

/** The snippets for a registry by name and primary region. */
export function connectSnippets(registry: { name: string; location: string }): ConnectSnippets {
  const name = shellQuote(registry.name);
  return {
    cli: [
      `az ml model list --registry-name ${name}`,
      `az ml component list --registry-name ${name}`,
      `az ml environment list --registry-name ${name}`,
    ].join('\n'),
    python: [
      'from azure.ai.ml import MLClient',
      'from azure.identity import DefaultAzureCredential',
      '',
      'ml_client = MLClient(credential=DefaultAzureCredential(), ' +
        `registry_name=${pyString(registry.name)}, registry_location=${pyString(registry.location)})`,
    ].join('\n'),
    assetIdPrefix: `azureml://registries/${registry.name}/`,
  };
}
