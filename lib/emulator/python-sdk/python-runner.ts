// Test support: runs a Python script with Debian's python3 and its azure-ai-ml (python3-azure), unchanged,
// against an emulator — the emulator's CA as the only trusted bundle, its managed-identity endpoint as the
// credential's source (azure-identity's Cloud Shell protocol, MSI_ENDPOINT), and the pydash stand-in
// (pydash-standin/, see its __init__.py) on PYTHONPATH because Debian does not package pydash.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { toolFolder } from '../testing/tool-folder';

/** Debian's interpreter (a pyenv or venv python would not see python3-azure). */
export const DEBIAN_PYTHON = '/usr/bin/python3';

const STANDIN = path.join(__dirname, 'pydash-standin');

// Variables that would point the client at a real identity or cloud, or at other Python packages.
const AMBIENT = /^(AZURE_|AZUREML_|MSI_|IDENTITY_|IMDS_|REQUESTS_CA_BUNDLE$|CURL_CA_BUNDLE$|SSL_CERT_FILE$|PYTHON|VIRTUAL_ENV$|HTTPS?_PROXY$|https?_proxy$)/;

/** A folder with the emulator's CA, for one test file's Python runs. */
export interface PythonSession {
  /** Runs `script` (a file, or `-c` with `code`) with `env` added; resolves with stdout, rejects with stderr on a non-zero exit. */
  run(script: string, env: Record<string, string>, timeoutMs?: number, code?: string): Promise<string>;
  /** A file in the session's folder. */
  writeFile(name: string, content: string | Buffer): string;
  dispose(): void;
}

/** Starts a session against the emulator at `httpUrl` (managed identity) trusting `caPem`. */
export function pythonSession(opts: { httpUrl: string; caPem: string }): PythonSession {
  const folder = toolFolder('registry-hub-python-', opts.caPem);
  const { dir, caFile } = folder;
  const base = Object.fromEntries(Object.entries(process.env).filter(([k]) => !AMBIENT.test(k))) as NodeJS.ProcessEnv;
  Object.assign(base, { PYTHONPATH: STANDIN, PYTHONDONTWRITEBYTECODE: '1', REQUESTS_CA_BUNDLE: caFile, MSI_ENDPOINT: `${opts.httpUrl}/msi/token`, HOME: dir });
  return {
    run(script, env, timeoutMs = 90_000, code) {
      return new Promise<string>((resolve, reject) => {
        execFile(DEBIAN_PYTHON, code === undefined ? [script] : [script, code], { env: { ...base, ...env }, cwd: dir, timeout: timeoutMs, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
          if (error) return reject(new Error(`python3 ${path.basename(script)} failed (${error.code ?? error.signal}):\n${stderr || stdout}`));
          resolve(stdout);
        });
      });
    },
    writeFile: folder.writeFile,
    dispose: folder.dispose,
  };
}
