'use client';
// A Fluent `Button` rendered disabled until its component has hydrated: server HTML has no click
// handler yet, and a click landing there would be lost. Buttons that are links (`as="a"` with an href)
// work before hydration and do not need it. The placeholder carries data-hydrating: tests wait for the
// part of the page they check to have none left.
import { Button, type ButtonProps } from '@fluentui/react-components';
import { useHydrated } from './use-hydrated';

/** `Button`, disabled until interactive. */
export function HydratedButton(props: ButtonProps) {
  const hydrated = useHydrated();
  return hydrated ? <Button {...props} /> : <Button {...props} disabled onClick={undefined} data-hydrating="" />;
}
