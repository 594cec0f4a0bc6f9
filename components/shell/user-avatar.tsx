'use client';
// The user button's avatar, in its own module: the signed-in user is read after the page hydrates (a server
// action), so Fluent's Avatar (its colour palette styles) is downloaded then, not with the page's first load.
import { Avatar } from '@fluentui/react-components';

/** A person glyph in the user's colour (no initials: they would be visible text missing from the name). */
export function UserAvatar({ id }: { id: string }) {
  return <Avatar idForColor={id} size={24} color="colorful" aria-hidden />;
}
