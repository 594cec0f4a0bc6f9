// Imported first by the console's server, before Next: tsx (which runs the server's TypeScript) turns on
// Node's source-map support, and Node then reads and keeps the .map file of every module it loads —
// Next's server chunks and its own dist, sourcesContent included: ~35 MB of strings on each replica's heap
// for stack traces nobody reads in production (Next's code is minified either way; our log lines carry
// messages and ids, not stacks).
process.setSourceMapsEnabled(false);
