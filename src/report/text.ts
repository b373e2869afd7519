/**
 * Evidence text (messages, ids, reasons) is supplier-controlled: every renderer passes it
 * through one of these before it reaches a terminal or a pull-request comment.
 */

// C0/C1 controls and DEL, except newline and tab: no terminal escape sequences from evidence.
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g

export function plain(value: string): string {
  return value.replace(CONTROL_CHARACTERS, '')
}

/** `@name` or `@org/team` where GitHub would see a mention (not inside an e-mail address). */
const MENTION = /(^|[^A-Za-z0-9_])@([A-Za-z0-9][A-Za-z0-9-]*(?:\/[A-Za-z0-9_.-]+)?)/g

const escapeInline = (text: string): string =>
  text.replace(/[\\`*_{}[\]()<>#|!~]/g, ch => `\\${ch}`).replace(/&/g, '&amp;')

/**
 * Markdown-safe inline text: no HTML, no links or images, no table breaks, no code spans that
 * swallow the rest of the line, and no @-mentions that would notify people: a mention is shown
 * in a code span (which GitHub does not link), so the text copies exactly as written, with no
 * invisible characters. E-mail addresses are left as they are (GitHub does not mention them).
 */
export function inlineMarkdown(value: string): string {
  const text = plain(value).replace(/\r?\n/g, ' ')
  let out = ''
  let last = 0
  for (const m of text.matchAll(MENTION)) {
    const at = (m.index ?? 0) + (m[1] ?? '').length
    const name = m[2] ?? ''
    out += `${escapeInline(text.slice(last, at))}\`@${name}\``
    last = at + 1 + name.length
  }
  return out + escapeInline(text.slice(last))
}
