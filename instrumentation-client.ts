// Runs in the browser before the app's modules. zod 4 compiles object parsers with `new Function` unless told
// not to, and probing for that is itself a CSP violation (script-src has no 'unsafe-eval'): parse without it.
// zod keeps its configuration in globalThis.__zod_globalConfig (zod/v4/core/core.js), which it creates only if
// absent: setting the flag there, rather than importing zod/v4/core for config(), keeps zod's core out of
// every page's first download (a page that parses loads zod itself, with the flag already set). The e2e run's
// log check fails on any CSP report, which a parse with the flag missing would cause.
const zodGlobal = globalThis as { __zod_globalConfig?: { jitless?: boolean } };
zodGlobal.__zod_globalConfig ??= {};
zodGlobal.__zod_globalConfig.jitless = true;
