// Test support: a throwaway folder for one external client tool (az, python) driven against an emulator — the
// emulator's CA written where the tool's TLS setting can point, files the test hands the tool, and cleanup.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** The folder, its CA file, and the two things tests do with it. */
export interface ToolFolder {
  dir: string;
  /** The emulator's CA certificate (PEM), for REQUESTS_CA_BUNDLE and the like. */
  caFile: string;
  /** A file in the folder (templates, model files). */
  writeFile(name: string, content: string | Buffer): string;
  dispose(): void;
}

/** Makes the folder (`{tmp}/{prefix}…`) with the CA in it. */
export function toolFolder(prefix: string, caPem: string): ToolFolder {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  const caFile = path.join(dir, 'emulator-ca.pem');
  writeFileSync(caFile, caPem);
  return {
    dir,
    caFile,
    writeFile(name, content) {
      const file = path.join(dir, name);
      writeFileSync(file, content);
      return file;
    },
    dispose() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
