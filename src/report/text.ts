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

/**
 * Markdown-safe inline text: no HTML, no links or images, no table breaks, no @-mentions that
 * would notify people, no code spans that swallow the rest of the line.
 */
export function inlineMarkdown(value: string): string {
  return plain(value)
    .replace(/\r?\n/g, ' ')
    .replace(/[\\`*_{}[\]()<>#|!~]/g, ch => `\\${ch}`)
    .replace(/@/g, '@\u200b')
    .replace(/&/g, '&amp;')
}
