// Whether the left nav shows, kept in a cookie so the server renders it as the person left it (no flash on
// reload). The server cannot know the viewport, so "auto" means "the width decides": beside the content from
// 1024 px up, hidden (an overlay drawer the person opens) below. Closing the overlay goes back to "auto", so a
// phone keeps its drawer closed while the same cookie leaves a wide screen's nav where it was.

/** What the cookie holds: "auto" (the default), or a choice that holds at every width. */
export type NavState = 'auto' | 'open' | 'closed';

/** Name of the cookie holding the nav state. */
export const NAV_COOKIE = 'rh-nav';

/** Below this width (px) the nav is an overlay drawer, closed unless opened. */
export const NARROW_MAX_WIDTH = 1023.98;

/** The media query matching narrow viewports. */
export const NARROW_QUERY = `(max-width: ${NARROW_MAX_WIDTH}px)`;

const NAV_COOKIE_MAX_AGE_SECONDS = 60 * 60 * 24 * 365;

/** A cookie value as a nav state; anything unknown (or absent) is "auto". */
export function parseNavState(value: string | undefined | null): NavState {
  return value === 'open' || value === 'closed' ? value : 'auto';
}

/** Whether the nav shows for a state at a viewport width class. */
export function isNavVisible(state: NavState, narrow: boolean): boolean {
  return state === 'open' || (state === 'auto' && !narrow);
}

/** The state after the person toggles the nav: the shortest state showing the opposite of what shows now. */
export function toggledNavState(state: NavState, narrow: boolean): NavState {
  if (isNavVisible(state, narrow)) return narrow ? 'auto' : 'closed';
  return narrow ? 'open' : 'auto';
}

/** The `document.cookie` assignment that stores a nav state for every path ("auto" removes the cookie). */
export function navCookieAssignment(state: NavState): string {
  const maxAge = state === 'auto' ? 0 : NAV_COOKIE_MAX_AGE_SECONDS;
  return `${NAV_COOKIE}=${state}; Path=/; Max-Age=${maxAge}; SameSite=Lax`;
}
