/**
 * Output a CI runner reads line by line must not let evidence text issue workflow commands.
 * GitHub's runner runs a line that starts with `::` once leading blanks are trimmed
 * (`::add-mask::conditional`), and a line that holds `##[` anywhere (the older form,
 * `##[add-mask]conditional`): supplier text that reached stdout or stderr could mask the decision,
 * forge an annotation or stop command processing for the rest of the run. Each function changes
 * how a `[` or a `:` is written, never what a reader or a parser of the format gets from it.
 */

const OLD_FORM = /##\[/g
// Blanks as the runner trims them (.NET's white space, NEL included), line breaks left out: `^`
// matches after each of them anyway, and a blank run that crossed them would make every line
// start a scan to the end of the text.
const LINE_START = /^((?:[^\S\n\r\u2028\u2029]|\u0085)*)::/gm

/** Human-readable lines: `##[` shown as `##\[`, and a line's leading `::` as `\::`. */
export const inertLines = (text: string): string =>
  text.replace(OLD_FORM, '##\\[').replace(LINE_START, '$1\\::')

/**
 * JSON text: `##[` can only be inside a string, where `\u005b` is the same `[` to every parser
 * (and no line of JSON starts with `::`). Checked first: a report can be hundreds of megabytes.
 */
export const inertJson = (json: string): string =>
  json.includes('##[') ? json.replace(OLD_FORM, '##\\u005b') : json

/**
 * XML text: `##[`, and a leading `::`, only in character data or an attribute value, where
 * `&#91;` is the same `[` and `&#58;` the same `:`.
 */
export const inertXml = (xml: string): string =>
  xml.replace(OLD_FORM, '##&#91;').replace(LINE_START, '$1&#58;:')

/**
 * Whatever else a command writes (messages, listings, another command's JSON): `##[` as in
 * JSON (valid there, plain in text) and a line's leading `::` as `\::`. Each check first scans
 * for the characters, so a report of hundreds of megabytes is not copied.
 */
export function inertOutput(text: string): string {
  const out = inertJson(text)
  return out.includes('::') ? out.replace(LINE_START, '$1\\::') : out
}
