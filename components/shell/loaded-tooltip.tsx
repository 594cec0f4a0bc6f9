'use client';
// The real Fluent Tooltip behind DeferredTooltip (deferred-tooltip.tsx), in its own module so its code and
// @floating-ui are downloaded only when a tooltip is first needed.
export { Tooltip as LoadedTooltip } from '@fluentui/react-components';
