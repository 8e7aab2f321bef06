/** One physical line of the source: `no` is 1-based, `raw` keeps leading/trailing spaces (tabs and no-break spaces become spaces). */
export interface SourceLine {
  no: number;
  raw: string;
  /** The line with tick marks removed, whitespace runs collapsed and trimmed. */
  text: string;
}

const PRIVATE_TICK = /\uF0FC/g;
const SPACE_LIKE = /[\t\v\f\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;

/** Strips a BOM, normalises line ends and NFC, and splits into lines. */
export function toSourceLines(text: string): SourceLine[] {
  const body = text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .normalize('NFC');
  return body.split('\n').map((line, index) => {
    const raw = line.replace(SPACE_LIKE, ' ').replace(/[\u200B\uFEFF]/g, '');
    return { no: index + 1, raw, text: cleanText(raw) };
  });
}

/** NFC, tick marks removed, every run of whitespace (incl. U+00A0) to one space, trimmed. */
export function cleanText(value: string): string {
  return value
    .normalize('NFC')
    .replace(PRIVATE_TICK, ' ')
    .replace(/[\s\u00A0]+/g, ' ')
    .trim();
}

export function isBlank(line: SourceLine): boolean {
  return line.text === '';
}

export function leadingSpaces(raw: string): number {
  const match = /^ */.exec(raw);
  return match ? match[0].length : 0;
}

/**
 * Whether a wrapped line ending in `previousRaw` joins the next line without a space.
 * A `-` directly at the end (no trailing space) is word-internal (`e-` + `commerce`), unless the next
 * line starts with "en"/"of" (a suspended compound: `import-` + `en/of`). A `- ` with a trailing space
 * is always a suspended compound.
 */
export function joinsWithoutSpace(previousRaw: string, nextText: string): boolean {
  const hadTick = previousRaw.includes('\uF0FC');
  const withoutTicks = previousRaw.replace(PRIVATE_TICK, '');
  const trimmedEnd = withoutTicks.replace(/ +$/, '');
  if (!trimmedEnd.endsWith('-')) return false;
  const trailingSpace = !hadTick && trimmedEnd.length !== withoutTicks.length;
  if (trailingSpace) return false;
  return !/^(en|of|en\/of)\b/i.test(nextText);
}

/** Builds one text from wrapped lines using the hyphen rule. */
export class TextBuilder {
  private value = '';
  private lastRaw = '';

  append(raw: string, text: string = cleanText(raw)): this {
    if (text === '') return this;
    if (this.value === '') this.value = text;
    else this.value += (joinsWithoutSpace(this.lastRaw, text) ? '' : ' ') + text;
    this.lastRaw = raw;
    return this;
  }

  get text(): string {
    return this.value;
  }

  get isEmpty(): boolean {
    return this.value === '';
  }
}

export function joinLines(lines: readonly SourceLine[]): string {
  const builder = new TextBuilder();
  for (const line of lines) builder.append(line.raw, line.text);
  return builder.text;
}

/**
 * A heading's comparable form: numbering removed ("1.1", "2.", "IV."), lower case, dots removed,
 * trailing colon removed, whitespace collapsed.
 */
export function headingKey(text: string): string {
  return cleanText(text)
    .replace(/^(?:\d+(?:\.\d+)*\.?|[ivx]+\.)\s+/i, '')
    .toLowerCase()
    .replace(/\./g, '')
    .replace(/\s*:\s*$/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A comparison key that ignores whitespace, case and quote/ellipsis variants. */
export function matchKey(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/[“”„]/g, '"')
    .replace(/…/g, '...')
    .replace(/[\s\u00A0\uF0FC]+/g, '');
}

const LIST_MARKER = /^(?:[•·▪◦●■□➢►✓§*]|[-–—](?=\s)|-(?=[A-ZÀ-ÖØ-Þ]))\s*/;

/** Removes a leading list marker; reports whether one was there. */
export function stripListMarker(text: string): { text: string; marker: boolean } {
  const match = LIST_MARKER.exec(text);
  if (!match) return { text, marker: false };
  return { text: text.slice(match[0].length).trim(), marker: true };
}
