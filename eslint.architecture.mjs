// The arrows of docs/architecture.md as `import/no-restricted-paths` zones: each zone names the files it
// governs (target) and the folders they must not import (from). Paths are relative to the repository root.
// Type-only imports of lib/arm/wire-types.ts are the one exception: it holds ARM's JSON shapes and no code.

const APP = './app';
const COMPONENTS = './components';
const ARM = './lib/arm';
const FACTS = './lib/arm-facts';
const REGISTRIES_SERVER = './lib/registries/server';
const SESSION = './lib/session';
const EMULATOR = './lib/emulator';
const WIRE_TYPES = ['./wire-types.ts', './asset-wire-types.ts'];

// lib/session modules a client component may use: the RBAC rule, path helpers, the expiry message, types.
const SESSION_FOR_CLIENTS = ['./rbac', './next-path.ts', './session-expired.ts', './session-types.ts'];

const rule = (target, from, message, except) => ({ target, from, message, ...(except ? { except } : {}) });

/** Every arrow the lint checks; the message says which arrow an import breaks. */
export const ARCHITECTURE_ZONES = [
  // app -> components, lib/*; never the emulator (reached only over HTTP).
  rule(APP, EMULATOR, 'app reaches the emulator only over HTTP.'),
  // Server code in app takes its input checks and result types from lib, not from components.
  rule(['./app/**/*-action.ts', './app/**/actions.ts', './app/**/route.ts', './app/_actions/**'], COMPONENTS,
    'Server actions and route handlers take input checks and result types from lib/, not components/.'),

  // components -> the pure parts of lib only (they run in the browser).
  rule(COMPONENTS, APP, 'components/ never import app/ (arrows point app -> components).'),
  rule(COMPONENTS, EMULATOR, 'components/ reach the emulator only over HTTP.'),
  rule(COMPONENTS, ARM, 'components/ run in the browser: lib/arm is server-only (ARM facts live in lib/arm-facts).', WIRE_TYPES),
  rule(COMPONENTS, REGISTRIES_SERVER, 'components/ run in the browser: lib/registries/server is server-only; call a server action.'),
  rule(COMPONENTS, SESSION, 'components/ may use only the client-safe parts of lib/session (rbac/, next-path, session-expired, session-types).', SESSION_FOR_CLIENTS),

  rule(COMPONENTS, './lib/action-kit/to-failure.ts', 'components/ run in the browser: toFailure is server-only; read the failure an action returned.'),
  rule(COMPONENTS, './lib/action-kit/browser-read.ts', 'components/ run in the browser: browserRead bounds ARM calls on the server; call the action.'),
  // The action kit: result type and plain words (isomorphic) plus toFailure (server); it serves app and components.
  rule('./lib/action-kit', [APP, COMPONENTS, EMULATOR, REGISTRIES_SERVER], 'lib/action-kit serves app/ and components/; it imports neither.'),

  // lib/arm speaks ARM and knows nothing of the console above it.
  rule(ARM, [APP, COMPONENTS, EMULATOR, './lib/registries', SESSION], 'lib/arm knows nothing of the app, the domain, sessions or the emulator.'),

  // lib/arm-facts is pure data every side may read, so it imports nothing of the project.
  rule(FACTS, [APP, COMPONENTS, ARM, './lib/registries', SESSION, EMULATOR], 'lib/arm-facts is pure data and imports nothing of the project.'),

  // lib/contract-cases is the table of ARM facts both the console and the emulator run: pure data too.
  rule('./lib/contract-cases', [APP, COMPONENTS, ARM, './lib/registries', SESSION, EMULATOR], 'lib/contract-cases is pure data and imports nothing of the project.'),

  // The pure domain (lib/registries/*.ts) is isomorphic: no ARM calls, no server part, no session, no React layers.
  rule(['./lib/registries/*.ts', './lib/registries/assets/**'], ARM, 'lib/registries is the pure domain: ARM calls belong in lib/registries/server.', WIRE_TYPES),
  rule(['./lib/registries/*.ts', './lib/registries/assets/**'], [REGISTRIES_SERVER, SESSION, APP, COMPONENTS, EMULATOR], 'lib/registries is the pure domain: no server part, session, app, components or emulator.'),
  rule(REGISTRIES_SERVER, [APP, COMPONENTS, SESSION, EMULATOR], 'lib/registries/server calls ARM with the client it is given: no app, components, session or emulator.'),

  // lib/session sits under app: it may use lib/arm and lib/registries, never app, components or the emulator.
  rule(SESSION, [APP, COMPONENTS, EMULATOR], 'lib/session knows nothing of app/, components/ or the emulator.'),
  rule(`${SESSION}/rbac`, ARM, 'lib/session/rbac is read by client components: no lib/arm (its rule lives in lib/arm-facts).', WIRE_TYPES),

  // Request plumbing below the console: security headers and origins (read by proxy.ts, app and lib/session), and
  // the request's log context (Node only; lib/arm records ARM's correlation ids into it). Neither knows the console.
  rule('./lib/http-security', [APP, COMPONENTS, ARM, './lib/registries', SESSION, EMULATOR], 'lib/http-security is request plumbing: it imports nothing of the console.'),
  rule('./lib/observability', [APP, COMPONENTS, ARM, './lib/registries', SESSION, EMULATOR, './lib/http-security'], 'lib/observability is Node-only plumbing: it imports nothing of the project.'),
  rule(COMPONENTS, ['./lib/observability', './lib/http-security'], 'components/ run in the browser: lib/observability and lib/http-security are server-side.'),

  // The emulator is the other end of the wire.
  rule(EMULATOR, [APP, COMPONENTS, ARM, './lib/registries', SESSION], 'lib/emulator is the other end of the wire: it imports nothing of the console.'),
];
