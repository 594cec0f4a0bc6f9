// proxy.ts forwards the requested path in a request header, so server code that finds no session (a cookie
// that expired between the proxy and the page) can send the user to sign-in and back to the same page.

/** Request header carrying the path and query the browser asked for. */
export const REQUEST_PATH_HEADER = 'x-registry-hub-path';
