/**
 * Evidence text (messages, ids, reasons) is supplier-controlled: every renderer passes it
 * through one of these before it reaches a terminal or a pull-request comment.
 */

// C0/C1 controls and DEL, except tab: no terminal escape sequences from evidence.
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g

/** A line break of any kind (LF, CRLF, CR, and Unicode's line and paragraph separators). */
const LINE_BREAK = /\r\n|[\n\r\u2028\u2029]/g

/**
 * Characters that reorder or hide text without showing themselves (bidirectional controls, zero
 * widths, the byte order mark): `\u202E` makes "devorppa" read as "approved".
 */
const INVISIBLE = /[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g

const codePoint = (ch: string) =>
  `<U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}>`

/**
 * Evidence text as one line that shows what it holds: no control characters, each line break
 * shown as ⏎ (a line of its own could pose as a line of the report, or as a CI command), each
 * invisible or reordering character shown by its code point.
 */
export function plain(value: string): string {
  return value
    .replace(CONTROL_CHARACTERS, '')
    .replace(LINE_BREAK, ' \u23ce ')
    .replace(INVISIBLE, codePoint)
}

/** `@name` or `@org/team`, a mention where GitHub sees no word character before the `@`. */
const MENTION = /@([A-Za-z0-9][A-Za-z0-9-]*(?:\/[A-Za-z0-9_.-]+)?)/g

const WORD_CHARACTER = /[A-Za-z0-9_]/

const escapeInline = (text: string): string =>
  text.replace(/[\\`*_{}[\]()<>#|!~]/g, ch => `\\${ch}`).replace(/&/g, '&amp;')

/**
 * Markdown-safe inline text: no HTML, no links or images, no table breaks, no code spans that
 * swallow the rest of the line, and no @-mentions that would notify people: a mention is shown
 * in a code span (which GitHub does not link), so the text copies exactly as written, with no
 * invisible characters. E-mail addresses are left as they are (GitHub does not mention them).
 */
export function inlineMarkdown(value: string): string {
  const text = plain(value)
  let out = ''
  let last = 0
  for (const m of text.matchAll(MENTION)) {
    const at = m.index ?? 0
    const name = m[1] ?? ''
    // What GitHub sees before this `@`: the code span just written when one mention follows
    // another (`@x@octocat`), else the character before it here.
    const before = at === last && out.endsWith('`') ? '`' : (text[at - 1] ?? '')
    if (WORD_CHARACTER.test(before)) continue // an e-mail address, not a mention
    out += `${escapeInline(text.slice(last, at))}\`@${name}\``
    last = at + 1 + name.length
  }
  return out + escapeInline(text.slice(last))
}
