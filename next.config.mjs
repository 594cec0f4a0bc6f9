// Next.js configuration. better-sqlite3 is native (the emulator's store, and the console's session store
// under .data/) and ioredis opens sockets per process: both stay external, loaded by Node, never bundled.

// Hosts that may POST server actions besides the console's own Host (a proxy that rewrites Host). proxy.ts
// answers every other origin 403 first; Next's own check must agree, or it would answer these with a 500.
const allowedActionHosts = `${process.env.CONSOLE_ALLOWED_ORIGINS ?? ''} ${process.env.CONSOLE_PUBLIC_URL ?? ''}`
  .split(/[\s,]+/)
  .filter(Boolean)
  .flatMap((value) => {
    try {
      return [new URL(value).host];
    } catch {
      return [];
    }
  });

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  // Separate build folders for parallel test runs on one checkout (scripts/start.ts reads the same variable).
  distDir: process.env.NEXT_DIST_DIR ?? '.next',
  poweredByHeader: false,
  // The console's server compresses instead (brotli for browsers, cheaper gzip): scripts/console-compression.ts.
  compress: false,
  // `npm test` type-checks the whole repo (tests included); a type error in a test must not stop `npm start`.
  typescript: { ignoreBuildErrors: true },
  serverExternalPackages: ['better-sqlite3', 'ioredis', '@azure/identity', '@azure/msal-node'],
  allowedDevOrigins: ['127.0.0.1', 'localhost'],
  experimental: {
    serverActions: { allowedOrigins: allowedActionHosts },
    optimizePackageImports: ['@fluentui/react-components', '@fluentui/react-icons'],
  },
};

export default nextConfig;
