// The architecture's arrows are enforced by lint (eslint.architecture.mjs): each wrong import below must be
// reported by import/no-restricted-paths, and the right one beside it must not be. ESLint runs with the
// project's own config, on code that is never written to disk.
import { ESLint } from 'eslint';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '../..');
const eslint = new ESLint({ cwd: root });

async function boundaryErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, filePath) });
  return result.messages.filter((m) => m.ruleId === 'import/no-restricted-paths').map((m) => m.message);
}

// [file that imports, import it must NOT make, what the lint says]
const WRONG: [string, string, RegExp][] = [
  ['components/registries/x.tsx', "import { isArmError } from '@/lib/arm/errors';", /lib\/arm is server-only/],
  ['components/registries/x.tsx', "import { listRegistries } from '@/lib/registries/server/list-registries';", /lib\/registries\/server is server-only/],
  ['components/shell/x.tsx', "import { getConsoleArmClient } from '@/lib/session/arm-client';", /client-safe parts of lib\/session/],
  ['components/shell/x.tsx', "import { signOutAction } from '@/app/_actions/sign-out-action';", /never import app/],
  ['components/registries/x.tsx', "import { toFailure } from '@/lib/action-kit/to-failure';", /toFailure is server-only/],
  ['app/registries/x-action.ts', "import { FailureBar } from '@/components/action-kit/failure-bar';", /not components/],
  ['app/registries/x.tsx', "import { startEmulator } from '@/lib/emulator/server';", /only over HTTP/],
  ['lib/arm/x.ts', "import { registryNameSchema } from '@/lib/registries/names';", /lib\/arm knows nothing/],
  ['lib/arm/x.ts', "import { FailureBar } from '@/components/action-kit/failure-bar';", /lib\/arm knows nothing/],
  ['lib/registries/x.ts', "import { isArmError } from '@/lib/arm/errors';", /pure domain/],
  ['lib/registries/x.ts', "import { listRegistries } from '@/lib/registries/server/list-registries';", /pure domain/],
  ['lib/registries/server/x.ts', "import { getConsoleArmClient } from '@/lib/session/arm-client';", /no app, components, session/],
  ['lib/session/x.ts', "import { FailureBar } from '@/components/action-kit/failure-bar';", /lib\/session knows nothing/],
  ['lib/emulator/x.ts', "import { isArmError } from '@/lib/arm/errors';", /other end of the wire/],
  ['lib/emulator/x.ts', "import { registryNameSchema } from '../registries/names';", /other end of the wire/],
  ['lib/arm-facts/x.ts', "import { isArmError } from '@/lib/arm/errors';", /pure data/],
  ['lib/http-security/x.ts', "import { requireSession } from '@/lib/session/session';", /request plumbing/],
  ['lib/observability/x.ts', "import { isArmError } from '@/lib/arm/errors';", /Node-only plumbing/],
  ['components/shell/x.tsx', "import { logLine } from '@/lib/observability/structured-log';", /server-side/],
];

// The right arrows, each next to a wrong one above.
const RIGHT: [string, string][] = [
  ['components/registries/x.tsx', "import type { WireRegistry } from '@/lib/arm/wire-types';"],
  ['components/registries/x.tsx', "import { registryNameSchema } from '@/lib/registries/names';"],
  ['components/shell/x.tsx', "import { can } from '@/lib/session/rbac/can';"],
  ['components/registries/x.tsx', "import { REGISTRY_RESOURCE_TYPE } from '@/lib/arm-facts/resource-types';"],
  ['app/registries/x-action.ts', "import { toFailure } from '@/lib/action-kit/to-failure';"],
  ['app/registries/x.tsx', "import { FailureBar } from '@/components/action-kit/failure-bar';"],
  ['lib/arm/x.ts', "import { API_VERSIONS } from '@/lib/arm-facts/api-versions';"],
  ['lib/registries/server/x.ts', "import { isArmError } from '@/lib/arm/errors';"],
  ['lib/session/x.ts', "import { isArmError } from '@/lib/arm/errors';"],
  ['lib/session/x.ts', "import { publicOriginIsHttps } from '@/lib/http-security/public-origin';"],
  ['lib/arm/x.ts', "import { currentRequestContext } from '@/lib/observability/request-context';"],
];

describe('architecture boundaries (import/no-restricted-paths)', () => {
  it.each(WRONG)('%s: %s is refused', async (file, code, says) => {
    const errors = await boundaryErrors(file, `${code}\n`);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(says);
  });

  it.each(RIGHT)('%s: %s is allowed', async (file, code) => {
    expect(await boundaryErrors(file, `${code}\n`)).toEqual([]);
  });
});
