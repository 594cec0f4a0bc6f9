// Options for every next/dynamic component loaded on demand. next/dynamic gives a component its own Suspense
// boundary only when it has `loading` (or ssr: false); without one, a first render whose code is still
// downloading suspends the nearest boundary above (the route's loading.tsx, or the wizard's own loader), and
// the whole page flashes to its skeleton, taking focus with it.
/** While the code downloads, nothing shows in the component's place, and only there. */
export const OWN_BOUNDARY = { loading: () => null };
