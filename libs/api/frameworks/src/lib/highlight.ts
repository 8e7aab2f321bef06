/** Marks ts_headline puts around a match: private-use characters, removed from the source first. */
export const MARK_START = '\uE000';
export const MARK_STOP = '\uE001';

export interface HighlightFragment {
  text: string;
  highlighted: boolean;
}

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]);
}

/**
 * Turns a ts_headline excerpt made with the private-use marks into plain-text fragments and
 * into HTML in which only our own <mark> elements are markup: every character of the source
 * text is escaped here, after PostgreSQL has chosen the excerpt, so a dossier that contains
 * "<script>" or "&amp;" shows those characters and never injects markup.
 */
export function splitHeadline(raw: string): { fragments: HighlightFragment[]; html: string } {
  const fragments: HighlightFragment[] = [];
  let highlighted = false;
  let text = '';
  const flush = () => {
    if (text) {
      const last = fragments[fragments.length - 1];
      if (last && last.highlighted === highlighted) last.text += text;
      else fragments.push({ text, highlighted });
    }
    text = '';
  };
  for (const ch of raw) {
    if (ch === MARK_START || ch === MARK_STOP) {
      flush();
      highlighted = ch === MARK_START;
    } else {
      text += ch;
    }
  }
  flush();
  const html = fragments
    .map((f) => (f.highlighted ? `<mark>${escapeHtml(f.text)}</mark>` : escapeHtml(f.text)))
    .join('');
  return { fragments, html };
}
