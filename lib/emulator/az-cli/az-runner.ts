// Test support: runs Debian's azure-cli, unchanged, against an emulator — its own config folder (so a
// developer's `az login` is neither used nor touched), the emulator's CA as the only trusted bundle, and the
// emulator's managed-identity endpoint, exactly as the README tells a user to set them.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { toolFolder } from '../testing/tool-folder';

/** What one az invocation printed. */
export interface AzResult {
  stdout: string;
  stderr: string;
  json<T = unknown>(): T;
}

/** An az bound to one emulator. */
export interface AzSession {
  run(args: string[]): Promise<AzResult>;
  /** A file in the session's folder (templates, parameters). */
  writeFile(name: string, text: string): string;
  dispose(): void;
}

// Variables that would point az at a real identity or cloud, or change its output.
const AMBIENT = /^(AZURE_|MSI_|IDENTITY_|IMDS_|REQUESTS_CA_BUNDLE$|CURL_CA_BUNDLE$|ARM_CLOUD_METADATA_URL$)/;

/** Starts an az session against `httpUrl` (managed identity) trusting `caPem` (for the TLS listener). */
export function azSession(opts: { httpUrl: string; caPem: string }): AzSession {
  const folder = toolFolder('registry-hub-az-', opts.caPem);
  const { dir, caFile } = folder;
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !AMBIENT.test(k))) as NodeJS.ProcessEnv;
  Object.assign(env, {
    AZURE_CONFIG_DIR: path.join(dir, 'azure'),
    REQUESTS_CA_BUNDLE: caFile,
    MSI_ENDPOINT: `${opts.httpUrl}/msi/token`,
    AZURE_CORE_COLLECT_TELEMETRY: 'false',
    AZURE_CORE_ONLY_SHOW_ERRORS: 'true',
    AZURE_CORE_NO_COLOR: 'true',
    AZURE_CORE_SURVEY_MESSAGE: 'false',
  });
  return {
    run(args) {
      return new Promise<AzResult>((resolve, reject) => {
        execFile('az', args, { env, cwd: dir, timeout: 120_000, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
          if (error) return reject(new Error(`az ${args.join(' ')} failed (${error.code ?? error.signal}):\n${stderr || stdout}`));
          resolve({ stdout, stderr, json: <T>() => JSON.parse(stdout) as T });
        });
      });
    },
    writeFile: (name, text) => folder.writeFile(name, text),
    dispose: folder.dispose,
  };
}
