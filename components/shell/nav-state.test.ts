import { describe, expect, it } from 'vitest';
import { isNavVisible, navCookieAssignment, NAV_COOKIE, parseNavState, toggledNavState } from './nav-state';

describe('nav state', () => {
  it('reads open and closed from the cookie and anything else as auto', () => {
    expect(parseNavState('open')).toBe('open');
    expect(parseNavState('closed')).toBe('closed');
    expect(parseNavState('OPEN')).toBe('auto');
    expect(parseNavState(undefined)).toBe('auto');
  });

  it('shows the nav on wide screens and hides it on narrow ones unless a choice says otherwise', () => {
    expect(isNavVisible('auto', false)).toBe(true);
    expect(isNavVisible('auto', true)).toBe(false);
    expect(isNavVisible('open', true)).toBe(true);
    expect(isNavVisible('closed', false)).toBe(false);
  });

  it('toggles to the opposite of what shows, going back to auto where auto already shows that', () => {
    expect(toggledNavState('auto', false)).toBe('closed');
    expect(toggledNavState('closed', false)).toBe('auto');
    expect(toggledNavState('auto', true)).toBe('open');
    expect(toggledNavState('open', true)).toBe('auto');
    expect(toggledNavState('closed', true)).toBe('open');
    expect(toggledNavState('open', false)).toBe('closed');
  });

  it('stores choices for a year and removes the cookie for auto', () => {
    expect(navCookieAssignment('closed')).toContain(`${NAV_COOKIE}=closed; Path=/; Max-Age=${60 * 60 * 24 * 365}`);
    expect(navCookieAssignment('auto')).toContain('Max-Age=0');
  });
});
