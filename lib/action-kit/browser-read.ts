// The one way a read the browser asks for (a server action or an API route polled after the first paint)
// bounds its ARM calls: within BROWSER_READ_BUDGET_MS (lib/arm/deadline.ts) a frozen or throttling ARM
// comes back as an honest failure ("Azure Resource Manager is not answering", "retrying in 28 s") that the
// page reads again by itself (reads-again.ts), instead of a request held for ARM's 90 s per attempt. Inside
// a page render's tighter budget, the render's budget stays.
import 'server-only';
import { BROWSER_READ_BUDGET_MS, withArmDeadline } from '@/lib/arm/deadline';

/** Runs `read` with every ARM call inside it bounded to the browser-read budget. */
export function browserRead<T>(read: () => Promise<T>): Promise<T> {
  return withArmDeadline(BROWSER_READ_BUDGET_MS, read);
}
