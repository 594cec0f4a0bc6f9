// Next's build output and files served by extension: they get the security headers and nothing else (no
// session), from proxy.ts and from the console server's fast path (scripts/console-gate.ts) alike.
export const STATIC_FILE = /^\/(?:_next\/static\/|_next\/image|favicon\.ico$)|\.(?:svg|png|jpg|jpeg|gif|webp|ico|css|js|map|txt|webmanifest|woff2?)$/;
