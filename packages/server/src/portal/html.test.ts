import { describe, expect, it } from 'vitest';
import { html, raw } from './html.js';

describe('html', () => {
  it('escapes values, keeps nested templates and skips empty ones', () => {
    const name = '<script>alert("x")</script> & \'y\'';
    const out = html`<p title="${name}">${name}${html`<b>${1}</b>`}${null}${false}${[html`<i>a</i>`, '<c>']}</p>`;
    expect(out.value).toBe(
      '<p title="&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;">' +
        '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;<b>1</b><i>a</i>&lt;c&gt;</p>',
    );
    expect(html`${raw('<hr>')}`.value).toBe('<hr>');
  });
});
