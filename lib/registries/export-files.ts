// The Export tab's list of files (label, file name, type), apart from the code that writes them
// (registry-exports.ts): the tab is a client component, and the writers pull the yaml library and the
// template builder, which its bundle does not need (the server hands it the files' text).
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
