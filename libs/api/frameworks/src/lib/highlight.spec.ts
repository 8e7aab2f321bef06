import { describe, expect, it } from 'vitest';
import { MARK_START, MARK_STOP, escapeHtml, splitHeadline } from './highlight';

describe('splitHeadline', () => {
  it('turns the marks into fragments and <mark> elements', () => {
    const raw = `Onderzoekt een ${MARK_START}product${MARK_STOP}, dienst of merk`;
    expect(splitHeadline(raw)).toEqual({
      fragments: [
        { text: 'Onderzoekt een ', highlighted: false },
        { text: 'product', highlighted: true },
        { text: ', dienst of merk', highlighted: false },
      ],
      html: 'Onderzoekt een <mark>product</mark>, dienst of merk',
    });
  });

  it('escapes the source text, so only its own <mark> is markup', () => {
    const raw = `<script>alert(1)</script> & ${MARK_START}<b>"x"</b>${MARK_STOP}`;
    const { html } = splitHeadline(raw);
    expect(html).toBe(
      '&lt;script&gt;alert(1)&lt;/script&gt; &amp; <mark>&lt;b&gt;&quot;x&quot;&lt;/b&gt;</mark>',
    );
    expect(escapeHtml(`'`)).toBe('&#39;');
  });
});
