/** Checks of a page's layout that hold on every screen size. */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/**
 * The elements that stick out past the window furthest, leaving out those inside a box that
 * scrolls or clips them (a table in its own scrolling box does not widen the page): where to look.
 */
export async function sidewaysCulprits(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const viewport = window.innerWidth;
    const clipped = (element: Element) => {
      for (let parent = element.parentElement; parent && parent !== document.body; parent = parent.parentElement) {
        if (getComputedStyle(parent).overflowX !== 'visible') return true;
      }
      return false;
    };
    const describe = (element: Element) => {
      const id = element.id ? `#${element.id}` : '';
      const classes = Array.from(element.classList, (name) => `.${name}`).join('');
      return `${element.tagName.toLowerCase()}${id}${classes}`;
    };
    const sticking = Array.from(document.querySelectorAll('body *'))
      .map((element) => ({ element, right: element.getBoundingClientRect().right }))
      .filter(({ right }) => right > viewport + 1);
    // The outermost elements sticking out: the rest are inside them.
    const outermost = sticking.filter(
      ({ element }) => !element.parentElement || element.parentElement.getBoundingClientRect().right <= viewport + 1,
    );
    const free = sticking.filter(({ element }) => !clipped(element));
    return (free.length > 0 ? free : outermost)
      .sort((a, b) => b.right - a.right)
      .slice(0, 3)
      .map(
        ({ element, right }) =>
          `${describe(element)} (${Math.round(right)} px, overflow-x ${getComputedStyle(element).overflowX})`,
      );
  });
}

/** Fails when the page is wider than the window, i.e. a person would have to scroll sideways. */
export async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const { documentWidth, viewportWidth } = await page.evaluate(() => ({
    documentWidth: document.documentElement.scrollWidth,
    viewportWidth: window.innerWidth,
  }));
  const culprits = documentWidth > viewportWidth ? await sidewaysCulprits(page) : [];
  expect(documentWidth, `${page.url()} is wider than the window: ${culprits.join(', ')}`).toBeLessThanOrEqual(
    viewportWidth,
  );
}
