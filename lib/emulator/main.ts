// `npm run emulator [-- --reset]`: runs the ARM emulator alone. Prints
// "ARM emulator listening on <url>" (scripts/start.ts waits for that line), then the TLS listener's URL, and exits cleanly on
// SIGINT/SIGTERM.
import { startEmulator } from './server';

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const unknown = args.filter((a) => a !== '--reset' && a !== '--quiet');
  if (unknown.length) {
    console.error(`Unknown argument(s): ${unknown.join(' ')}. Usage: tsx lib/emulator/main.ts [--reset] [--quiet]`);
    process.exit(2);
  }
  const running = await startEmulator({ reset: args.includes('--reset'), quiet: args.includes('--quiet') });
  console.log(`ARM emulator listening on ${running.url}`);
  console.log(`ARM emulator listening with TLS on ${running.httpsUrl} (trust its CA: ${running.url}/_emulator/ca.pem)`);
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`ARM emulator stopping (${signal})`);
    running.close().then(
      () => process.exit(0),
      (e: unknown) => {
        console.error(e);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

main().catch((e: unknown) => {
  console.error('ARM emulator failed to start:', e);
  process.exit(1);
});
