// Runs in the browser before the app's modules. zod 4 compiles object parsers with `new Function` unless told
// not to, and probing for that is itself a CSP violation (script-src has no 'unsafe-eval'): parse without it.
import { config } from 'zod/v4/core';

config({ jitless: true });
