import type { ReactNode, Ref } from 'react';

/**
 * A horizontally scrolling box for a wide table. It takes focus so that keyboard users can scroll
 * it too (axe: scrollable-region-focusable), and is named by a heading or a label.
 */
export function ScrollRegion({
  labelledBy,
  label,
  ref,
  children,
}: {
  labelledBy?: string;
  label?: string;
  ref?: Ref<HTMLElement>;
  children: ReactNode;
}) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be focusable for keyboard scrolling
    <section className="table-scroll" aria-labelledby={labelledBy} aria-label={label} tabIndex={0} ref={ref}>
      {children}
    </section>
  );
}
