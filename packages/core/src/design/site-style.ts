/**
 * One look for the whole site (issue 14): the design tokens (colours, type, spacing) and the frame
 * every page shares (skip link, header with brand, navigation and tools, the demo-data notice,
 * footer). The officials' app includes it at build time (a virtual stylesheet in
 * packages/web/vite.config.ts); the server-rendered public site puts it first in its one stylesheet
 * (packages/server/src/portal/assets.ts). Same class names on both sides: `site-header`, `brand`,
 * `site-nav`, `demo-banner`, `site-footer`.
 */
export const SITE_CSS = `:root {
  --accent: #8b1a1a; /* maroon: 9.3:1 on white */
  --accent-dark: #6b1212;
  --accent-tint: #fbf1f1;
  --text: #1f2328; /* 15.8:1 on white */
  --muted: #545d68; /* 6.6:1 on white, 6.1:1 on --surface */
  --border: #d0d7de;
  --surface: #f6f7f8;
  --bg: #ffffff;
  --focus: #1d4ed8; /* 6.7:1 on white */
  --open-text: #116329;
  --open-bg: #dafbe1;
  --planned-text: #0a3069;
  --planned-bg: #ddf4ff;
  --neutral-text: #424a53;
  --neutral-bg: #eaeef2;
  --warn-text: #4d2d00;
  --warn-bg: #fff4cc;
  --warn-border: #d4a72c;
  --error-text: #82071e;
  --error-bg: #fff0f0;
  --radius: 6px;
  --space: 1rem;
  --content: 72rem;
  --font: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif;
  --mono: ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace;
}

/* ---- Skip link ---- */

.skip-link {
  position: absolute;
  left: 0.5rem;
  top: -4rem;
  z-index: 10;
  padding: 0.5rem 1rem;
  background: var(--bg);
  color: var(--accent);
  font-weight: 600;
  border: 2px solid var(--accent);
  border-radius: var(--radius);
}

.skip-link:focus {
  top: 0.5rem;
}

/* ---- Header ---- */

.site-header {
  background: var(--accent);
  color: #fff;
}

.site-header a,
.site-header button {
  color: #fff;
}

.site-header :focus-visible {
  outline-color: #fff;
}

.site-header__inner,
.site-nav__list,
.site-main,
.site-footer__inner,
.demo-banner p {
  width: 100%;
  max-width: var(--content);
  margin-left: auto;
  margin-right: auto;
  padding-left: var(--space);
  padding-right: var(--space);
}

.site-header__inner {
  display: flex;
  align-items: center;
  justify-content: space-between;
  gap: 0.75rem;
  padding-top: 0.75rem;
  padding-bottom: 0.5rem;
}

.brand {
  display: flex;
  align-items: center;
  gap: 0.6rem;
  text-decoration: none;
  min-width: 0;
}

.brand:hover {
  color: #fff;
}

.brand__mark {
  flex: none;
  border: 1px solid rgb(255 255 255 / 0.6);
  border-radius: 6px;
}

.brand__text {
  display: flex;
  flex-direction: column;
  min-width: 0;
}

.brand__name {
  font-size: 1.3rem;
  font-weight: 700;
  letter-spacing: 0.02em;
  line-height: 1.1;
}

.brand__tagline {
  font-size: 0.8rem;
  line-height: 1.2;
  color: #fbe9e9; /* 8.2:1 on --accent */
}

.lang-switch {
  flex: none;
  display: inline-flex;
  align-items: center;
  gap: 0.4rem;
  min-height: 2.5rem;
  padding: 0.35rem 0.7rem;
  font: inherit;
  font-size: 0.875rem;
  background: transparent;
  border: 1px solid rgb(255 255 255 / 0.7);
  border-radius: var(--radius);
  cursor: pointer;
}

.lang-switch:hover {
  background: var(--accent-dark);
}

.lang-switch__code {
  font-weight: 700;
}

.lang-switch__name {
  display: none;
}

/* Header tools: the signed-in user with "Keluar" (or "Masuk"), and the language switch. */
.site-header__tools {
  display: flex;
  flex: none;
  align-items: center;
  gap: 0.5rem;
}

.account {
  display: flex;
  align-items: center;
  gap: 0.5rem;
}

.account__name {
  display: none;
  max-width: 14rem;
  overflow: hidden;
  font-size: 0.875rem;
  text-overflow: ellipsis;
  white-space: nowrap;
}

.account__button {
  display: inline-flex;
  align-items: center;
  min-height: 2.5rem;
  padding: 0.35rem 0.7rem;
  font: inherit;
  font-size: 0.875rem;
  font-weight: 600;
  text-decoration: none;
  background: transparent;
  border: 1px solid rgb(255 255 255 / 0.7);
  border-radius: var(--radius);
  cursor: pointer;
}

.account__button:hover {
  color: #fff;
  background: var(--accent-dark);
}

.site-nav {
  background: var(--accent-dark);
}

.site-nav__list {
  display: flex;
  gap: 0.25rem;
  margin-top: 0;
  margin-bottom: 0;
  list-style: none;
  overflow-x: auto;
}

.site-nav__link {
  display: block;
  padding: 0.7rem 0.75rem;
  text-decoration: none;
  font-weight: 600;
  border-bottom: 3px solid transparent;
  white-space: nowrap;
}

.site-nav__link:hover {
  color: #fff;
  background: rgb(255 255 255 / 0.08);
}

.site-nav__link[aria-current="page"] {
  border-bottom-color: #fff;
}

.site-nav__link:focus-visible {
  outline-offset: -3px;
}

/* Four items (with "Ruang kerja") must fit a 360 px phone without scrolling. */
@media (max-width: 26rem) {
  /* Signed in, the bell and the account buttons take the room of the tagline. */
  .site-header--signed-in .brand__tagline {
    display: none;
  }

  .site-nav__list {
    gap: 0;
  }

  .site-nav__link {
    padding-left: 0.4rem;
    padding-right: 0.4rem;
    font-size: 0.9375rem;
  }
}

/* ---- Demo banner ---- */

.demo-banner {
  background: var(--warn-bg);
  color: var(--warn-text); /* 11:1 on --warn-bg */
  border-bottom: 2px solid var(--warn-border);
}

.demo-banner p {
  margin: 0 auto;
  padding-top: 0.5rem;
  padding-bottom: 0.5rem;
  font-size: 0.925rem;
}

.demo-banner strong {
  text-transform: uppercase;
  letter-spacing: 0.03em;
}

/* ---- Footer ---- */

.site-footer {
  margin-top: auto;
  background: var(--surface);
  border-top: 3px solid var(--accent);
  font-size: 0.875rem;
  color: var(--muted);
}

.site-footer__inner {
  padding-top: 1.25rem;
  padding-bottom: 1.5rem;
}

.site-footer__links {
  display: flex;
  flex-wrap: wrap;
  gap: 0.5rem 1.5rem;
}

@media (min-width: 40rem) {
  .lang-switch__name {
    display: inline;
  }

  .account__name {
    display: inline;
  }
}

/* ---- Quality grades: a stacked bar whose legend gives every value in text ---- */

.grade-bar {
  margin: 0.25rem 0;
}

.grade-bar__track {
  display: block;
  width: 100%;
  min-width: 6rem;
  height: 0.9rem;
  border: 1px solid var(--border);
  border-radius: var(--radius);
  background: var(--neutral-bg);
}

.grade--administratif {
  background: #d4a72c;
  fill: #d4a72c;
}

.grade--terlaksana {
  background: #54aeff;
  fill: #54aeff;
}

.grade--berdampak {
  background: #116329;
  fill: #116329;
}

.grade-bar__legend {
  display: flex;
  flex-wrap: wrap;
  gap: 0.1rem 0.9rem;
  margin: 0.3rem 0 0;
  padding: 0;
  list-style: none;
  font-size: 0.85rem;
  font-variant-numeric: tabular-nums;
}

.grade-bar__key {
  display: inline-block;
  width: 0.75rem;
  height: 0.75rem;
  margin-right: 0.3rem;
  vertical-align: -0.1rem;
  border: 1px solid var(--text);
  border-radius: 2px;
}

.grade-bar__none {
  margin: 0;
  color: var(--muted);
  font-size: 0.85rem;
}

/* In a table cell: the legend on one line, so each row stays one row high. */
.grades-cell .grade-bar__legend {
  flex-wrap: nowrap;
  white-space: nowrap;
}

.grade-weight-note {
  color: var(--muted);
  font-size: 0.85rem;
}

@media print {
  .site-header,
  .site-footer,
  .skip-link {
    display: none;
  }

  .demo-banner {
    border: 2px solid #000;
  }
}
`;
