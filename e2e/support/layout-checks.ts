/** Checks of a page's layout that hold on every screen size. */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/** Fails when the page is wider than the window, i.e. a person would have to scroll sideways. */
export async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const { documentWidth, viewportWidth } = await page.evaluate(() => ({
    documentWidth: document.documentElement.scrollWidth,
    viewportWidth: window.innerWidth,
  }));
  expect(documentWidth, `${page.url()} is wider than the window`).toBeLessThanOrEqual(viewportWidth);
}
