// The request header proxy.ts uses to hand this request's CSP nonce to the root layout, which gives it to
// Griffel so Fluent's <style> elements carry it. Overwritten on every request, so a client cannot choose it.
export const NONCE_HEADER = 'x-nonce';
