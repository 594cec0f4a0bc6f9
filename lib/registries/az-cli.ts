// The `az ml registry create` equivalent of the wizard (issue 5, "Download a template for automation").
import type { CreateRegistryForm } from './create-registry-schema';
import { toRegistryYml } from './registry-yml-export';
import { shellQuote } from './shell-quote';

/** Options for the generated command. */
export interface AzCreateOptions {
  /** The registry.yml path the command reads. */
  file: string;
}

/** `az ml registry create --subscription … --resource-group … --file registry.yml`, quoted for bash. */
export function azCreateCommand(form: CreateRegistryForm, { file }: AzCreateOptions = { file: 'registry.yml' }): string {
  const words = ['az', 'ml', 'registry', 'create'];
  if (form.subscriptionId) words.push('--subscription', shellQuote(form.subscriptionId));
  words.push('--resource-group', shellQuote(form.resourceGroup.name), '--file', shellQuote(file));
  return words.join(' ');
}

// A heredoc delimiter that no line of the file equals, so the file cannot end the heredoc early.
function heredocDelimiter(text: string): string {
  const lines = new Set(text.split('\n'));
  let delimiter = 'REGISTRY_YML';
  for (let n = 1; lines.has(delimiter); n += 1) delimiter = `REGISTRY_YML_${n}`;
  return delimiter;
}

/**
 * A bash script that writes registry.yml (CLI form) and creates the registry, creating the resource group
 * first when the wizard makes a new one. The quoted heredoc keeps `$` and backticks in values literal.
 */
export function azCreateScript(form: CreateRegistryForm, options: AzCreateOptions = { file: 'registry.yml' }): string {
  const yml = toRegistryYml(form, 'cli');
  const delimiter = heredocDelimiter(yml);
  const lines = [`cat > ${shellQuote(options.file)} <<'${delimiter}'`, yml.replace(/\n$/, ''), delimiter];
  if (form.resourceGroup.mode === 'new') {
    const group = ['az', 'group', 'create'];
    if (form.subscriptionId) group.push('--subscription', shellQuote(form.subscriptionId));
    group.push('--name', shellQuote(form.resourceGroup.name), '--location', shellQuote(form.resourceGroup.location ?? ''));
    lines.push(group.join(' '));
  }
  lines.push(azCreateCommand(form, options));
  return `${lines.join('\n')}\n`;
}
