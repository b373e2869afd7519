import { workerData, parentPort } from 'node:worker_threads';

/**
 * Typed errors with codes, as in sigstore-js. An input error names the file, the field (a JSON
 * path such as `evidence[2].time`) and what was expected; it ends the run as `error` (exit 2),
 * never as an approval. Anything else that escapes is an internal error (exit 3).
 */
class GateError extends Error {
    code;
    file;
    field;
    /** Lines under the message: the items of a list (each problem of a policy's output...). */
    details;
    constructor(code, message, where = {}) {
        // A safety net: messages quote bounded excerpts (`excerpt`, `clip`), so this rarely cuts.
        super(clip(message, MAX_MESSAGE_CHARS));
        this.name = 'GateError';
        this.code = code;
        this.file = where.file === undefined ? undefined : clip(where.file, MAX_PLACE_CHARS);
        this.field = where.field === undefined ? undefined : clip(where.field, MAX_PLACE_CHARS);
        this.details = (where.details ?? []).slice(0, MAX_DETAILS).map(d => clip(d, MAX_MESSAGE_CHARS));
    }
    /**
     * `file: field: message`, the line a user sees, then each detail indented on a line of its
     * own. A line break or other control character inside any part (a path, a quoted value) is
     * written as an escape, so no input can start a line (one that reads like the gate's).
     */
    describe() {
        const place = [this.file, this.field].filter(Boolean).join(': ');
        const head = oneLine(place ? `${place}: ${this.message}` : this.message);
        return [head, ...this.details.map(d => `  ${oneLine(d)}`)].join('\n');
    }
}
/** Most detail lines a GateError shows. */
const MAX_DETAILS = 40;
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029]/g;
const ESCAPES = { '\n': '\\n', '\r': '\\r' };
/**
 * `text` with each control character that can end or rewrite a line (C0 but the tab, C1, line
 * and paragraph separators) escaped.
 */
function oneLine(text) {
    return text.replace(CONTROL, c => ESCAPES[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
/** Longest message a GateError carries; anything longer is cut (it quotes input, never all of it). */
const MAX_MESSAGE_CHARS = 2000;
const MAX_PLACE_CHARS = 500;
/** `text` cut to at most `max` UTF-16 units, marked with `\u2026` when cut (never halving a pair). */
function clip(text, max = 100) {
    if (text.length <= max)
        return text;
    let end = Math.max(0, max - 1);
    const last = text.charCodeAt(end - 1);
    if (last >= 0xd800 && last <= 0xdbff)
        end--;
    return `${text.slice(0, end)}\u2026`;
}
const isGateError = (error) => error instanceof GateError;
/** The message of anything thrown: opa-wasm and some libraries throw plain `{ message }` objects. */
function messageOf(error) {
    if (error instanceof Error)
        return error.message;
    if (typeof error === 'object' && error !== null && 'message' in error)
        return String(error.message);
    return String(error);
}

var commonjsGlobal = typeof globalThis !== 'undefined' ? globalThis : typeof window !== 'undefined' ? window : typeof global !== 'undefined' ? global : typeof self !== 'undefined' ? self : {};

function getDefaultExportFromCjs (x) {
	return x && x.__esModule && Object.prototype.hasOwnProperty.call(x, 'default') ? x['default'] : x;
}

var json;
var hasRequiredJson;

function requireJson () {
	if (hasRequiredJson) return json;
	hasRequiredJson = 1;
	function isValidJSON(str) {
	  if (typeof str !== "string") {
	    return;
	  }
	  try {
	    JSON.parse(str);
	    return true;
	  } catch (err) {
	    if (err instanceof SyntaxError) {
	      return false;
	    }
	    throw err;
	  }
	}

	json = {
	  "json.is_valid": isValidJSON,
	};
	return json;
}

var sprintf = {};

/* global window, exports, define */

var hasRequiredSprintf;

function requireSprintf () {
	if (hasRequiredSprintf) return sprintf;
	hasRequiredSprintf = 1;
	(function (exports) {
		!function() {

		    var re = {
		        not_type: /[^T]/,
		        not_primitive: /[^v]/,
		        number: /[diefg]/,
		        numeric_arg: /[bcdiefguxX]/,
		        json: /[j]/,
		        text: /^[^\x25]+/,
		        modulo: /^\x25{2}/,
		        placeholder: /^\x25(?:([1-9]\d*)\$|\(([^)]+)\))?(\+)?(0|'[^$])?(-)?(\d+)?(?:\.(\d+))?([b-gijostTuvxX])/,
		        key: /^([a-z_][a-z_\d]*)/i,
		        key_access: /^\.([a-z_][a-z_\d]*)/i,
		        index_access: /^\[(\d+)\]/,
		        sign: /^[+-]/
		    };

		    function sprintf(key) {
		        // `arguments` is not an array, but should be fine for this call
		        return sprintf_format(sprintf_parse(key), arguments)
		    }

		    function vsprintf(fmt, argv) {
		        return sprintf.apply(null, [fmt].concat(argv || []))
		    }

		    function sprintf_format(parse_tree, argv) {
		        var cursor = 1, tree_length = parse_tree.length, arg, output = '', i, k, ph, pad, pad_character, pad_length, is_positive, sign;
		        for (i = 0; i < tree_length; i++) {
		            if (typeof parse_tree[i] === 'string') {
		                output += parse_tree[i];
		            }
		            else if (typeof parse_tree[i] === 'object') {
		                ph = parse_tree[i]; // convenience purposes only
		                if (ph.keys) { // keyword argument
		                    arg = argv[cursor];
		                    for (k = 0; k < ph.keys.length; k++) {
		                        if (arg == undefined) {
		                            throw new Error(sprintf('[sprintf] Cannot access property "%s" of undefined value "%s"', ph.keys[k], ph.keys[k-1]))
		                        }
		                        arg = arg[ph.keys[k]];
		                    }
		                }
		                else if (ph.param_no) { // positional argument (explicit)
		                    arg = argv[ph.param_no];
		                }
		                else { // positional argument (implicit)
		                    arg = argv[cursor++];
		                }

		                if (re.not_type.test(ph.type) && re.not_primitive.test(ph.type) && arg instanceof Function) {
		                    arg = arg();
		                }

		                if (re.numeric_arg.test(ph.type) && (typeof arg !== 'number' && isNaN(arg))) {
		                    throw new TypeError(sprintf('[sprintf] expecting number but found %T', arg))
		                }

		                if (re.number.test(ph.type)) {
		                    is_positive = arg >= 0;
		                }

		                switch (ph.type) {
		                    case 'b':
		                        arg = parseInt(arg, 10).toString(2);
		                        break
		                    case 'c':
		                        arg = String.fromCharCode(parseInt(arg, 10));
		                        break
		                    case 'd':
		                    case 'i':
		                        arg = parseInt(arg, 10);
		                        break
		                    case 'j':
		                        arg = JSON.stringify(arg, null, ph.width ? parseInt(ph.width) : 0);
		                        break
		                    case 'e':
		                        arg = ph.precision ? parseFloat(arg).toExponential(ph.precision) : parseFloat(arg).toExponential();
		                        break
		                    case 'f':
		                        arg = ph.precision ? parseFloat(arg).toFixed(ph.precision) : parseFloat(arg);
		                        break
		                    case 'g':
		                        arg = ph.precision ? String(Number(arg.toPrecision(ph.precision))) : parseFloat(arg);
		                        break
		                    case 'o':
		                        arg = (parseInt(arg, 10) >>> 0).toString(8);
		                        break
		                    case 's':
		                        arg = String(arg);
		                        arg = (ph.precision ? arg.substring(0, ph.precision) : arg);
		                        break
		                    case 't':
		                        arg = String(!!arg);
		                        arg = (ph.precision ? arg.substring(0, ph.precision) : arg);
		                        break
		                    case 'T':
		                        arg = Object.prototype.toString.call(arg).slice(8, -1).toLowerCase();
		                        arg = (ph.precision ? arg.substring(0, ph.precision) : arg);
		                        break
		                    case 'u':
		                        arg = parseInt(arg, 10) >>> 0;
		                        break
		                    case 'v':
		                        arg = arg.valueOf();
		                        arg = (ph.precision ? arg.substring(0, ph.precision) : arg);
		                        break
		                    case 'x':
		                        arg = (parseInt(arg, 10) >>> 0).toString(16);
		                        break
		                    case 'X':
		                        arg = (parseInt(arg, 10) >>> 0).toString(16).toUpperCase();
		                        break
		                }
		                if (re.json.test(ph.type)) {
		                    output += arg;
		                }
		                else {
		                    if (re.number.test(ph.type) && (!is_positive || ph.sign)) {
		                        sign = is_positive ? '+' : '-';
		                        arg = arg.toString().replace(re.sign, '');
		                    }
		                    else {
		                        sign = '';
		                    }
		                    pad_character = ph.pad_char ? ph.pad_char === '0' ? '0' : ph.pad_char.charAt(1) : ' ';
		                    pad_length = ph.width - (sign + arg).length;
		                    pad = ph.width ? (pad_length > 0 ? pad_character.repeat(pad_length) : '') : '';
		                    output += ph.align ? sign + arg + pad : (pad_character === '0' ? sign + pad + arg : pad + sign + arg);
		                }
		            }
		        }
		        return output
		    }

		    var sprintf_cache = Object.create(null);

		    function sprintf_parse(fmt) {
		        if (sprintf_cache[fmt]) {
		            return sprintf_cache[fmt]
		        }

		        var _fmt = fmt, match, parse_tree = [], arg_names = 0;
		        while (_fmt) {
		            if ((match = re.text.exec(_fmt)) !== null) {
		                parse_tree.push(match[0]);
		            }
		            else if ((match = re.modulo.exec(_fmt)) !== null) {
		                parse_tree.push('%');
		            }
		            else if ((match = re.placeholder.exec(_fmt)) !== null) {
		                if (match[2]) {
		                    arg_names |= 1;
		                    var field_list = [], replacement_field = match[2], field_match = [];
		                    if ((field_match = re.key.exec(replacement_field)) !== null) {
		                        field_list.push(field_match[1]);
		                        while ((replacement_field = replacement_field.substring(field_match[0].length)) !== '') {
		                            if ((field_match = re.key_access.exec(replacement_field)) !== null) {
		                                field_list.push(field_match[1]);
		                            }
		                            else if ((field_match = re.index_access.exec(replacement_field)) !== null) {
		                                field_list.push(field_match[1]);
		                            }
		                            else {
		                                throw new SyntaxError('[sprintf] failed to parse named argument key')
		                            }
		                        }
		                    }
		                    else {
		                        throw new SyntaxError('[sprintf] failed to parse named argument key')
		                    }
		                    match[2] = field_list;
		                }
		                else {
		                    arg_names |= 2;
		                }
		                if (arg_names === 3) {
		                    throw new Error('[sprintf] mixing positional and named placeholders is not (yet) supported')
		                }

		                parse_tree.push(
		                    {
		                        placeholder: match[0],
		                        param_no:    match[1],
		                        keys:        match[2],
		                        sign:        match[3],
		                        pad_char:    match[4],
		                        align:       match[5],
		                        width:       match[6],
		                        precision:   match[7],
		                        type:        match[8]
		                    }
		                );
		            }
		            else {
		                throw new SyntaxError('[sprintf] unexpected placeholder')
		            }
		            _fmt = _fmt.substring(match[0].length);
		        }
		        return sprintf_cache[fmt] = parse_tree
		    }

		    /**
		     * export to either browser or node.js
		     */
		    /* eslint-disable quote-props */
		    {
		        exports['sprintf'] = sprintf;
		        exports['vsprintf'] = vsprintf;
		    }
		    if (typeof window !== 'undefined') {
		        window['sprintf'] = sprintf;
		        window['vsprintf'] = vsprintf;
		    }
		    /* eslint-enable quote-props */
		}(); // eslint-disable-line 
	} (sprintf));
	return sprintf;
}

var strings;
var hasRequiredStrings;

function requireStrings () {
	if (hasRequiredStrings) return strings;
	hasRequiredStrings = 1;
	const vsprintf = requireSprintf().vsprintf;

	const sprintf = (s, values) => vsprintf(s, values);

	strings = { sprintf };
	return strings;
}

var regex;
var hasRequiredRegex;

function requireRegex () {
	if (hasRequiredRegex) return regex;
	hasRequiredRegex = 1;
	const regexSplit = (pattern, s) => s.split(RegExp(pattern));

	regex = { "regex.split": regexSplit };
	return regex;
}

var dist = {};

var parseCst = {};

var PlainValue516d5bc2 = {};

var hasRequiredPlainValue516d5bc2;

function requirePlainValue516d5bc2 () {
	if (hasRequiredPlainValue516d5bc2) return PlainValue516d5bc2;
	hasRequiredPlainValue516d5bc2 = 1;

	const Char = {
	  ANCHOR: '&',
	  COMMENT: '#',
	  TAG: '!',
	  DIRECTIVES_END: '-',
	  DOCUMENT_END: '.'
	};
	const Type = {
	  ALIAS: 'ALIAS',
	  BLANK_LINE: 'BLANK_LINE',
	  BLOCK_FOLDED: 'BLOCK_FOLDED',
	  BLOCK_LITERAL: 'BLOCK_LITERAL',
	  COMMENT: 'COMMENT',
	  DIRECTIVE: 'DIRECTIVE',
	  DOCUMENT: 'DOCUMENT',
	  FLOW_MAP: 'FLOW_MAP',
	  FLOW_SEQ: 'FLOW_SEQ',
	  MAP: 'MAP',
	  MAP_KEY: 'MAP_KEY',
	  MAP_VALUE: 'MAP_VALUE',
	  PLAIN: 'PLAIN',
	  QUOTE_DOUBLE: 'QUOTE_DOUBLE',
	  QUOTE_SINGLE: 'QUOTE_SINGLE',
	  SEQ: 'SEQ',
	  SEQ_ITEM: 'SEQ_ITEM'
	};
	const defaultTagPrefix = 'tag:yaml.org,2002:';
	const defaultTags = {
	  MAP: 'tag:yaml.org,2002:map',
	  SEQ: 'tag:yaml.org,2002:seq',
	  STR: 'tag:yaml.org,2002:str'
	};

	function findLineStarts(src) {
	  const ls = [0];
	  let offset = src.indexOf('\n');
	  while (offset !== -1) {
	    offset += 1;
	    ls.push(offset);
	    offset = src.indexOf('\n', offset);
	  }
	  return ls;
	}
	function getSrcInfo(cst) {
	  let lineStarts, src;
	  if (typeof cst === 'string') {
	    lineStarts = findLineStarts(cst);
	    src = cst;
	  } else {
	    if (Array.isArray(cst)) cst = cst[0];
	    if (cst && cst.context) {
	      if (!cst.lineStarts) cst.lineStarts = findLineStarts(cst.context.src);
	      lineStarts = cst.lineStarts;
	      src = cst.context.src;
	    }
	  }
	  return {
	    lineStarts,
	    src
	  };
	}

	/**
	 * @typedef {Object} LinePos - One-indexed position in the source
	 * @property {number} line
	 * @property {number} col
	 */

	/**
	 * Determine the line/col position matching a character offset.
	 *
	 * Accepts a source string or a CST document as the second parameter. With
	 * the latter, starting indices for lines are cached in the document as
	 * `lineStarts: number[]`.
	 *
	 * Returns a one-indexed `{ line, col }` location if found, or
	 * `undefined` otherwise.
	 *
	 * @param {number} offset
	 * @param {string|Document|Document[]} cst
	 * @returns {?LinePos}
	 */
	function getLinePos(offset, cst) {
	  if (typeof offset !== 'number' || offset < 0) return null;
	  const {
	    lineStarts,
	    src
	  } = getSrcInfo(cst);
	  if (!lineStarts || !src || offset > src.length) return null;
	  for (let i = 0; i < lineStarts.length; ++i) {
	    const start = lineStarts[i];
	    if (offset < start) {
	      return {
	        line: i,
	        col: offset - lineStarts[i - 1] + 1
	      };
	    }
	    if (offset === start) return {
	      line: i + 1,
	      col: 1
	    };
	  }
	  const line = lineStarts.length;
	  return {
	    line,
	    col: offset - lineStarts[line - 1] + 1
	  };
	}

	/**
	 * Get a specified line from the source.
	 *
	 * Accepts a source string or a CST document as the second parameter. With
	 * the latter, starting indices for lines are cached in the document as
	 * `lineStarts: number[]`.
	 *
	 * Returns the line as a string if found, or `null` otherwise.
	 *
	 * @param {number} line One-indexed line number
	 * @param {string|Document|Document[]} cst
	 * @returns {?string}
	 */
	function getLine(line, cst) {
	  const {
	    lineStarts,
	    src
	  } = getSrcInfo(cst);
	  if (!lineStarts || !(line >= 1) || line > lineStarts.length) return null;
	  const start = lineStarts[line - 1];
	  let end = lineStarts[line]; // undefined for last line; that's ok for slice()
	  while (end && end > start && src[end - 1] === '\n') --end;
	  return src.slice(start, end);
	}

	/**
	 * Pretty-print the starting line from the source indicated by the range `pos`
	 *
	 * Trims output to `maxWidth` chars while keeping the starting column visible,
	 * using `\u2026` at either end to indicate dropped characters.
	 *
	 * Returns a two-line string (or `null`) with `\n` as separator; the second line
	 * will hold appropriately indented `^` marks indicating the column range.
	 *
	 * @param {Object} pos
	 * @param {LinePos} pos.start
	 * @param {LinePos} [pos.end]
	 * @param {string|Document|Document[]*} cst
	 * @param {number} [maxWidth=80]
	 * @returns {?string}
	 */
	function getPrettyContext({
	  start,
	  end
	}, cst, maxWidth = 80) {
	  let src = getLine(start.line, cst);
	  if (!src) return null;
	  let {
	    col
	  } = start;
	  if (src.length > maxWidth) {
	    if (col <= maxWidth - 10) {
	      src = src.substr(0, maxWidth - 1) + '\u2026';
	    } else {
	      const halfWidth = Math.round(maxWidth / 2);
	      if (src.length > col + halfWidth) src = src.substr(0, col + halfWidth - 1) + '\u2026';
	      col -= src.length - maxWidth;
	      src = '\u2026' + src.substr(1 - maxWidth);
	    }
	  }
	  let errLen = 1;
	  let errEnd = '';
	  if (end) {
	    if (end.line === start.line && col + (end.col - start.col) <= maxWidth + 1) {
	      errLen = end.col - start.col;
	    } else {
	      errLen = Math.min(src.length + 1, maxWidth) - col;
	      errEnd = '\u2026';
	    }
	  }
	  const offset = col > 1 ? ' '.repeat(col - 1) : '';
	  const err = '^'.repeat(errLen);
	  return `${src}\n${offset}${err}${errEnd}`;
	}

	class Range {
	  static copy(orig) {
	    return new Range(orig.start, orig.end);
	  }
	  constructor(start, end) {
	    this.start = start;
	    this.end = end || start;
	  }
	  isEmpty() {
	    return typeof this.start !== 'number' || !this.end || this.end <= this.start;
	  }

	  /**
	   * Set `origStart` and `origEnd` to point to the original source range for
	   * this node, which may differ due to dropped CR characters.
	   *
	   * @param {number[]} cr - Positions of dropped CR characters
	   * @param {number} offset - Starting index of `cr` from the last call
	   * @returns {number} - The next offset, matching the one found for `origStart`
	   */
	  setOrigRange(cr, offset) {
	    const {
	      start,
	      end
	    } = this;
	    if (cr.length === 0 || end <= cr[0]) {
	      this.origStart = start;
	      this.origEnd = end;
	      return offset;
	    }
	    let i = offset;
	    while (i < cr.length) {
	      if (cr[i] > start) break;else ++i;
	    }
	    this.origStart = start + i;
	    const nextOffset = i;
	    while (i < cr.length) {
	      // if end was at \n, it should now be at \r
	      if (cr[i] >= end) break;else ++i;
	    }
	    this.origEnd = end + i;
	    return nextOffset;
	  }
	}

	/** Root class of all nodes */
	class Node {
	  static addStringTerminator(src, offset, str) {
	    if (str[str.length - 1] === '\n') return str;
	    const next = Node.endOfWhiteSpace(src, offset);
	    return next >= src.length || src[next] === '\n' ? str + '\n' : str;
	  }

	  // ^(---|...)
	  static atDocumentBoundary(src, offset, sep) {
	    const ch0 = src[offset];
	    if (!ch0) return true;
	    const prev = src[offset - 1];
	    if (prev && prev !== '\n') return false;
	    if (sep) {
	      if (ch0 !== sep) return false;
	    } else {
	      if (ch0 !== Char.DIRECTIVES_END && ch0 !== Char.DOCUMENT_END) return false;
	    }
	    const ch1 = src[offset + 1];
	    const ch2 = src[offset + 2];
	    if (ch1 !== ch0 || ch2 !== ch0) return false;
	    const ch3 = src[offset + 3];
	    return !ch3 || ch3 === '\n' || ch3 === '\t' || ch3 === ' ';
	  }
	  static endOfIdentifier(src, offset) {
	    let ch = src[offset];
	    const isVerbatim = ch === '<';
	    const notOk = isVerbatim ? ['\n', '\t', ' ', '>'] : ['\n', '\t', ' ', '[', ']', '{', '}', ','];
	    while (ch && notOk.indexOf(ch) === -1) ch = src[offset += 1];
	    if (isVerbatim && ch === '>') offset += 1;
	    return offset;
	  }
	  static endOfIndent(src, offset) {
	    let ch = src[offset];
	    while (ch === ' ') ch = src[offset += 1];
	    return offset;
	  }
	  static endOfLine(src, offset) {
	    let ch = src[offset];
	    while (ch && ch !== '\n') ch = src[offset += 1];
	    return offset;
	  }
	  static endOfWhiteSpace(src, offset) {
	    let ch = src[offset];
	    while (ch === '\t' || ch === ' ') ch = src[offset += 1];
	    return offset;
	  }
	  static startOfLine(src, offset) {
	    let ch = src[offset - 1];
	    if (ch === '\n') return offset;
	    while (ch && ch !== '\n') ch = src[offset -= 1];
	    return offset + 1;
	  }

	  /**
	   * End of indentation, or null if the line's indent level is not more
	   * than `indent`
	   *
	   * @param {string} src
	   * @param {number} indent
	   * @param {number} lineStart
	   * @returns {?number}
	   */
	  static endOfBlockIndent(src, indent, lineStart) {
	    const inEnd = Node.endOfIndent(src, lineStart);
	    if (inEnd > lineStart + indent) {
	      return inEnd;
	    } else {
	      const wsEnd = Node.endOfWhiteSpace(src, inEnd);
	      const ch = src[wsEnd];
	      if (!ch || ch === '\n') return wsEnd;
	    }
	    return null;
	  }
	  static atBlank(src, offset, endAsBlank) {
	    const ch = src[offset];
	    return ch === '\n' || ch === '\t' || ch === ' ' || endAsBlank && !ch;
	  }
	  static nextNodeIsIndented(ch, indentDiff, indicatorAsIndent) {
	    if (!ch || indentDiff < 0) return false;
	    if (indentDiff > 0) return true;
	    return indicatorAsIndent && ch === '-';
	  }

	  // should be at line or string end, or at next non-whitespace char
	  static normalizeOffset(src, offset) {
	    const ch = src[offset];
	    return !ch ? offset : ch !== '\n' && src[offset - 1] === '\n' ? offset - 1 : Node.endOfWhiteSpace(src, offset);
	  }

	  // fold single newline into space, multiple newlines to N - 1 newlines
	  // presumes src[offset] === '\n'
	  static foldNewline(src, offset, indent) {
	    let inCount = 0;
	    let error = false;
	    let fold = '';
	    let ch = src[offset + 1];
	    while (ch === ' ' || ch === '\t' || ch === '\n') {
	      switch (ch) {
	        case '\n':
	          inCount = 0;
	          offset += 1;
	          fold += '\n';
	          break;
	        case '\t':
	          if (inCount <= indent) error = true;
	          offset = Node.endOfWhiteSpace(src, offset + 2) - 1;
	          break;
	        case ' ':
	          inCount += 1;
	          offset += 1;
	          break;
	      }
	      ch = src[offset + 1];
	    }
	    if (!fold) fold = ' ';
	    if (ch && inCount <= indent) error = true;
	    return {
	      fold,
	      offset,
	      error
	    };
	  }
	  constructor(type, props, context) {
	    Object.defineProperty(this, 'context', {
	      value: context || null,
	      writable: true
	    });
	    this.error = null;
	    this.range = null;
	    this.valueRange = null;
	    this.props = props || [];
	    this.type = type;
	    this.value = null;
	  }
	  getPropValue(idx, key, skipKey) {
	    if (!this.context) return null;
	    const {
	      src
	    } = this.context;
	    const prop = this.props[idx];
	    return prop && src[prop.start] === key ? src.slice(prop.start + (skipKey ? 1 : 0), prop.end) : null;
	  }
	  get anchor() {
	    for (let i = 0; i < this.props.length; ++i) {
	      const anchor = this.getPropValue(i, Char.ANCHOR, true);
	      if (anchor != null) return anchor;
	    }
	    return null;
	  }
	  get comment() {
	    const comments = [];
	    for (let i = 0; i < this.props.length; ++i) {
	      const comment = this.getPropValue(i, Char.COMMENT, true);
	      if (comment != null) comments.push(comment);
	    }
	    return comments.length > 0 ? comments.join('\n') : null;
	  }
	  commentHasRequiredWhitespace(start) {
	    const {
	      src
	    } = this.context;
	    if (this.header && start === this.header.end) return false;
	    if (!this.valueRange) return false;
	    const {
	      end
	    } = this.valueRange;
	    return start !== end || Node.atBlank(src, end - 1);
	  }
	  get hasComment() {
	    if (this.context) {
	      const {
	        src
	      } = this.context;
	      for (let i = 0; i < this.props.length; ++i) {
	        if (src[this.props[i].start] === Char.COMMENT) return true;
	      }
	    }
	    return false;
	  }
	  get hasProps() {
	    if (this.context) {
	      const {
	        src
	      } = this.context;
	      for (let i = 0; i < this.props.length; ++i) {
	        if (src[this.props[i].start] !== Char.COMMENT) return true;
	      }
	    }
	    return false;
	  }
	  get includesTrailingLines() {
	    return false;
	  }
	  get jsonLike() {
	    const jsonLikeTypes = [Type.FLOW_MAP, Type.FLOW_SEQ, Type.QUOTE_DOUBLE, Type.QUOTE_SINGLE];
	    return jsonLikeTypes.indexOf(this.type) !== -1;
	  }
	  get rangeAsLinePos() {
	    if (!this.range || !this.context) return undefined;
	    const start = getLinePos(this.range.start, this.context.root);
	    if (!start) return undefined;
	    const end = getLinePos(this.range.end, this.context.root);
	    return {
	      start,
	      end
	    };
	  }
	  get rawValue() {
	    if (!this.valueRange || !this.context) return null;
	    const {
	      start,
	      end
	    } = this.valueRange;
	    return this.context.src.slice(start, end);
	  }
	  get tag() {
	    for (let i = 0; i < this.props.length; ++i) {
	      const tag = this.getPropValue(i, Char.TAG, false);
	      if (tag != null) {
	        if (tag[1] === '<') {
	          return {
	            verbatim: tag.slice(2, -1)
	          };
	        } else {
	          // eslint-disable-next-line no-unused-vars
	          const [_, handle, suffix] = tag.match(/^(.*!)([^!]*)$/);
	          return {
	            handle,
	            suffix
	          };
	        }
	      }
	    }
	    return null;
	  }
	  get valueRangeContainsNewline() {
	    if (!this.valueRange || !this.context) return false;
	    const {
	      start,
	      end
	    } = this.valueRange;
	    const {
	      src
	    } = this.context;
	    for (let i = start; i < end; ++i) {
	      if (src[i] === '\n') return true;
	    }
	    return false;
	  }
	  parseComment(start) {
	    const {
	      src
	    } = this.context;
	    if (src[start] === Char.COMMENT) {
	      const end = Node.endOfLine(src, start + 1);
	      const commentRange = new Range(start, end);
	      this.props.push(commentRange);
	      return end;
	    }
	    return start;
	  }

	  /**
	   * Populates the `origStart` and `origEnd` values of all ranges for this
	   * node. Extended by child classes to handle descendant nodes.
	   *
	   * @param {number[]} cr - Positions of dropped CR characters
	   * @param {number} offset - Starting index of `cr` from the last call
	   * @returns {number} - The next offset, matching the one found for `origStart`
	   */
	  setOrigRanges(cr, offset) {
	    if (this.range) offset = this.range.setOrigRange(cr, offset);
	    if (this.valueRange) this.valueRange.setOrigRange(cr, offset);
	    this.props.forEach(prop => prop.setOrigRange(cr, offset));
	    return offset;
	  }
	  toString() {
	    const {
	      context: {
	        src
	      },
	      range,
	      value
	    } = this;
	    if (value != null) return value;
	    const str = src.slice(range.start, range.end);
	    return Node.addStringTerminator(src, range.end, str);
	  }
	}

	class YAMLError extends Error {
	  constructor(name, source, message) {
	    if (!message || !(source instanceof Node)) throw new Error(`Invalid arguments for new ${name}`);
	    super();
	    this.name = name;
	    this.message = message;
	    this.source = source;
	  }
	  makePretty() {
	    if (!this.source) return;
	    this.nodeType = this.source.type;
	    const cst = this.source.context && this.source.context.root;
	    if (typeof this.offset === 'number') {
	      this.range = new Range(this.offset, this.offset + 1);
	      const start = cst && getLinePos(this.offset, cst);
	      if (start) {
	        const end = {
	          line: start.line,
	          col: start.col + 1
	        };
	        this.linePos = {
	          start,
	          end
	        };
	      }
	      delete this.offset;
	    } else {
	      this.range = this.source.range;
	      this.linePos = this.source.rangeAsLinePos;
	    }
	    if (this.linePos) {
	      const {
	        line,
	        col
	      } = this.linePos.start;
	      this.message += ` at line ${line}, column ${col}`;
	      const ctx = cst && getPrettyContext(this.linePos, cst);
	      if (ctx) this.message += `:\n\n${ctx}\n`;
	    }
	    delete this.source;
	  }
	}
	class YAMLReferenceError extends YAMLError {
	  constructor(source, message) {
	    super('YAMLReferenceError', source, message);
	  }
	}
	class YAMLSemanticError extends YAMLError {
	  constructor(source, message) {
	    super('YAMLSemanticError', source, message);
	  }
	}
	class YAMLSyntaxError extends YAMLError {
	  constructor(source, message) {
	    super('YAMLSyntaxError', source, message);
	  }
	}
	class YAMLWarning extends YAMLError {
	  constructor(source, message) {
	    super('YAMLWarning', source, message);
	  }
	}

	function _defineProperty(e, r, t) {
	  return (r = _toPropertyKey(r)) in e ? Object.defineProperty(e, r, {
	    value: t,
	    enumerable: true,
	    configurable: true,
	    writable: true
	  }) : e[r] = t, e;
	}
	function _toPrimitive(t, r) {
	  if ("object" != typeof t || !t) return t;
	  var e = t[Symbol.toPrimitive];
	  if (void 0 !== e) {
	    var i = e.call(t, r);
	    if ("object" != typeof i) return i;
	    throw new TypeError("@@toPrimitive must return a primitive value.");
	  }
	  return ("string" === r ? String : Number)(t);
	}
	function _toPropertyKey(t) {
	  var i = _toPrimitive(t, "string");
	  return "symbol" == typeof i ? i : i + "";
	}

	class PlainValue extends Node {
	  static endOfLine(src, start, inFlow) {
	    let ch = src[start];
	    let offset = start;
	    while (ch && ch !== '\n') {
	      if (inFlow && (ch === '[' || ch === ']' || ch === '{' || ch === '}' || ch === ',')) break;
	      const next = src[offset + 1];
	      if (ch === ':' && (!next || next === '\n' || next === '\t' || next === ' ' || inFlow && next === ',')) break;
	      if ((ch === ' ' || ch === '\t') && next === '#') break;
	      offset += 1;
	      ch = next;
	    }
	    return offset;
	  }
	  get strValue() {
	    if (!this.valueRange || !this.context) return null;
	    let {
	      start,
	      end
	    } = this.valueRange;
	    const {
	      src
	    } = this.context;
	    let ch = src[end - 1];
	    while (start < end && (ch === '\n' || ch === '\t' || ch === ' ')) ch = src[--end - 1];
	    let str = '';
	    for (let i = start; i < end; ++i) {
	      const ch = src[i];
	      if (ch === '\n') {
	        const {
	          fold,
	          offset
	        } = Node.foldNewline(src, i, -1);
	        str += fold;
	        i = offset;
	      } else if (ch === ' ' || ch === '\t') {
	        // trim trailing whitespace
	        const wsStart = i;
	        let next = src[i + 1];
	        while (i < end && (next === ' ' || next === '\t')) {
	          i += 1;
	          next = src[i + 1];
	        }
	        if (next !== '\n') str += i > wsStart ? src.slice(wsStart, i + 1) : ch;
	      } else {
	        str += ch;
	      }
	    }
	    const ch0 = src[start];
	    switch (ch0) {
	      case '\t':
	        {
	          const msg = 'Plain value cannot start with a tab character';
	          const errors = [new YAMLSemanticError(this, msg)];
	          return {
	            errors,
	            str
	          };
	        }
	      case '@':
	      case '`':
	        {
	          const msg = `Plain value cannot start with reserved character ${ch0}`;
	          const errors = [new YAMLSemanticError(this, msg)];
	          return {
	            errors,
	            str
	          };
	        }
	      default:
	        return str;
	    }
	  }
	  parseBlockValue(start) {
	    const {
	      indent,
	      inFlow,
	      src
	    } = this.context;
	    let offset = start;
	    let valueEnd = start;
	    for (let ch = src[offset]; ch === '\n'; ch = src[offset]) {
	      if (Node.atDocumentBoundary(src, offset + 1)) break;
	      const end = Node.endOfBlockIndent(src, indent, offset + 1);
	      if (end === null || src[end] === '#') break;
	      if (src[end] === '\n') {
	        offset = end;
	      } else {
	        valueEnd = PlainValue.endOfLine(src, end, inFlow);
	        offset = valueEnd;
	      }
	    }
	    if (this.valueRange.isEmpty()) this.valueRange.start = start;
	    this.valueRange.end = valueEnd;
	    return valueEnd;
	  }

	  /**
	   * Parses a plain value from the source
	   *
	   * Accepted forms are:
	   * ```
	   * #comment
	   *
	   * first line
	   *
	   * first line #comment
	   *
	   * first line
	   * block
	   * lines
	   *
	   * #comment
	   * block
	   * lines
	   * ```
	   * where block lines are empty or have an indent level greater than `indent`.
	   *
	   * @param {ParseContext} context
	   * @param {number} start - Index of first character
	   * @returns {number} - Index of the character after this scalar, may be `\n`
	   */
	  parse(context, start) {
	    this.context = context;
	    const {
	      inFlow,
	      src
	    } = context;
	    let offset = start;
	    const ch = src[offset];
	    if (ch && ch !== '#' && ch !== '\n') {
	      offset = PlainValue.endOfLine(src, start, inFlow);
	    }
	    this.valueRange = new Range(start, offset);
	    offset = Node.endOfWhiteSpace(src, offset);
	    offset = this.parseComment(offset);
	    if (!this.hasComment || this.valueRange.isEmpty()) {
	      offset = this.parseBlockValue(offset);
	    }
	    return offset;
	  }
	}

	PlainValue516d5bc2.Char = Char;
	PlainValue516d5bc2.Node = Node;
	PlainValue516d5bc2.PlainValue = PlainValue;
	PlainValue516d5bc2.Range = Range;
	PlainValue516d5bc2.Type = Type;
	PlainValue516d5bc2.YAMLError = YAMLError;
	PlainValue516d5bc2.YAMLReferenceError = YAMLReferenceError;
	PlainValue516d5bc2.YAMLSemanticError = YAMLSemanticError;
	PlainValue516d5bc2.YAMLSyntaxError = YAMLSyntaxError;
	PlainValue516d5bc2.YAMLWarning = YAMLWarning;
	PlainValue516d5bc2._defineProperty = _defineProperty;
	PlainValue516d5bc2.defaultTagPrefix = defaultTagPrefix;
	PlainValue516d5bc2.defaultTags = defaultTags;
	return PlainValue516d5bc2;
}

var hasRequiredParseCst;

function requireParseCst () {
	if (hasRequiredParseCst) return parseCst;
	hasRequiredParseCst = 1;

	var PlainValue = requirePlainValue516d5bc2();

	class BlankLine extends PlainValue.Node {
	  constructor() {
	    super(PlainValue.Type.BLANK_LINE);
	  }

	  /* istanbul ignore next */
	  get includesTrailingLines() {
	    // This is never called from anywhere, but if it were,
	    // this is the value it should return.
	    return true;
	  }

	  /**
	   * Parses a blank line from the source
	   *
	   * @param {ParseContext} context
	   * @param {number} start - Index of first \n character
	   * @returns {number} - Index of the character after this
	   */
	  parse(context, start) {
	    this.context = context;
	    this.range = new PlainValue.Range(start, start + 1);
	    return start + 1;
	  }
	}

	class CollectionItem extends PlainValue.Node {
	  constructor(type, props) {
	    super(type, props);
	    this.node = null;
	  }
	  get includesTrailingLines() {
	    return !!this.node && this.node.includesTrailingLines;
	  }

	  /**
	   * @param {ParseContext} context
	   * @param {number} start - Index of first character
	   * @returns {number} - Index of the character after this
	   */
	  parse(context, start) {
	    this.context = context;
	    const {
	      parseNode,
	      src
	    } = context;
	    let {
	      atLineStart,
	      lineStart
	    } = context;
	    if (!atLineStart && this.type === PlainValue.Type.SEQ_ITEM) this.error = new PlainValue.YAMLSemanticError(this, 'Sequence items must not have preceding content on the same line');
	    const indent = atLineStart ? start - lineStart : context.indent;
	    let offset = PlainValue.Node.endOfWhiteSpace(src, start + 1);
	    let ch = src[offset];
	    const inlineComment = ch === '#';
	    const comments = [];
	    let blankLine = null;
	    while (ch === '\n' || ch === '#') {
	      if (ch === '#') {
	        const end = PlainValue.Node.endOfLine(src, offset + 1);
	        comments.push(new PlainValue.Range(offset, end));
	        offset = end;
	      } else {
	        atLineStart = true;
	        lineStart = offset + 1;
	        const wsEnd = PlainValue.Node.endOfWhiteSpace(src, lineStart);
	        if (src[wsEnd] === '\n' && comments.length === 0) {
	          blankLine = new BlankLine();
	          lineStart = blankLine.parse({
	            src
	          }, lineStart);
	        }
	        offset = PlainValue.Node.endOfIndent(src, lineStart);
	      }
	      ch = src[offset];
	    }
	    if (PlainValue.Node.nextNodeIsIndented(ch, offset - (lineStart + indent), this.type !== PlainValue.Type.SEQ_ITEM)) {
	      this.node = parseNode({
	        atLineStart,
	        inCollection: false,
	        indent,
	        lineStart,
	        parent: this
	      }, offset);
	    } else if (ch && lineStart > start + 1) {
	      offset = lineStart - 1;
	    }
	    if (this.node) {
	      if (blankLine) {
	        // Only blank lines preceding non-empty nodes are captured. Note that
	        // this means that collection item range start indices do not always
	        // increase monotonically. -- eemeli/yaml#126
	        const items = context.parent.items || context.parent.contents;
	        if (items) items.push(blankLine);
	      }
	      if (comments.length) Array.prototype.push.apply(this.props, comments);
	      offset = this.node.range.end;
	    } else {
	      if (inlineComment) {
	        const c = comments[0];
	        this.props.push(c);
	        offset = c.end;
	      } else {
	        offset = PlainValue.Node.endOfLine(src, start + 1);
	      }
	    }
	    const end = this.node ? this.node.valueRange.end : offset;
	    this.valueRange = new PlainValue.Range(start, end);
	    return offset;
	  }
	  setOrigRanges(cr, offset) {
	    offset = super.setOrigRanges(cr, offset);
	    return this.node ? this.node.setOrigRanges(cr, offset) : offset;
	  }
	  toString() {
	    const {
	      context: {
	        src
	      },
	      node,
	      range,
	      value
	    } = this;
	    if (value != null) return value;
	    const str = node ? src.slice(range.start, node.range.start) + String(node) : src.slice(range.start, range.end);
	    return PlainValue.Node.addStringTerminator(src, range.end, str);
	  }
	}

	class Comment extends PlainValue.Node {
	  constructor() {
	    super(PlainValue.Type.COMMENT);
	  }

	  /**
	   * Parses a comment line from the source
	   *
	   * @param {ParseContext} context
	   * @param {number} start - Index of first character
	   * @returns {number} - Index of the character after this scalar
	   */
	  parse(context, start) {
	    this.context = context;
	    const offset = this.parseComment(start);
	    this.range = new PlainValue.Range(start, offset);
	    return offset;
	  }
	}

	function grabCollectionEndComments(node) {
	  let cnode = node;
	  while (cnode instanceof CollectionItem) cnode = cnode.node;
	  if (!(cnode instanceof Collection)) return null;
	  const len = cnode.items.length;
	  let ci = -1;
	  for (let i = len - 1; i >= 0; --i) {
	    const n = cnode.items[i];
	    if (n.type === PlainValue.Type.COMMENT) {
	      // Keep sufficiently indented comments with preceding node
	      const {
	        indent,
	        lineStart
	      } = n.context;
	      if (indent > 0 && n.range.start >= lineStart + indent) break;
	      ci = i;
	    } else if (n.type === PlainValue.Type.BLANK_LINE) ci = i;else break;
	  }
	  if (ci === -1) return null;
	  const ca = cnode.items.splice(ci, len - ci);
	  const prevEnd = ca[0].range.start;
	  while (true) {
	    cnode.range.end = prevEnd;
	    if (cnode.valueRange && cnode.valueRange.end > prevEnd) cnode.valueRange.end = prevEnd;
	    if (cnode === node) break;
	    cnode = cnode.context.parent;
	  }
	  return ca;
	}
	class Collection extends PlainValue.Node {
	  static nextContentHasIndent(src, offset, indent) {
	    const lineStart = PlainValue.Node.endOfLine(src, offset) + 1;
	    offset = PlainValue.Node.endOfWhiteSpace(src, lineStart);
	    const ch = src[offset];
	    if (!ch) return false;
	    if (offset >= lineStart + indent) return true;
	    if (ch !== '#' && ch !== '\n') return false;
	    return Collection.nextContentHasIndent(src, offset, indent);
	  }
	  constructor(firstItem) {
	    super(firstItem.type === PlainValue.Type.SEQ_ITEM ? PlainValue.Type.SEQ : PlainValue.Type.MAP);
	    for (let i = firstItem.props.length - 1; i >= 0; --i) {
	      if (firstItem.props[i].start < firstItem.context.lineStart) {
	        // props on previous line are assumed by the collection
	        this.props = firstItem.props.slice(0, i + 1);
	        firstItem.props = firstItem.props.slice(i + 1);
	        const itemRange = firstItem.props[0] || firstItem.valueRange;
	        firstItem.range.start = itemRange.start;
	        break;
	      }
	    }
	    this.items = [firstItem];
	    const ec = grabCollectionEndComments(firstItem);
	    if (ec) Array.prototype.push.apply(this.items, ec);
	  }
	  get includesTrailingLines() {
	    return this.items.length > 0;
	  }

	  /**
	   * @param {ParseContext} context
	   * @param {number} start - Index of first character
	   * @returns {number} - Index of the character after this
	   */
	  parse(context, start) {
	    this.context = context;
	    const {
	      parseNode,
	      src
	    } = context;
	    // It's easier to recalculate lineStart here rather than tracking down the
	    // last context from which to read it -- eemeli/yaml#2
	    let lineStart = PlainValue.Node.startOfLine(src, start);
	    const firstItem = this.items[0];
	    // First-item context needs to be correct for later comment handling
	    // -- eemeli/yaml#17
	    firstItem.context.parent = this;
	    this.valueRange = PlainValue.Range.copy(firstItem.valueRange);
	    const indent = firstItem.range.start - firstItem.context.lineStart;
	    let offset = start;
	    offset = PlainValue.Node.normalizeOffset(src, offset);
	    let ch = src[offset];
	    let atLineStart = PlainValue.Node.endOfWhiteSpace(src, lineStart) === offset;
	    let prevIncludesTrailingLines = false;
	    while (ch) {
	      while (ch === '\n' || ch === '#') {
	        if (atLineStart && ch === '\n' && !prevIncludesTrailingLines) {
	          const blankLine = new BlankLine();
	          offset = blankLine.parse({
	            src
	          }, offset);
	          this.valueRange.end = offset;
	          if (offset >= src.length) {
	            ch = null;
	            break;
	          }
	          this.items.push(blankLine);
	          offset -= 1; // blankLine.parse() consumes terminal newline
	        } else if (ch === '#') {
	          if (offset < lineStart + indent && !Collection.nextContentHasIndent(src, offset, indent)) {
	            return offset;
	          }
	          const comment = new Comment();
	          offset = comment.parse({
	            indent,
	            lineStart,
	            src
	          }, offset);
	          this.items.push(comment);
	          this.valueRange.end = offset;
	          if (offset >= src.length) {
	            ch = null;
	            break;
	          }
	        }
	        lineStart = offset + 1;
	        offset = PlainValue.Node.endOfIndent(src, lineStart);
	        if (PlainValue.Node.atBlank(src, offset)) {
	          const wsEnd = PlainValue.Node.endOfWhiteSpace(src, offset);
	          const next = src[wsEnd];
	          if (!next || next === '\n' || next === '#') {
	            offset = wsEnd;
	          }
	        }
	        ch = src[offset];
	        atLineStart = true;
	      }
	      if (!ch) {
	        break;
	      }
	      if (offset !== lineStart + indent && (atLineStart || ch !== ':')) {
	        if (offset < lineStart + indent) {
	          if (lineStart > start) offset = lineStart;
	          break;
	        } else if (!this.error) {
	          const msg = 'All collection items must start at the same column';
	          this.error = new PlainValue.YAMLSyntaxError(this, msg);
	        }
	      }
	      if (firstItem.type === PlainValue.Type.SEQ_ITEM) {
	        if (ch !== '-') {
	          if (lineStart > start) offset = lineStart;
	          break;
	        }
	      } else if (ch === '-' && !this.error) {
	        // map key may start with -, as long as it's followed by a non-whitespace char
	        const next = src[offset + 1];
	        if (!next || next === '\n' || next === '\t' || next === ' ') {
	          const msg = 'A collection cannot be both a mapping and a sequence';
	          this.error = new PlainValue.YAMLSyntaxError(this, msg);
	        }
	      }
	      const node = parseNode({
	        atLineStart,
	        inCollection: true,
	        indent,
	        lineStart,
	        parent: this
	      }, offset);
	      if (!node) return offset; // at next document start
	      this.items.push(node);
	      this.valueRange.end = node.valueRange.end;
	      offset = PlainValue.Node.normalizeOffset(src, node.range.end);
	      ch = src[offset];
	      atLineStart = false;
	      prevIncludesTrailingLines = node.includesTrailingLines;
	      // Need to reset lineStart and atLineStart here if preceding node's range
	      // has advanced to check the current line's indentation level
	      // -- eemeli/yaml#10 & eemeli/yaml#38
	      if (ch) {
	        let ls = offset - 1;
	        let prev = src[ls];
	        while (prev === ' ' || prev === '\t') prev = src[--ls];
	        if (prev === '\n') {
	          lineStart = ls + 1;
	          atLineStart = true;
	        }
	      }
	      const ec = grabCollectionEndComments(node);
	      if (ec) Array.prototype.push.apply(this.items, ec);
	    }
	    return offset;
	  }
	  setOrigRanges(cr, offset) {
	    offset = super.setOrigRanges(cr, offset);
	    this.items.forEach(node => {
	      offset = node.setOrigRanges(cr, offset);
	    });
	    return offset;
	  }
	  toString() {
	    const {
	      context: {
	        src
	      },
	      items,
	      range,
	      value
	    } = this;
	    if (value != null) return value;
	    let str = src.slice(range.start, items[0].range.start) + String(items[0]);
	    for (let i = 1; i < items.length; ++i) {
	      const item = items[i];
	      const {
	        atLineStart,
	        indent
	      } = item.context;
	      if (atLineStart) for (let i = 0; i < indent; ++i) str += ' ';
	      str += String(item);
	    }
	    return PlainValue.Node.addStringTerminator(src, range.end, str);
	  }
	}

	class Directive extends PlainValue.Node {
	  constructor() {
	    super(PlainValue.Type.DIRECTIVE);
	    this.name = null;
	  }
	  get parameters() {
	    const raw = this.rawValue;
	    return raw ? raw.trim().split(/[ \t]+/) : [];
	  }
	  parseName(start) {
	    const {
	      src
	    } = this.context;
	    let offset = start;
	    let ch = src[offset];
	    while (ch && ch !== '\n' && ch !== '\t' && ch !== ' ') ch = src[offset += 1];
	    this.name = src.slice(start, offset);
	    return offset;
	  }
	  parseParameters(start) {
	    const {
	      src
	    } = this.context;
	    let offset = start;
	    let ch = src[offset];
	    while (ch && ch !== '\n' && ch !== '#') ch = src[offset += 1];
	    this.valueRange = new PlainValue.Range(start, offset);
	    return offset;
	  }
	  parse(context, start) {
	    this.context = context;
	    let offset = this.parseName(start + 1);
	    offset = this.parseParameters(offset);
	    offset = this.parseComment(offset);
	    this.range = new PlainValue.Range(start, offset);
	    return offset;
	  }
	}

	class Document extends PlainValue.Node {
	  static startCommentOrEndBlankLine(src, start) {
	    const offset = PlainValue.Node.endOfWhiteSpace(src, start);
	    const ch = src[offset];
	    return ch === '#' || ch === '\n' ? offset : start;
	  }
	  constructor() {
	    super(PlainValue.Type.DOCUMENT);
	    this.directives = null;
	    this.contents = null;
	    this.directivesEndMarker = null;
	    this.documentEndMarker = null;
	  }
	  parseDirectives(start) {
	    const {
	      src
	    } = this.context;
	    this.directives = [];
	    let atLineStart = true;
	    let hasDirectives = false;
	    let offset = start;
	    while (!PlainValue.Node.atDocumentBoundary(src, offset, PlainValue.Char.DIRECTIVES_END)) {
	      offset = Document.startCommentOrEndBlankLine(src, offset);
	      switch (src[offset]) {
	        case '\n':
	          if (atLineStart) {
	            const blankLine = new BlankLine();
	            offset = blankLine.parse({
	              src
	            }, offset);
	            if (offset < src.length) {
	              this.directives.push(blankLine);
	            }
	          } else {
	            offset += 1;
	            atLineStart = true;
	          }
	          break;
	        case '#':
	          {
	            const comment = new Comment();
	            offset = comment.parse({
	              src
	            }, offset);
	            this.directives.push(comment);
	            atLineStart = false;
	          }
	          break;
	        case '%':
	          {
	            const directive = new Directive();
	            offset = directive.parse({
	              parent: this,
	              src
	            }, offset);
	            this.directives.push(directive);
	            hasDirectives = true;
	            atLineStart = false;
	          }
	          break;
	        default:
	          if (hasDirectives) {
	            this.error = new PlainValue.YAMLSemanticError(this, 'Missing directives-end indicator line');
	          } else if (this.directives.length > 0) {
	            this.contents = this.directives;
	            this.directives = [];
	          }
	          return offset;
	      }
	    }
	    if (src[offset]) {
	      this.directivesEndMarker = new PlainValue.Range(offset, offset + 3);
	      return offset + 3;
	    }
	    if (hasDirectives) {
	      this.error = new PlainValue.YAMLSemanticError(this, 'Missing directives-end indicator line');
	    } else if (this.directives.length > 0) {
	      this.contents = this.directives;
	      this.directives = [];
	    }
	    return offset;
	  }
	  parseContents(start) {
	    const {
	      parseNode,
	      src
	    } = this.context;
	    if (!this.contents) this.contents = [];
	    let lineStart = start;
	    while (src[lineStart - 1] === '-') lineStart -= 1;
	    let offset = PlainValue.Node.endOfWhiteSpace(src, start);
	    let atLineStart = lineStart === start;
	    this.valueRange = new PlainValue.Range(offset);
	    while (!PlainValue.Node.atDocumentBoundary(src, offset, PlainValue.Char.DOCUMENT_END)) {
	      switch (src[offset]) {
	        case '\n':
	          if (atLineStart) {
	            const blankLine = new BlankLine();
	            offset = blankLine.parse({
	              src
	            }, offset);
	            if (offset < src.length) {
	              this.contents.push(blankLine);
	            }
	          } else {
	            offset += 1;
	            atLineStart = true;
	          }
	          lineStart = offset;
	          break;
	        case '#':
	          {
	            const comment = new Comment();
	            offset = comment.parse({
	              src
	            }, offset);
	            this.contents.push(comment);
	            atLineStart = false;
	          }
	          break;
	        default:
	          {
	            const iEnd = PlainValue.Node.endOfIndent(src, offset);
	            const context = {
	              atLineStart,
	              indent: -1,
	              inFlow: false,
	              inCollection: false,
	              lineStart,
	              parent: this
	            };
	            const node = parseNode(context, iEnd);
	            if (!node) return this.valueRange.end = iEnd; // at next document start
	            this.contents.push(node);
	            offset = node.range.end;
	            atLineStart = false;
	            const ec = grabCollectionEndComments(node);
	            if (ec) Array.prototype.push.apply(this.contents, ec);
	          }
	      }
	      offset = Document.startCommentOrEndBlankLine(src, offset);
	    }
	    this.valueRange.end = offset;
	    if (src[offset]) {
	      this.documentEndMarker = new PlainValue.Range(offset, offset + 3);
	      offset += 3;
	      if (src[offset]) {
	        offset = PlainValue.Node.endOfWhiteSpace(src, offset);
	        if (src[offset] === '#') {
	          const comment = new Comment();
	          offset = comment.parse({
	            src
	          }, offset);
	          this.contents.push(comment);
	        }
	        switch (src[offset]) {
	          case '\n':
	            offset += 1;
	            break;
	          case undefined:
	            break;
	          default:
	            this.error = new PlainValue.YAMLSyntaxError(this, 'Document end marker line cannot have a non-comment suffix');
	        }
	      }
	    }
	    return offset;
	  }

	  /**
	   * @param {ParseContext} context
	   * @param {number} start - Index of first character
	   * @returns {number} - Index of the character after this
	   */
	  parse(context, start) {
	    context.root = this;
	    this.context = context;
	    const {
	      src
	    } = context;
	    let offset = src.charCodeAt(start) === 0xfeff ? start + 1 : start; // skip BOM
	    offset = this.parseDirectives(offset);
	    offset = this.parseContents(offset);
	    return offset;
	  }
	  setOrigRanges(cr, offset) {
	    offset = super.setOrigRanges(cr, offset);
	    this.directives.forEach(node => {
	      offset = node.setOrigRanges(cr, offset);
	    });
	    if (this.directivesEndMarker) offset = this.directivesEndMarker.setOrigRange(cr, offset);
	    this.contents.forEach(node => {
	      offset = node.setOrigRanges(cr, offset);
	    });
	    if (this.documentEndMarker) offset = this.documentEndMarker.setOrigRange(cr, offset);
	    return offset;
	  }
	  toString() {
	    const {
	      contents,
	      directives,
	      value
	    } = this;
	    if (value != null) return value;
	    let str = directives.join('');
	    if (contents.length > 0) {
	      if (directives.length > 0 || contents[0].type === PlainValue.Type.COMMENT) str += '---\n';
	      str += contents.join('');
	    }
	    if (str[str.length - 1] !== '\n') str += '\n';
	    return str;
	  }
	}

	class Alias extends PlainValue.Node {
	  /**
	   * Parses an *alias from the source
	   *
	   * @param {ParseContext} context
	   * @param {number} start - Index of first character
	   * @returns {number} - Index of the character after this scalar
	   */
	  parse(context, start) {
	    this.context = context;
	    const {
	      src
	    } = context;
	    let offset = PlainValue.Node.endOfIdentifier(src, start + 1);
	    this.valueRange = new PlainValue.Range(start + 1, offset);
	    offset = PlainValue.Node.endOfWhiteSpace(src, offset);
	    offset = this.parseComment(offset);
	    return offset;
	  }
	}

	const Chomp = {
	  CLIP: 'CLIP',
	  KEEP: 'KEEP',
	  STRIP: 'STRIP'
	};
	class BlockValue extends PlainValue.Node {
	  constructor(type, props) {
	    super(type, props);
	    this.blockIndent = null;
	    this.chomping = Chomp.CLIP;
	    this.header = null;
	  }
	  get includesTrailingLines() {
	    return this.chomping === Chomp.KEEP;
	  }
	  get strValue() {
	    if (!this.valueRange || !this.context) return null;
	    let {
	      start,
	      end
	    } = this.valueRange;
	    const {
	      indent,
	      src
	    } = this.context;
	    if (this.valueRange.isEmpty()) return '';
	    let lastNewLine = null;
	    let ch = src[end - 1];
	    while (ch === '\n' || ch === '\t' || ch === ' ') {
	      end -= 1;
	      if (end <= start) {
	        if (this.chomping === Chomp.KEEP) break;else return ''; // probably never happens
	      }
	      if (ch === '\n') lastNewLine = end;
	      ch = src[end - 1];
	    }
	    let keepStart = end + 1;
	    if (lastNewLine) {
	      if (this.chomping === Chomp.KEEP) {
	        keepStart = lastNewLine;
	        end = this.valueRange.end;
	      } else {
	        end = lastNewLine;
	      }
	    }
	    const bi = indent + this.blockIndent;
	    const folded = this.type === PlainValue.Type.BLOCK_FOLDED;
	    let atStart = true;
	    let str = '';
	    let sep = '';
	    let prevMoreIndented = false;
	    for (let i = start; i < end; ++i) {
	      for (let j = 0; j < bi; ++j) {
	        if (src[i] !== ' ') break;
	        i += 1;
	      }
	      const ch = src[i];
	      if (ch === '\n') {
	        if (sep === '\n') str += '\n';else sep = '\n';
	      } else {
	        const lineEnd = PlainValue.Node.endOfLine(src, i);
	        const line = src.slice(i, lineEnd);
	        i = lineEnd;
	        if (folded && (ch === ' ' || ch === '\t') && i < keepStart) {
	          if (sep === ' ') sep = '\n';else if (!prevMoreIndented && !atStart && sep === '\n') sep = '\n\n';
	          str += sep + line; //+ ((lineEnd < end && src[lineEnd]) || '')
	          sep = lineEnd < end && src[lineEnd] || '';
	          prevMoreIndented = true;
	        } else {
	          str += sep + line;
	          sep = folded && i < keepStart ? ' ' : '\n';
	          prevMoreIndented = false;
	        }
	        if (atStart && line !== '') atStart = false;
	      }
	    }
	    return this.chomping === Chomp.STRIP ? str : str + '\n';
	  }
	  parseBlockHeader(start) {
	    const {
	      src
	    } = this.context;
	    let offset = start + 1;
	    let bi = '';
	    while (true) {
	      const ch = src[offset];
	      switch (ch) {
	        case '-':
	          this.chomping = Chomp.STRIP;
	          break;
	        case '+':
	          this.chomping = Chomp.KEEP;
	          break;
	        case '0':
	        case '1':
	        case '2':
	        case '3':
	        case '4':
	        case '5':
	        case '6':
	        case '7':
	        case '8':
	        case '9':
	          bi += ch;
	          break;
	        default:
	          this.blockIndent = Number(bi) || null;
	          this.header = new PlainValue.Range(start, offset);
	          return offset;
	      }
	      offset += 1;
	    }
	  }
	  parseBlockValue(start) {
	    const {
	      indent,
	      src
	    } = this.context;
	    const explicit = !!this.blockIndent;
	    let offset = start;
	    let valueEnd = start;
	    let minBlockIndent = 1;
	    for (let ch = src[offset]; ch === '\n'; ch = src[offset]) {
	      offset += 1;
	      if (PlainValue.Node.atDocumentBoundary(src, offset)) break;
	      const end = PlainValue.Node.endOfBlockIndent(src, indent, offset); // should not include tab?
	      if (end === null) break;
	      const ch = src[end];
	      const lineIndent = end - (offset + indent);
	      if (!this.blockIndent) {
	        // no explicit block indent, none yet detected
	        if (src[end] !== '\n') {
	          // first line with non-whitespace content
	          if (lineIndent < minBlockIndent) {
	            const msg = 'Block scalars with more-indented leading empty lines must use an explicit indentation indicator';
	            this.error = new PlainValue.YAMLSemanticError(this, msg);
	          }
	          this.blockIndent = lineIndent;
	        } else if (lineIndent > minBlockIndent) {
	          // empty line with more whitespace
	          minBlockIndent = lineIndent;
	        }
	      } else if (ch && ch !== '\n' && lineIndent < this.blockIndent) {
	        if (src[end] === '#') break;
	        if (!this.error) {
	          const src = explicit ? 'explicit indentation indicator' : 'first line';
	          const msg = `Block scalars must not be less indented than their ${src}`;
	          this.error = new PlainValue.YAMLSemanticError(this, msg);
	        }
	      }
	      if (src[end] === '\n') {
	        offset = end;
	      } else {
	        offset = valueEnd = PlainValue.Node.endOfLine(src, end);
	      }
	    }
	    if (this.chomping !== Chomp.KEEP) {
	      offset = src[valueEnd] ? valueEnd + 1 : valueEnd;
	    }
	    this.valueRange = new PlainValue.Range(start + 1, offset);
	    return offset;
	  }

	  /**
	   * Parses a block value from the source
	   *
	   * Accepted forms are:
	   * ```
	   * BS
	   * block
	   * lines
	   *
	   * BS #comment
	   * block
	   * lines
	   * ```
	   * where the block style BS matches the regexp `[|>][-+1-9]*` and block lines
	   * are empty or have an indent level greater than `indent`.
	   *
	   * @param {ParseContext} context
	   * @param {number} start - Index of first character
	   * @returns {number} - Index of the character after this block
	   */
	  parse(context, start) {
	    this.context = context;
	    const {
	      src
	    } = context;
	    let offset = this.parseBlockHeader(start);
	    offset = PlainValue.Node.endOfWhiteSpace(src, offset);
	    offset = this.parseComment(offset);
	    offset = this.parseBlockValue(offset);
	    return offset;
	  }
	  setOrigRanges(cr, offset) {
	    offset = super.setOrigRanges(cr, offset);
	    return this.header ? this.header.setOrigRange(cr, offset) : offset;
	  }
	}

	class FlowCollection extends PlainValue.Node {
	  constructor(type, props) {
	    super(type, props);
	    this.items = null;
	  }
	  prevNodeIsJsonLike(idx = this.items.length) {
	    const node = this.items[idx - 1];
	    return !!node && (node.jsonLike || node.type === PlainValue.Type.COMMENT && this.prevNodeIsJsonLike(idx - 1));
	  }

	  /**
	   * @param {ParseContext} context
	   * @param {number} start - Index of first character
	   * @returns {number} - Index of the character after this
	   */
	  parse(context, start) {
	    this.context = context;
	    const {
	      parseNode,
	      src
	    } = context;
	    let {
	      indent,
	      lineStart
	    } = context;
	    let char = src[start]; // { or [
	    this.items = [{
	      char,
	      offset: start
	    }];
	    let offset = PlainValue.Node.endOfWhiteSpace(src, start + 1);
	    char = src[offset];
	    while (char && char !== ']' && char !== '}') {
	      switch (char) {
	        case '\n':
	          {
	            lineStart = offset + 1;
	            const wsEnd = PlainValue.Node.endOfWhiteSpace(src, lineStart);
	            if (src[wsEnd] === '\n') {
	              const blankLine = new BlankLine();
	              lineStart = blankLine.parse({
	                src
	              }, lineStart);
	              this.items.push(blankLine);
	            }
	            offset = PlainValue.Node.endOfIndent(src, lineStart);
	            if (offset <= lineStart + indent) {
	              char = src[offset];
	              if (offset < lineStart + indent || char !== ']' && char !== '}') {
	                const msg = 'Insufficient indentation in flow collection';
	                this.error = new PlainValue.YAMLSemanticError(this, msg);
	              }
	            }
	          }
	          break;
	        case ',':
	          {
	            this.items.push({
	              char,
	              offset
	            });
	            offset += 1;
	          }
	          break;
	        case '#':
	          {
	            const comment = new Comment();
	            offset = comment.parse({
	              src
	            }, offset);
	            this.items.push(comment);
	          }
	          break;
	        case '?':
	        case ':':
	          {
	            const next = src[offset + 1];
	            if (next === '\n' || next === '\t' || next === ' ' || next === ',' ||
	            // in-flow : after JSON-like key does not need to be followed by whitespace
	            char === ':' && this.prevNodeIsJsonLike()) {
	              this.items.push({
	                char,
	                offset
	              });
	              offset += 1;
	              break;
	            }
	          }
	        // fallthrough
	        default:
	          {
	            const node = parseNode({
	              atLineStart: false,
	              inCollection: false,
	              inFlow: true,
	              indent: -1,
	              lineStart,
	              parent: this
	            }, offset);
	            if (!node) {
	              // at next document start
	              this.valueRange = new PlainValue.Range(start, offset);
	              return offset;
	            }
	            this.items.push(node);
	            offset = PlainValue.Node.normalizeOffset(src, node.range.end);
	          }
	      }
	      offset = PlainValue.Node.endOfWhiteSpace(src, offset);
	      char = src[offset];
	    }
	    this.valueRange = new PlainValue.Range(start, offset + 1);
	    if (char) {
	      this.items.push({
	        char,
	        offset
	      });
	      offset = PlainValue.Node.endOfWhiteSpace(src, offset + 1);
	      offset = this.parseComment(offset);
	    }
	    return offset;
	  }
	  setOrigRanges(cr, offset) {
	    offset = super.setOrigRanges(cr, offset);
	    this.items.forEach(node => {
	      if (node instanceof PlainValue.Node) {
	        offset = node.setOrigRanges(cr, offset);
	      } else if (cr.length === 0) {
	        node.origOffset = node.offset;
	      } else {
	        let i = offset;
	        while (i < cr.length) {
	          if (cr[i] > node.offset) break;else ++i;
	        }
	        node.origOffset = node.offset + i;
	        offset = i;
	      }
	    });
	    return offset;
	  }
	  toString() {
	    const {
	      context: {
	        src
	      },
	      items,
	      range,
	      value
	    } = this;
	    if (value != null) return value;
	    const nodes = items.filter(item => item instanceof PlainValue.Node);
	    let str = '';
	    let prevEnd = range.start;
	    nodes.forEach(node => {
	      const prefix = src.slice(prevEnd, node.range.start);
	      prevEnd = node.range.end;
	      str += prefix + String(node);
	      if (str[str.length - 1] === '\n' && src[prevEnd - 1] !== '\n' && src[prevEnd] === '\n') {
	        // Comment range does not include the terminal newline, but its
	        // stringified value does. Without this fix, newlines at comment ends
	        // get duplicated.
	        prevEnd += 1;
	      }
	    });
	    str += src.slice(prevEnd, range.end);
	    return PlainValue.Node.addStringTerminator(src, range.end, str);
	  }
	}

	class QuoteDouble extends PlainValue.Node {
	  static endOfQuote(src, offset) {
	    let ch = src[offset];
	    while (ch && ch !== '"') {
	      offset += ch === '\\' ? 2 : 1;
	      ch = src[offset];
	    }
	    return offset + 1;
	  }

	  /**
	   * @returns {string | { str: string, errors: YAMLSyntaxError[] }}
	   */
	  get strValue() {
	    if (!this.valueRange || !this.context) return null;
	    const errors = [];
	    const {
	      start,
	      end
	    } = this.valueRange;
	    const {
	      indent,
	      src
	    } = this.context;
	    if (src[end - 1] !== '"') errors.push(new PlainValue.YAMLSyntaxError(this, 'Missing closing "quote'));
	    // Using String#replace is too painful with escaped newlines preceded by
	    // escaped backslashes; also, this should be faster.
	    let str = '';
	    for (let i = start + 1; i < end - 1; ++i) {
	      const ch = src[i];
	      if (ch === '\n') {
	        if (PlainValue.Node.atDocumentBoundary(src, i + 1)) errors.push(new PlainValue.YAMLSemanticError(this, 'Document boundary indicators are not allowed within string values'));
	        const {
	          fold,
	          offset,
	          error
	        } = PlainValue.Node.foldNewline(src, i, indent);
	        str += fold;
	        i = offset;
	        if (error) errors.push(new PlainValue.YAMLSemanticError(this, 'Multi-line double-quoted string needs to be sufficiently indented'));
	      } else if (ch === '\\') {
	        i += 1;
	        switch (src[i]) {
	          case '0':
	            str += '\0';
	            break;
	          // null character
	          case 'a':
	            str += '\x07';
	            break;
	          // bell character
	          case 'b':
	            str += '\b';
	            break;
	          // backspace
	          case 'e':
	            str += '\x1b';
	            break;
	          // escape character
	          case 'f':
	            str += '\f';
	            break;
	          // form feed
	          case 'n':
	            str += '\n';
	            break;
	          // line feed
	          case 'r':
	            str += '\r';
	            break;
	          // carriage return
	          case 't':
	            str += '\t';
	            break;
	          // horizontal tab
	          case 'v':
	            str += '\v';
	            break;
	          // vertical tab
	          case 'N':
	            str += '\u0085';
	            break;
	          // Unicode next line
	          case '_':
	            str += '\u00a0';
	            break;
	          // Unicode non-breaking space
	          case 'L':
	            str += '\u2028';
	            break;
	          // Unicode line separator
	          case 'P':
	            str += '\u2029';
	            break;
	          // Unicode paragraph separator
	          case ' ':
	            str += ' ';
	            break;
	          case '"':
	            str += '"';
	            break;
	          case '/':
	            str += '/';
	            break;
	          case '\\':
	            str += '\\';
	            break;
	          case '\t':
	            str += '\t';
	            break;
	          case 'x':
	            str += this.parseCharCode(i + 1, 2, errors);
	            i += 2;
	            break;
	          case 'u':
	            str += this.parseCharCode(i + 1, 4, errors);
	            i += 4;
	            break;
	          case 'U':
	            str += this.parseCharCode(i + 1, 8, errors);
	            i += 8;
	            break;
	          case '\n':
	            // skip escaped newlines, but still trim the following line
	            while (src[i + 1] === ' ' || src[i + 1] === '\t') i += 1;
	            break;
	          default:
	            errors.push(new PlainValue.YAMLSyntaxError(this, `Invalid escape sequence ${src.substr(i - 1, 2)}`));
	            str += '\\' + src[i];
	        }
	      } else if (ch === ' ' || ch === '\t') {
	        // trim trailing whitespace
	        const wsStart = i;
	        let next = src[i + 1];
	        while (next === ' ' || next === '\t') {
	          i += 1;
	          next = src[i + 1];
	        }
	        if (next !== '\n') str += i > wsStart ? src.slice(wsStart, i + 1) : ch;
	      } else {
	        str += ch;
	      }
	    }
	    return errors.length > 0 ? {
	      errors,
	      str
	    } : str;
	  }
	  parseCharCode(offset, length, errors) {
	    const {
	      src
	    } = this.context;
	    const cc = src.substr(offset, length);
	    const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
	    const code = ok ? parseInt(cc, 16) : NaN;
	    if (isNaN(code)) {
	      errors.push(new PlainValue.YAMLSyntaxError(this, `Invalid escape sequence ${src.substr(offset - 2, length + 2)}`));
	      return src.substr(offset - 2, length + 2);
	    }
	    return String.fromCodePoint(code);
	  }

	  /**
	   * Parses a "double quoted" value from the source
	   *
	   * @param {ParseContext} context
	   * @param {number} start - Index of first character
	   * @returns {number} - Index of the character after this scalar
	   */
	  parse(context, start) {
	    this.context = context;
	    const {
	      src
	    } = context;
	    let offset = QuoteDouble.endOfQuote(src, start + 1);
	    this.valueRange = new PlainValue.Range(start, offset);
	    offset = PlainValue.Node.endOfWhiteSpace(src, offset);
	    offset = this.parseComment(offset);
	    return offset;
	  }
	}

	class QuoteSingle extends PlainValue.Node {
	  static endOfQuote(src, offset) {
	    let ch = src[offset];
	    while (ch) {
	      if (ch === "'") {
	        if (src[offset + 1] !== "'") break;
	        ch = src[offset += 2];
	      } else {
	        ch = src[offset += 1];
	      }
	    }
	    return offset + 1;
	  }

	  /**
	   * @returns {string | { str: string, errors: YAMLSyntaxError[] }}
	   */
	  get strValue() {
	    if (!this.valueRange || !this.context) return null;
	    const errors = [];
	    const {
	      start,
	      end
	    } = this.valueRange;
	    const {
	      indent,
	      src
	    } = this.context;
	    if (src[end - 1] !== "'") errors.push(new PlainValue.YAMLSyntaxError(this, "Missing closing 'quote"));
	    let str = '';
	    for (let i = start + 1; i < end - 1; ++i) {
	      const ch = src[i];
	      if (ch === '\n') {
	        if (PlainValue.Node.atDocumentBoundary(src, i + 1)) errors.push(new PlainValue.YAMLSemanticError(this, 'Document boundary indicators are not allowed within string values'));
	        const {
	          fold,
	          offset,
	          error
	        } = PlainValue.Node.foldNewline(src, i, indent);
	        str += fold;
	        i = offset;
	        if (error) errors.push(new PlainValue.YAMLSemanticError(this, 'Multi-line single-quoted string needs to be sufficiently indented'));
	      } else if (ch === "'") {
	        str += ch;
	        i += 1;
	        if (src[i] !== "'") errors.push(new PlainValue.YAMLSyntaxError(this, 'Unescaped single quote? This should not happen.'));
	      } else if (ch === ' ' || ch === '\t') {
	        // trim trailing whitespace
	        const wsStart = i;
	        let next = src[i + 1];
	        while (next === ' ' || next === '\t') {
	          i += 1;
	          next = src[i + 1];
	        }
	        if (next !== '\n') str += i > wsStart ? src.slice(wsStart, i + 1) : ch;
	      } else {
	        str += ch;
	      }
	    }
	    return errors.length > 0 ? {
	      errors,
	      str
	    } : str;
	  }

	  /**
	   * Parses a 'single quoted' value from the source
	   *
	   * @param {ParseContext} context
	   * @param {number} start - Index of first character
	   * @returns {number} - Index of the character after this scalar
	   */
	  parse(context, start) {
	    this.context = context;
	    const {
	      src
	    } = context;
	    let offset = QuoteSingle.endOfQuote(src, start + 1);
	    this.valueRange = new PlainValue.Range(start, offset);
	    offset = PlainValue.Node.endOfWhiteSpace(src, offset);
	    offset = this.parseComment(offset);
	    return offset;
	  }
	}

	function createNewNode(type, props) {
	  switch (type) {
	    case PlainValue.Type.ALIAS:
	      return new Alias(type, props);
	    case PlainValue.Type.BLOCK_FOLDED:
	    case PlainValue.Type.BLOCK_LITERAL:
	      return new BlockValue(type, props);
	    case PlainValue.Type.FLOW_MAP:
	    case PlainValue.Type.FLOW_SEQ:
	      return new FlowCollection(type, props);
	    case PlainValue.Type.MAP_KEY:
	    case PlainValue.Type.MAP_VALUE:
	    case PlainValue.Type.SEQ_ITEM:
	      return new CollectionItem(type, props);
	    case PlainValue.Type.COMMENT:
	    case PlainValue.Type.PLAIN:
	      return new PlainValue.PlainValue(type, props);
	    case PlainValue.Type.QUOTE_DOUBLE:
	      return new QuoteDouble(type, props);
	    case PlainValue.Type.QUOTE_SINGLE:
	      return new QuoteSingle(type, props);
	    /* istanbul ignore next */
	    default:
	      return null;
	    // should never happen
	  }
	}

	/**
	 * @param {boolean} atLineStart - Node starts at beginning of line
	 * @param {boolean} inFlow - true if currently in a flow context
	 * @param {boolean} inCollection - true if currently in a collection context
	 * @param {number} indent - Current level of indentation
	 * @param {number} lineStart - Start of the current line
	 * @param {Node} parent - The parent of the node
	 * @param {string} src - Source of the YAML document
	 */
	class ParseContext {
	  static parseType(src, offset, inFlow) {
	    switch (src[offset]) {
	      case '*':
	        return PlainValue.Type.ALIAS;
	      case '>':
	        return PlainValue.Type.BLOCK_FOLDED;
	      case '|':
	        return PlainValue.Type.BLOCK_LITERAL;
	      case '{':
	        return PlainValue.Type.FLOW_MAP;
	      case '[':
	        return PlainValue.Type.FLOW_SEQ;
	      case '?':
	        return !inFlow && PlainValue.Node.atBlank(src, offset + 1, true) ? PlainValue.Type.MAP_KEY : PlainValue.Type.PLAIN;
	      case ':':
	        return !inFlow && PlainValue.Node.atBlank(src, offset + 1, true) ? PlainValue.Type.MAP_VALUE : PlainValue.Type.PLAIN;
	      case '-':
	        return !inFlow && PlainValue.Node.atBlank(src, offset + 1, true) ? PlainValue.Type.SEQ_ITEM : PlainValue.Type.PLAIN;
	      case '"':
	        return PlainValue.Type.QUOTE_DOUBLE;
	      case "'":
	        return PlainValue.Type.QUOTE_SINGLE;
	      default:
	        return PlainValue.Type.PLAIN;
	    }
	  }
	  constructor(orig = {}, {
	    atLineStart,
	    inCollection,
	    inFlow,
	    indent,
	    lineStart,
	    parent
	  } = {}) {
	    /**
	     * Parses a node from the source
	     * @param {ParseContext} overlay
	     * @param {number} start - Index of first non-whitespace character for the node
	     * @returns {?Node} - null if at a document boundary
	     */
	    PlainValue._defineProperty(this, "parseNode", (overlay, start) => {
	      if (PlainValue.Node.atDocumentBoundary(this.src, start)) return null;
	      const context = new ParseContext(this, overlay);
	      const {
	        props,
	        type,
	        valueStart
	      } = context.parseProps(start);
	      const node = createNewNode(type, props);
	      let offset = start;
	      try {
	        offset = node.parse(context, valueStart);
	      } catch (error) {
	        const msg = error instanceof Error ? error.message : String(error);
	        if (!node.error) node.error = new PlainValue.YAMLSyntaxError(node, msg);
	      }
	      node.range = new PlainValue.Range(start, offset);
	      /* istanbul ignore if */
	      if (offset <= start) {
	        // This should never happen, but if it does, let's make sure to at least
	        // step one character forward to avoid a busy loop.
	        if (!node.error) node.error = new Error(`Node#parse consumed no characters`);
	        node.error.parseEnd = offset;
	        node.error.source = node;
	        node.range.end = start + 1;
	      }
	      if (context.nodeStartsCollection(node)) {
	        if (!node.error && !context.atLineStart && context.parent.type === PlainValue.Type.DOCUMENT) {
	          node.error = new PlainValue.YAMLSyntaxError(node, 'Block collection must not have preceding content here (e.g. directives-end indicator)');
	        }
	        const collection = new Collection(node);
	        offset = collection.parse(new ParseContext(context), offset);
	        collection.range = new PlainValue.Range(start, offset);
	        return collection;
	      }
	      return node;
	    });
	    this.atLineStart = atLineStart != null ? atLineStart : orig.atLineStart || false;
	    this.inCollection = inCollection != null ? inCollection : orig.inCollection || false;
	    this.inFlow = inFlow != null ? inFlow : orig.inFlow || false;
	    this.indent = indent != null ? indent : orig.indent;
	    this.lineStart = lineStart != null ? lineStart : orig.lineStart;
	    this.parent = parent != null ? parent : orig.parent || {};
	    this.root = orig.root;
	    this.src = orig.src;
	  }
	  nodeStartsCollection(node) {
	    const {
	      inCollection,
	      inFlow,
	      src
	    } = this;
	    if (inCollection || inFlow) return false;
	    if (node instanceof CollectionItem) return true;
	    // check for implicit key
	    let offset = node.range.end;
	    if (src[offset] === '\n' || src[offset - 1] === '\n') return false;
	    offset = PlainValue.Node.endOfWhiteSpace(src, offset);
	    return src[offset] === ':';
	  }

	  // Anchor and tag are before type, which determines the node implementation
	  // class; hence this intermediate step.
	  parseProps(offset) {
	    const {
	      inFlow,
	      parent,
	      src
	    } = this;
	    const props = [];
	    let lineHasProps = false;
	    offset = this.atLineStart ? PlainValue.Node.endOfIndent(src, offset) : PlainValue.Node.endOfWhiteSpace(src, offset);
	    let ch = src[offset];
	    while (ch === PlainValue.Char.ANCHOR || ch === PlainValue.Char.COMMENT || ch === PlainValue.Char.TAG || ch === '\n') {
	      if (ch === '\n') {
	        let inEnd = offset;
	        let lineStart;
	        do {
	          lineStart = inEnd + 1;
	          inEnd = PlainValue.Node.endOfIndent(src, lineStart);
	        } while (src[inEnd] === '\n');
	        const indentDiff = inEnd - (lineStart + this.indent);
	        const noIndicatorAsIndent = parent.type === PlainValue.Type.SEQ_ITEM && parent.context.atLineStart;
	        if (src[inEnd] !== '#' && !PlainValue.Node.nextNodeIsIndented(src[inEnd], indentDiff, !noIndicatorAsIndent)) break;
	        this.atLineStart = true;
	        this.lineStart = lineStart;
	        lineHasProps = false;
	        offset = inEnd;
	      } else if (ch === PlainValue.Char.COMMENT) {
	        const end = PlainValue.Node.endOfLine(src, offset + 1);
	        props.push(new PlainValue.Range(offset, end));
	        offset = end;
	      } else {
	        let end = PlainValue.Node.endOfIdentifier(src, offset + 1);
	        if (ch === PlainValue.Char.TAG && src[end] === ',' && /^[a-zA-Z0-9-]+\.[a-zA-Z0-9-]+,\d\d\d\d(-\d\d){0,2}\/\S/.test(src.slice(offset + 1, end + 13))) {
	          // Let's presume we're dealing with a YAML 1.0 domain tag here, rather
	          // than an empty but 'foo.bar' private-tagged node in a flow collection
	          // followed without whitespace by a plain string starting with a year
	          // or date divided by something.
	          end = PlainValue.Node.endOfIdentifier(src, end + 5);
	        }
	        props.push(new PlainValue.Range(offset, end));
	        lineHasProps = true;
	        offset = PlainValue.Node.endOfWhiteSpace(src, end);
	      }
	      ch = src[offset];
	    }
	    // '- &a : b' has an anchor on an empty node
	    if (lineHasProps && ch === ':' && PlainValue.Node.atBlank(src, offset + 1, true)) offset -= 1;
	    const type = ParseContext.parseType(src, offset, inFlow);
	    return {
	      props,
	      type,
	      valueStart: offset
	    };
	  }
	}

	// Published as 'yaml/parse-cst'
	function parse(src) {
	  const cr = [];
	  if (src.indexOf('\r') !== -1) {
	    src = src.replace(/\r\n?/g, (match, offset) => {
	      if (match.length > 1) cr.push(offset);
	      return '\n';
	    });
	  }
	  const documents = [];
	  let offset = 0;
	  do {
	    const doc = new Document();
	    const context = new ParseContext({
	      src
	    });
	    offset = doc.parse(context, offset);
	    documents.push(doc);
	  } while (offset < src.length);
	  documents.setOrigRanges = () => {
	    if (cr.length === 0) return false;
	    for (let i = 1; i < cr.length; ++i) cr[i] -= i;
	    let crOffset = 0;
	    for (let i = 0; i < documents.length; ++i) {
	      crOffset = documents[i].setOrigRanges(cr, crOffset);
	    }
	    cr.splice(0, cr.length);
	    return true;
	  };
	  documents.toString = () => documents.join('...\n');
	  return documents;
	}

	parseCst.parse = parse;
	return parseCst;
}

var DocumentA8d0fbf9 = {};

var resolveSeq95613e94 = {};

var hasRequiredResolveSeq95613e94;

function requireResolveSeq95613e94 () {
	if (hasRequiredResolveSeq95613e94) return resolveSeq95613e94;
	hasRequiredResolveSeq95613e94 = 1;

	var PlainValue = requirePlainValue516d5bc2();

	function addCommentBefore(str, indent, comment) {
	  if (!comment) return str;
	  const cc = comment.replace(/[\s\S]^/gm, `$&${indent}#`);
	  return `#${cc}\n${indent}${str}`;
	}
	function addComment(str, indent, comment) {
	  return !comment ? str : comment.indexOf('\n') === -1 ? `${str} #${comment}` : `${str}\n` + comment.replace(/^/gm, `${indent || ''}#`);
	}

	class Node {}

	function toJSON(value, arg, ctx) {
	  if (Array.isArray(value)) return value.map((v, i) => toJSON(v, String(i), ctx));
	  if (value && typeof value.toJSON === 'function') {
	    const anchor = ctx && ctx.anchors && ctx.anchors.get(value);
	    if (anchor) ctx.onCreate = res => {
	      anchor.res = res;
	      delete ctx.onCreate;
	    };
	    const res = value.toJSON(arg, ctx);
	    if (anchor && ctx.onCreate) ctx.onCreate(res);
	    return res;
	  }
	  if ((!ctx || !ctx.keep) && typeof value === 'bigint') return Number(value);
	  return value;
	}

	class Scalar extends Node {
	  constructor(value) {
	    super();
	    this.value = value;
	  }
	  toJSON(arg, ctx) {
	    return ctx && ctx.keep ? this.value : toJSON(this.value, arg, ctx);
	  }
	  toString() {
	    return String(this.value);
	  }
	}

	function collectionFromPath(schema, path, value) {
	  let v = value;
	  for (let i = path.length - 1; i >= 0; --i) {
	    const k = path[i];
	    if (Number.isInteger(k) && k >= 0) {
	      const a = [];
	      a[k] = v;
	      v = a;
	    } else {
	      const o = {};
	      Object.defineProperty(o, k, {
	        value: v,
	        writable: true,
	        enumerable: true,
	        configurable: true
	      });
	      v = o;
	    }
	  }
	  return schema.createNode(v, false);
	}

	// null, undefined, or an empty non-string iterable (e.g. [])
	const isEmptyPath = path => path == null || typeof path === 'object' && path[Symbol.iterator]().next().done;
	class Collection extends Node {
	  constructor(schema) {
	    super();
	    PlainValue._defineProperty(this, "items", []);
	    this.schema = schema;
	  }
	  addIn(path, value) {
	    if (isEmptyPath(path)) this.add(value);else {
	      const [key, ...rest] = path;
	      const node = this.get(key, true);
	      if (node instanceof Collection) node.addIn(rest, value);else if (node === undefined && this.schema) this.set(key, collectionFromPath(this.schema, rest, value));else throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
	    }
	  }
	  deleteIn([key, ...rest]) {
	    if (rest.length === 0) return this.delete(key);
	    const node = this.get(key, true);
	    if (node instanceof Collection) return node.deleteIn(rest);else throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
	  }
	  getIn([key, ...rest], keepScalar) {
	    const node = this.get(key, true);
	    if (rest.length === 0) return !keepScalar && node instanceof Scalar ? node.value : node;else return node instanceof Collection ? node.getIn(rest, keepScalar) : undefined;
	  }
	  hasAllNullValues() {
	    return this.items.every(node => {
	      if (!node || node.type !== 'PAIR') return false;
	      const n = node.value;
	      return n == null || n instanceof Scalar && n.value == null && !n.commentBefore && !n.comment && !n.tag;
	    });
	  }
	  hasIn([key, ...rest]) {
	    if (rest.length === 0) return this.has(key);
	    const node = this.get(key, true);
	    return node instanceof Collection ? node.hasIn(rest) : false;
	  }
	  setIn([key, ...rest], value) {
	    if (rest.length === 0) {
	      this.set(key, value);
	    } else {
	      const node = this.get(key, true);
	      if (node instanceof Collection) node.setIn(rest, value);else if (node === undefined && this.schema) this.set(key, collectionFromPath(this.schema, rest, value));else throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
	    }
	  }

	  // overridden in implementations
	  /* istanbul ignore next */
	  toJSON() {
	    return null;
	  }
	  toString(ctx, {
	    blockItem,
	    flowChars,
	    isMap,
	    itemIndent
	  }, onComment, onChompKeep) {
	    const {
	      indent,
	      indentStep,
	      stringify
	    } = ctx;
	    const inFlow = this.type === PlainValue.Type.FLOW_MAP || this.type === PlainValue.Type.FLOW_SEQ || ctx.inFlow;
	    if (inFlow) itemIndent += indentStep;
	    const allNullValues = isMap && this.hasAllNullValues();
	    ctx = Object.assign({}, ctx, {
	      allNullValues,
	      indent: itemIndent,
	      inFlow,
	      type: null
	    });
	    let chompKeep = false;
	    let hasItemWithNewLine = false;
	    const nodes = this.items.reduce((nodes, item, i) => {
	      let comment;
	      if (item) {
	        if (!chompKeep && item.spaceBefore) nodes.push({
	          type: 'comment',
	          str: ''
	        });
	        if (item.commentBefore) item.commentBefore.match(/^.*$/gm).forEach(line => {
	          nodes.push({
	            type: 'comment',
	            str: `#${line}`
	          });
	        });
	        if (item.comment) comment = item.comment;
	        if (inFlow && (!chompKeep && item.spaceBefore || item.commentBefore || item.comment || item.key && (item.key.commentBefore || item.key.comment) || item.value && (item.value.commentBefore || item.value.comment))) hasItemWithNewLine = true;
	      }
	      chompKeep = false;
	      let str = stringify(item, ctx, () => comment = null, () => chompKeep = true);
	      if (inFlow && !hasItemWithNewLine && str.includes('\n')) hasItemWithNewLine = true;
	      if (inFlow && i < this.items.length - 1) str += ',';
	      str = addComment(str, itemIndent, comment);
	      if (chompKeep && (comment || inFlow)) chompKeep = false;
	      nodes.push({
	        type: 'item',
	        str
	      });
	      return nodes;
	    }, []);
	    let str;
	    if (nodes.length === 0) {
	      str = flowChars.start + flowChars.end;
	    } else if (inFlow) {
	      const {
	        start,
	        end
	      } = flowChars;
	      const strings = nodes.map(n => n.str);
	      if (hasItemWithNewLine || strings.reduce((sum, str) => sum + str.length + 2, 2) > Collection.maxFlowStringSingleLineLength) {
	        str = start;
	        for (const s of strings) {
	          str += s ? `\n${indentStep}${indent}${s}` : '\n';
	        }
	        str += `\n${indent}${end}`;
	      } else {
	        str = `${start} ${strings.join(' ')} ${end}`;
	      }
	    } else {
	      const strings = nodes.map(blockItem);
	      str = strings.shift();
	      for (const s of strings) str += s ? `\n${indent}${s}` : '\n';
	    }
	    if (this.comment) {
	      str += '\n' + this.comment.replace(/^/gm, `${indent}#`);
	      if (onComment) onComment();
	    } else if (chompKeep && onChompKeep) onChompKeep();
	    return str;
	  }
	}
	PlainValue._defineProperty(Collection, "maxFlowStringSingleLineLength", 60);

	function asItemIndex(key) {
	  let idx = key instanceof Scalar ? key.value : key;
	  if (idx && typeof idx === 'string') idx = Number(idx);
	  return Number.isInteger(idx) && idx >= 0 ? idx : null;
	}
	class YAMLSeq extends Collection {
	  add(value) {
	    this.items.push(value);
	  }
	  delete(key) {
	    const idx = asItemIndex(key);
	    if (typeof idx !== 'number') return false;
	    const del = this.items.splice(idx, 1);
	    return del.length > 0;
	  }
	  get(key, keepScalar) {
	    const idx = asItemIndex(key);
	    if (typeof idx !== 'number') return undefined;
	    const it = this.items[idx];
	    return !keepScalar && it instanceof Scalar ? it.value : it;
	  }
	  has(key) {
	    const idx = asItemIndex(key);
	    return typeof idx === 'number' && idx < this.items.length;
	  }
	  set(key, value) {
	    const idx = asItemIndex(key);
	    if (typeof idx !== 'number') throw new Error(`Expected a valid index, not ${key}.`);
	    this.items[idx] = value;
	  }
	  toJSON(_, ctx) {
	    const seq = [];
	    if (ctx && ctx.onCreate) ctx.onCreate(seq);
	    let i = 0;
	    for (const item of this.items) seq.push(toJSON(item, String(i++), ctx));
	    return seq;
	  }
	  toString(ctx, onComment, onChompKeep) {
	    if (!ctx) return JSON.stringify(this);
	    return super.toString(ctx, {
	      blockItem: n => n.type === 'comment' ? n.str : `- ${n.str}`,
	      flowChars: {
	        start: '[',
	        end: ']'
	      },
	      isMap: false,
	      itemIndent: (ctx.indent || '') + '  '
	    }, onComment, onChompKeep);
	  }
	}

	const stringifyKey = (key, jsKey, ctx) => {
	  if (jsKey === null) return '';
	  if (typeof jsKey !== 'object') return String(jsKey);
	  if (key instanceof Node && ctx && ctx.doc) return key.toString({
	    anchors: Object.create(null),
	    doc: ctx.doc,
	    indent: '',
	    indentStep: ctx.indentStep,
	    inFlow: true,
	    inStringifyKey: true,
	    stringify: ctx.stringify
	  });
	  return JSON.stringify(jsKey);
	};
	class Pair extends Node {
	  constructor(key, value = null) {
	    super();
	    this.key = key;
	    this.value = value;
	    this.type = Pair.Type.PAIR;
	  }
	  get commentBefore() {
	    return this.key instanceof Node ? this.key.commentBefore : undefined;
	  }
	  set commentBefore(cb) {
	    if (this.key == null) this.key = new Scalar(null);
	    if (this.key instanceof Node) this.key.commentBefore = cb;else {
	      const msg = 'Pair.commentBefore is an alias for Pair.key.commentBefore. To set it, the key must be a Node.';
	      throw new Error(msg);
	    }
	  }
	  addToJSMap(ctx, map) {
	    const key = toJSON(this.key, '', ctx);
	    if (map instanceof Map) {
	      const value = toJSON(this.value, key, ctx);
	      map.set(key, value);
	    } else if (map instanceof Set) {
	      map.add(key);
	    } else {
	      const stringKey = stringifyKey(this.key, key, ctx);
	      const value = toJSON(this.value, stringKey, ctx);
	      if (stringKey in map) Object.defineProperty(map, stringKey, {
	        value,
	        writable: true,
	        enumerable: true,
	        configurable: true
	      });else map[stringKey] = value;
	    }
	    return map;
	  }
	  toJSON(_, ctx) {
	    const pair = ctx && ctx.mapAsMap ? new Map() : {};
	    return this.addToJSMap(ctx, pair);
	  }
	  toString(ctx, onComment, onChompKeep) {
	    if (!ctx || !ctx.doc) return JSON.stringify(this);
	    const {
	      indent: indentSize,
	      indentSeq,
	      simpleKeys
	    } = ctx.doc.options;
	    let {
	      key,
	      value
	    } = this;
	    let keyComment = key instanceof Node && key.comment;
	    if (simpleKeys) {
	      if (keyComment) {
	        throw new Error('With simple keys, key nodes cannot have comments');
	      }
	      if (key instanceof Collection) {
	        const msg = 'With simple keys, collection cannot be used as a key value';
	        throw new Error(msg);
	      }
	    }
	    let explicitKey = !simpleKeys && (!key || keyComment || (key instanceof Node ? key instanceof Collection || key.type === PlainValue.Type.BLOCK_FOLDED || key.type === PlainValue.Type.BLOCK_LITERAL : typeof key === 'object'));
	    const {
	      doc,
	      indent,
	      indentStep,
	      stringify
	    } = ctx;
	    ctx = Object.assign({}, ctx, {
	      implicitKey: !explicitKey,
	      indent: indent + indentStep
	    });
	    let chompKeep = false;
	    let str = stringify(key, ctx, () => keyComment = null, () => chompKeep = true);
	    str = addComment(str, ctx.indent, keyComment);
	    if (!explicitKey && str.length > 1024) {
	      if (simpleKeys) throw new Error('With simple keys, single line scalar must not span more than 1024 characters');
	      explicitKey = true;
	    }
	    if (ctx.allNullValues && !simpleKeys) {
	      if (this.comment) {
	        str = addComment(str, ctx.indent, this.comment);
	        if (onComment) onComment();
	      } else if (chompKeep && !keyComment && onChompKeep) onChompKeep();
	      return ctx.inFlow && !explicitKey ? str : `? ${str}`;
	    }
	    str = explicitKey ? `? ${str}\n${indent}:` : `${str}:`;
	    if (this.comment) {
	      // expected (but not strictly required) to be a single-line comment
	      str = addComment(str, ctx.indent, this.comment);
	      if (onComment) onComment();
	    }
	    let vcb = '';
	    let valueComment = null;
	    if (value instanceof Node) {
	      if (value.spaceBefore) vcb = '\n';
	      if (value.commentBefore) {
	        const cs = value.commentBefore.replace(/^/gm, `${ctx.indent}#`);
	        vcb += `\n${cs}`;
	      }
	      valueComment = value.comment;
	    } else if (value && typeof value === 'object') {
	      value = doc.schema.createNode(value, true);
	    }
	    ctx.implicitKey = false;
	    if (!explicitKey && !this.comment && value instanceof Scalar) ctx.indentAtStart = str.length + 1;
	    chompKeep = false;
	    if (!indentSeq && indentSize >= 2 && !ctx.inFlow && !explicitKey && value instanceof YAMLSeq && value.type !== PlainValue.Type.FLOW_SEQ && !value.tag && !doc.anchors.getName(value)) {
	      // If indentSeq === false, consider '- ' as part of indentation where possible
	      ctx.indent = ctx.indent.substr(2);
	    }
	    const valueStr = stringify(value, ctx, () => valueComment = null, () => chompKeep = true);
	    let ws = ' ';
	    if (vcb || this.comment) {
	      ws = `${vcb}\n${ctx.indent}`;
	    } else if (!explicitKey && value instanceof Collection) {
	      const flow = valueStr[0] === '[' || valueStr[0] === '{';
	      if (!flow || valueStr.includes('\n')) ws = `\n${ctx.indent}`;
	    } else if (valueStr[0] === '\n') ws = '';
	    if (chompKeep && !valueComment && onChompKeep) onChompKeep();
	    return addComment(str + ws + valueStr, ctx.indent, valueComment);
	  }
	}
	PlainValue._defineProperty(Pair, "Type", {
	  PAIR: 'PAIR',
	  MERGE_PAIR: 'MERGE_PAIR'
	});

	const getAliasCount = (node, anchors) => {
	  if (node instanceof Alias) {
	    const anchor = anchors.get(node.source);
	    return anchor.count * anchor.aliasCount;
	  } else if (node instanceof Collection) {
	    let count = 0;
	    for (const item of node.items) {
	      const c = getAliasCount(item, anchors);
	      if (c > count) count = c;
	    }
	    return count;
	  } else if (node instanceof Pair) {
	    const kc = getAliasCount(node.key, anchors);
	    const vc = getAliasCount(node.value, anchors);
	    return Math.max(kc, vc);
	  }
	  return 1;
	};
	class Alias extends Node {
	  static stringify({
	    range,
	    source
	  }, {
	    anchors,
	    doc,
	    implicitKey,
	    inStringifyKey
	  }) {
	    let anchor = Object.keys(anchors).find(a => anchors[a] === source);
	    if (!anchor && inStringifyKey) anchor = doc.anchors.getName(source) || doc.anchors.newName();
	    if (anchor) return `*${anchor}${implicitKey ? ' ' : ''}`;
	    const msg = doc.anchors.getName(source) ? 'Alias node must be after source node' : 'Source node not found for alias node';
	    throw new Error(`${msg} [${range}]`);
	  }
	  constructor(source) {
	    super();
	    this.source = source;
	    this.type = PlainValue.Type.ALIAS;
	  }
	  set tag(t) {
	    throw new Error('Alias nodes cannot have tags');
	  }
	  toJSON(arg, ctx) {
	    if (!ctx) return toJSON(this.source, arg, ctx);
	    const {
	      anchors,
	      maxAliasCount
	    } = ctx;
	    const anchor = anchors.get(this.source);
	    /* istanbul ignore if */
	    if (!anchor || anchor.res === undefined) {
	      const msg = 'This should not happen: Alias anchor was not resolved?';
	      if (this.cstNode) throw new PlainValue.YAMLReferenceError(this.cstNode, msg);else throw new ReferenceError(msg);
	    }
	    if (maxAliasCount >= 0) {
	      anchor.count += 1;
	      if (anchor.aliasCount === 0) anchor.aliasCount = getAliasCount(this.source, anchors);
	      if (anchor.count * anchor.aliasCount > maxAliasCount) {
	        const msg = 'Excessive alias count indicates a resource exhaustion attack';
	        if (this.cstNode) throw new PlainValue.YAMLReferenceError(this.cstNode, msg);else throw new ReferenceError(msg);
	      }
	    }
	    return anchor.res;
	  }

	  // Only called when stringifying an alias mapping key while constructing
	  // Object output.
	  toString(ctx) {
	    return Alias.stringify(this, ctx);
	  }
	}
	PlainValue._defineProperty(Alias, "default", true);

	function findPair(items, key) {
	  const k = key instanceof Scalar ? key.value : key;
	  for (const it of items) {
	    if (it instanceof Pair) {
	      if (it.key === key || it.key === k) return it;
	      if (it.key && it.key.value === k) return it;
	    }
	  }
	  return undefined;
	}
	class YAMLMap extends Collection {
	  add(pair, overwrite) {
	    if (!pair) pair = new Pair(pair);else if (!(pair instanceof Pair)) pair = new Pair(pair.key || pair, pair.value);
	    const prev = findPair(this.items, pair.key);
	    const sortEntries = this.schema && this.schema.sortMapEntries;
	    if (prev) {
	      if (overwrite) prev.value = pair.value;else throw new Error(`Key ${pair.key} already set`);
	    } else if (sortEntries) {
	      const i = this.items.findIndex(item => sortEntries(pair, item) < 0);
	      if (i === -1) this.items.push(pair);else this.items.splice(i, 0, pair);
	    } else {
	      this.items.push(pair);
	    }
	  }
	  delete(key) {
	    const it = findPair(this.items, key);
	    if (!it) return false;
	    const del = this.items.splice(this.items.indexOf(it), 1);
	    return del.length > 0;
	  }
	  get(key, keepScalar) {
	    const it = findPair(this.items, key);
	    const node = it && it.value;
	    return !keepScalar && node instanceof Scalar ? node.value : node;
	  }
	  has(key) {
	    return !!findPair(this.items, key);
	  }
	  set(key, value) {
	    this.add(new Pair(key, value), true);
	  }

	  /**
	   * @param {*} arg ignored
	   * @param {*} ctx Conversion context, originally set in Document#toJSON()
	   * @param {Class} Type If set, forces the returned collection type
	   * @returns {*} Instance of Type, Map, or Object
	   */
	  toJSON(_, ctx, Type) {
	    const map = Type ? new Type() : ctx && ctx.mapAsMap ? new Map() : {};
	    if (ctx && ctx.onCreate) ctx.onCreate(map);
	    for (const item of this.items) item.addToJSMap(ctx, map);
	    return map;
	  }
	  toString(ctx, onComment, onChompKeep) {
	    if (!ctx) return JSON.stringify(this);
	    for (const item of this.items) {
	      if (!(item instanceof Pair)) throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
	    }
	    return super.toString(ctx, {
	      blockItem: n => n.str,
	      flowChars: {
	        start: '{',
	        end: '}'
	      },
	      isMap: true,
	      itemIndent: ctx.indent || ''
	    }, onComment, onChompKeep);
	  }
	}

	const MERGE_KEY = '<<';
	class Merge extends Pair {
	  constructor(pair) {
	    if (pair instanceof Pair) {
	      let seq = pair.value;
	      if (!(seq instanceof YAMLSeq)) {
	        seq = new YAMLSeq();
	        seq.items.push(pair.value);
	        seq.range = pair.value.range;
	      }
	      super(pair.key, seq);
	      this.range = pair.range;
	    } else {
	      super(new Scalar(MERGE_KEY), new YAMLSeq());
	    }
	    this.type = Pair.Type.MERGE_PAIR;
	  }

	  // If the value associated with a merge key is a single mapping node, each of
	  // its key/value pairs is inserted into the current mapping, unless the key
	  // already exists in it. If the value associated with the merge key is a
	  // sequence, then this sequence is expected to contain mapping nodes and each
	  // of these nodes is merged in turn according to its order in the sequence.
	  // Keys in mapping nodes earlier in the sequence override keys specified in
	  // later mapping nodes. -- http://yaml.org/type/merge.html
	  addToJSMap(ctx, map) {
	    for (const {
	      source
	    } of this.value.items) {
	      if (!(source instanceof YAMLMap)) throw new Error('Merge sources must be maps');
	      const srcMap = source.toJSON(null, ctx, Map);
	      for (const [key, value] of srcMap) {
	        if (map instanceof Map) {
	          if (!map.has(key)) map.set(key, value);
	        } else if (map instanceof Set) {
	          map.add(key);
	        } else if (!Object.prototype.hasOwnProperty.call(map, key)) {
	          Object.defineProperty(map, key, {
	            value,
	            writable: true,
	            enumerable: true,
	            configurable: true
	          });
	        }
	      }
	    }
	    return map;
	  }
	  toString(ctx, onComment) {
	    const seq = this.value;
	    if (seq.items.length > 1) return super.toString(ctx, onComment);
	    this.value = seq.items[0];
	    const str = super.toString(ctx, onComment);
	    this.value = seq;
	    return str;
	  }
	}

	const binaryOptions = {
	  defaultType: PlainValue.Type.BLOCK_LITERAL,
	  lineWidth: 76
	};
	const boolOptions = {
	  trueStr: 'true',
	  falseStr: 'false'
	};
	const intOptions = {
	  asBigInt: false
	};
	const nullOptions = {
	  nullStr: 'null'
	};
	const strOptions = {
	  defaultType: PlainValue.Type.PLAIN,
	  doubleQuoted: {
	    jsonEncoding: false,
	    minMultiLineLength: 40
	  },
	  fold: {
	    lineWidth: 80,
	    minContentWidth: 20
	  }
	};

	// falls back to string on no match
	function resolveScalar(str, tags, scalarFallback) {
	  for (const {
	    format,
	    test,
	    resolve
	  } of tags) {
	    if (test) {
	      const match = str.match(test);
	      if (match) {
	        let res = resolve.apply(null, match);
	        if (!(res instanceof Scalar)) res = new Scalar(res);
	        if (format) res.format = format;
	        return res;
	      }
	    }
	  }
	  if (scalarFallback) str = scalarFallback(str);
	  return new Scalar(str);
	}

	const FOLD_FLOW = 'flow';
	const FOLD_BLOCK = 'block';
	const FOLD_QUOTED = 'quoted';

	// presumes i+1 is at the start of a line
	// returns index of last newline in more-indented block
	const consumeMoreIndentedLines = (text, i) => {
	  let ch = text[i + 1];
	  while (ch === ' ' || ch === '\t') {
	    do {
	      ch = text[i += 1];
	    } while (ch && ch !== '\n');
	    ch = text[i + 1];
	  }
	  return i;
	};

	/**
	 * Tries to keep input at up to `lineWidth` characters, splitting only on spaces
	 * not followed by newlines or spaces unless `mode` is `'quoted'`. Lines are
	 * terminated with `\n` and started with `indent`.
	 *
	 * @param {string} text
	 * @param {string} indent
	 * @param {string} [mode='flow'] `'block'` prevents more-indented lines
	 *   from being folded; `'quoted'` allows for `\` escapes, including escaped
	 *   newlines
	 * @param {Object} options
	 * @param {number} [options.indentAtStart] Accounts for leading contents on
	 *   the first line, defaulting to `indent.length`
	 * @param {number} [options.lineWidth=80]
	 * @param {number} [options.minContentWidth=20] Allow highly indented lines to
	 *   stretch the line width or indent content from the start
	 * @param {function} options.onFold Called once if the text is folded
	 * @param {function} options.onFold Called once if any line of text exceeds
	 *   lineWidth characters
	 */
	function foldFlowLines(text, indent, mode, {
	  indentAtStart,
	  lineWidth = 80,
	  minContentWidth = 20,
	  onFold,
	  onOverflow
	}) {
	  if (!lineWidth || lineWidth < 0) return text;
	  const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
	  if (text.length <= endStep) return text;
	  const folds = [];
	  const escapedFolds = {};
	  let end = lineWidth - indent.length;
	  if (typeof indentAtStart === 'number') {
	    if (indentAtStart > lineWidth - Math.max(2, minContentWidth)) folds.push(0);else end = lineWidth - indentAtStart;
	  }
	  let split = undefined;
	  let prev = undefined;
	  let overflow = false;
	  let i = -1;
	  let escStart = -1;
	  let escEnd = -1;
	  if (mode === FOLD_BLOCK) {
	    i = consumeMoreIndentedLines(text, i);
	    if (i !== -1) end = i + endStep;
	  }
	  for (let ch; ch = text[i += 1];) {
	    if (mode === FOLD_QUOTED && ch === '\\') {
	      escStart = i;
	      switch (text[i + 1]) {
	        case 'x':
	          i += 3;
	          break;
	        case 'u':
	          i += 5;
	          break;
	        case 'U':
	          i += 9;
	          break;
	        default:
	          i += 1;
	      }
	      escEnd = i;
	    }
	    if (ch === '\n') {
	      if (mode === FOLD_BLOCK) i = consumeMoreIndentedLines(text, i);
	      end = i + endStep;
	      split = undefined;
	    } else {
	      if (ch === ' ' && prev && prev !== ' ' && prev !== '\n' && prev !== '\t') {
	        // space surrounded by non-space can be replaced with newline + indent
	        const next = text[i + 1];
	        if (next && next !== ' ' && next !== '\n' && next !== '\t') split = i;
	      }
	      if (i >= end) {
	        if (split) {
	          folds.push(split);
	          end = split + endStep;
	          split = undefined;
	        } else if (mode === FOLD_QUOTED) {
	          // white-space collected at end may stretch past lineWidth
	          while (prev === ' ' || prev === '\t') {
	            prev = ch;
	            ch = text[i += 1];
	            overflow = true;
	          }
	          // Account for newline escape, but don't break preceding escape
	          const j = i > escEnd + 1 ? i - 2 : escStart - 1;
	          // Bail out if lineWidth & minContentWidth are shorter than an escape string
	          if (escapedFolds[j]) return text;
	          folds.push(j);
	          escapedFolds[j] = true;
	          end = j + endStep;
	          split = undefined;
	        } else {
	          overflow = true;
	        }
	      }
	    }
	    prev = ch;
	  }
	  if (overflow && onOverflow) onOverflow();
	  if (folds.length === 0) return text;
	  if (onFold) onFold();
	  let res = text.slice(0, folds[0]);
	  for (let i = 0; i < folds.length; ++i) {
	    const fold = folds[i];
	    const end = folds[i + 1] || text.length;
	    if (fold === 0) res = `\n${indent}${text.slice(0, end)}`;else {
	      if (mode === FOLD_QUOTED && escapedFolds[fold]) res += `${text[fold]}\\`;
	      res += `\n${indent}${text.slice(fold + 1, end)}`;
	    }
	  }
	  return res;
	}

	const getFoldOptions = ({
	  indentAtStart
	}) => indentAtStart ? Object.assign({
	  indentAtStart
	}, strOptions.fold) : strOptions.fold;

	// Also checks for lines starting with %, as parsing the output as YAML 1.1 will
	// presume that's starting a new document.
	const containsDocumentMarker = str => /^(%|---|\.\.\.)/m.test(str);
	function lineLengthOverLimit(str, lineWidth, indentLength) {
	  if (!lineWidth || lineWidth < 0) return false;
	  const limit = lineWidth - indentLength;
	  const strLen = str.length;
	  if (strLen <= limit) return false;
	  for (let i = 0, start = 0; i < strLen; ++i) {
	    if (str[i] === '\n') {
	      if (i - start > limit) return true;
	      start = i + 1;
	      if (strLen - start <= limit) return false;
	    }
	  }
	  return true;
	}
	function doubleQuotedString(value, ctx) {
	  const {
	    implicitKey
	  } = ctx;
	  const {
	    jsonEncoding,
	    minMultiLineLength
	  } = strOptions.doubleQuoted;
	  const json = JSON.stringify(value);
	  if (jsonEncoding) return json;
	  const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
	  let str = '';
	  let start = 0;
	  for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
	    if (ch === ' ' && json[i + 1] === '\\' && json[i + 2] === 'n') {
	      // space before newline needs to be escaped to not be folded
	      str += json.slice(start, i) + '\\ ';
	      i += 1;
	      start = i;
	      ch = '\\';
	    }
	    if (ch === '\\') switch (json[i + 1]) {
	      case 'u':
	        {
	          str += json.slice(start, i);
	          const code = json.substr(i + 2, 4);
	          switch (code) {
	            case '0000':
	              str += '\\0';
	              break;
	            case '0007':
	              str += '\\a';
	              break;
	            case '000b':
	              str += '\\v';
	              break;
	            case '001b':
	              str += '\\e';
	              break;
	            case '0085':
	              str += '\\N';
	              break;
	            case '00a0':
	              str += '\\_';
	              break;
	            case '2028':
	              str += '\\L';
	              break;
	            case '2029':
	              str += '\\P';
	              break;
	            default:
	              if (code.substr(0, 2) === '00') str += '\\x' + code.substr(2);else str += json.substr(i, 6);
	          }
	          i += 5;
	          start = i + 1;
	        }
	        break;
	      case 'n':
	        if (implicitKey || json[i + 2] === '"' || json.length < minMultiLineLength) {
	          i += 1;
	        } else {
	          // folding will eat first newline
	          str += json.slice(start, i) + '\n\n';
	          while (json[i + 2] === '\\' && json[i + 3] === 'n' && json[i + 4] !== '"') {
	            str += '\n';
	            i += 2;
	          }
	          str += indent;
	          // space after newline needs to be escaped to not be folded
	          if (json[i + 2] === ' ') str += '\\';
	          i += 1;
	          start = i + 1;
	        }
	        break;
	      default:
	        i += 1;
	    }
	  }
	  str = start ? str + json.slice(start) : json;
	  return implicitKey ? str : foldFlowLines(str, indent, FOLD_QUOTED, getFoldOptions(ctx));
	}
	function singleQuotedString(value, ctx) {
	  if (ctx.implicitKey) {
	    if (/\n/.test(value)) return doubleQuotedString(value, ctx);
	  } else {
	    // single quoted string can't have leading or trailing whitespace around newline
	    if (/[ \t]\n|\n[ \t]/.test(value)) return doubleQuotedString(value, ctx);
	  }
	  const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
	  const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&\n${indent}`) + "'";
	  return ctx.implicitKey ? res : foldFlowLines(res, indent, FOLD_FLOW, getFoldOptions(ctx));
	}
	function blockString({
	  comment,
	  type,
	  value
	}, ctx, onComment, onChompKeep) {
	  // 1. Block can't end in whitespace unless the last line is non-empty.
	  // 2. Strings consisting of only whitespace are best rendered explicitly.
	  if (/\n[\t ]+$/.test(value) || /^\s*$/.test(value)) {
	    return doubleQuotedString(value, ctx);
	  }
	  const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? '  ' : '');
	  const indentSize = indent ? '2' : '1'; // root is at -1
	  const literal = type === PlainValue.Type.BLOCK_FOLDED ? false : type === PlainValue.Type.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, strOptions.fold.lineWidth, indent.length);
	  let header = literal ? '|' : '>';
	  if (!value) return header + '\n';
	  let wsStart = '';
	  let wsEnd = '';
	  value = value.replace(/[\n\t ]*$/, ws => {
	    const n = ws.indexOf('\n');
	    if (n === -1) {
	      header += '-'; // strip
	    } else if (value === ws || n !== ws.length - 1) {
	      header += '+'; // keep
	      if (onChompKeep) onChompKeep();
	    }
	    wsEnd = ws.replace(/\n$/, '');
	    return '';
	  }).replace(/^[\n ]*/, ws => {
	    if (ws.indexOf(' ') !== -1) header += indentSize;
	    const m = ws.match(/ +$/);
	    if (m) {
	      wsStart = ws.slice(0, -m[0].length);
	      return m[0];
	    } else {
	      wsStart = ws;
	      return '';
	    }
	  });
	  if (wsEnd) wsEnd = wsEnd.replace(/\n+(?!\n|$)/g, `$&${indent}`);
	  if (wsStart) wsStart = wsStart.replace(/\n+/g, `$&${indent}`);
	  if (comment) {
	    header += ' #' + comment.replace(/ ?[\r\n]+/g, ' ');
	    if (onComment) onComment();
	  }
	  if (!value) return `${header}${indentSize}\n${indent}${wsEnd}`;
	  if (literal) {
	    value = value.replace(/\n+/g, `$&${indent}`);
	    return `${header}\n${indent}${wsStart}${value}${wsEnd}`;
	  }
	  value = value.replace(/\n+/g, '\n$&').replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, '$1$2') // more-indented lines aren't folded
	  //         ^ ind.line  ^ empty     ^ capture next empty lines only at end of indent
	  .replace(/\n+/g, `$&${indent}`);
	  const body = foldFlowLines(`${wsStart}${value}${wsEnd}`, indent, FOLD_BLOCK, strOptions.fold);
	  return `${header}\n${indent}${body}`;
	}
	function plainString(item, ctx, onComment, onChompKeep) {
	  const {
	    comment,
	    type,
	    value
	  } = item;
	  const {
	    actualString,
	    implicitKey,
	    indent,
	    inFlow
	  } = ctx;
	  if (implicitKey && /[\n[\]{},]/.test(value) || inFlow && /[[\]{},]/.test(value)) {
	    return doubleQuotedString(value, ctx);
	  }
	  if (!value || /^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
	    // not allowed:
	    // - empty string, '-' or '?'
	    // - start with an indicator character (except [?:-]) or /[?-] /
	    // - '\n ', ': ' or ' \n' anywhere
	    // - '#' not preceded by a non-space char
	    // - end with ' ' or ':'
	    return implicitKey || inFlow || value.indexOf('\n') === -1 ? value.indexOf('"') !== -1 && value.indexOf("'") === -1 ? singleQuotedString(value, ctx) : doubleQuotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
	  }
	  if (!implicitKey && !inFlow && type !== PlainValue.Type.PLAIN && value.indexOf('\n') !== -1) {
	    // Where allowed & type not set explicitly, prefer block style for multiline strings
	    return blockString(item, ctx, onComment, onChompKeep);
	  }
	  if (indent === '' && containsDocumentMarker(value)) {
	    ctx.forceBlockIndent = true;
	    return blockString(item, ctx, onComment, onChompKeep);
	  }
	  const str = value.replace(/\n+/g, `$&\n${indent}`);
	  // Verify that output will be parsed as a string, as e.g. plain numbers and
	  // booleans get parsed with those types in v1.2 (e.g. '42', 'true' & '0.9e-3'),
	  // and others in v1.1.
	  if (actualString) {
	    const {
	      tags
	    } = ctx.doc.schema;
	    const resolved = resolveScalar(str, tags, tags.scalarFallback).value;
	    if (typeof resolved !== 'string') return doubleQuotedString(value, ctx);
	  }
	  const body = implicitKey ? str : foldFlowLines(str, indent, FOLD_FLOW, getFoldOptions(ctx));
	  if (comment && !inFlow && (body.indexOf('\n') !== -1 || comment.indexOf('\n') !== -1)) {
	    if (onComment) onComment();
	    return addCommentBefore(body, indent, comment);
	  }
	  return body;
	}
	function stringifyString(item, ctx, onComment, onChompKeep) {
	  const {
	    defaultType
	  } = strOptions;
	  const {
	    implicitKey,
	    inFlow
	  } = ctx;
	  let {
	    type,
	    value
	  } = item;
	  if (typeof value !== 'string') {
	    value = String(value);
	    item = Object.assign({}, item, {
	      value
	    });
	  }
	  const _stringify = _type => {
	    switch (_type) {
	      case PlainValue.Type.BLOCK_FOLDED:
	      case PlainValue.Type.BLOCK_LITERAL:
	        return blockString(item, ctx, onComment, onChompKeep);
	      case PlainValue.Type.QUOTE_DOUBLE:
	        return doubleQuotedString(value, ctx);
	      case PlainValue.Type.QUOTE_SINGLE:
	        return singleQuotedString(value, ctx);
	      case PlainValue.Type.PLAIN:
	        return plainString(item, ctx, onComment, onChompKeep);
	      default:
	        return null;
	    }
	  };
	  if (type !== PlainValue.Type.QUOTE_DOUBLE && /[\x00-\x08\x0b-\x1f\x7f-\x9f]/.test(value)) {
	    // force double quotes on control characters
	    type = PlainValue.Type.QUOTE_DOUBLE;
	  } else if ((implicitKey || inFlow) && (type === PlainValue.Type.BLOCK_FOLDED || type === PlainValue.Type.BLOCK_LITERAL)) {
	    // should not happen; blocks are not valid inside flow containers
	    type = PlainValue.Type.QUOTE_DOUBLE;
	  }
	  let res = _stringify(type);
	  if (res === null) {
	    res = _stringify(defaultType);
	    if (res === null) throw new Error(`Unsupported default string type ${defaultType}`);
	  }
	  return res;
	}

	function stringifyNumber({
	  format,
	  minFractionDigits,
	  tag,
	  value
	}) {
	  if (typeof value === 'bigint') return String(value);
	  if (!isFinite(value)) return isNaN(value) ? '.nan' : value < 0 ? '-.inf' : '.inf';
	  let n = JSON.stringify(value);
	  if (!format && minFractionDigits && (!tag || tag === 'tag:yaml.org,2002:float') && /^\d/.test(n)) {
	    let i = n.indexOf('.');
	    if (i < 0) {
	      i = n.length;
	      n += '.';
	    }
	    let d = minFractionDigits - (n.length - i - 1);
	    while (d-- > 0) n += '0';
	  }
	  return n;
	}

	function checkFlowCollectionEnd(errors, cst) {
	  let char, name;
	  switch (cst.type) {
	    case PlainValue.Type.FLOW_MAP:
	      char = '}';
	      name = 'flow map';
	      break;
	    case PlainValue.Type.FLOW_SEQ:
	      char = ']';
	      name = 'flow sequence';
	      break;
	    default:
	      errors.push(new PlainValue.YAMLSemanticError(cst, 'Not a flow collection!?'));
	      return;
	  }
	  let lastItem;
	  for (let i = cst.items.length - 1; i >= 0; --i) {
	    const item = cst.items[i];
	    if (!item || item.type !== PlainValue.Type.COMMENT) {
	      lastItem = item;
	      break;
	    }
	  }
	  if (lastItem && lastItem.char !== char) {
	    const msg = `Expected ${name} to end with ${char}`;
	    let err;
	    if (typeof lastItem.offset === 'number') {
	      err = new PlainValue.YAMLSemanticError(cst, msg);
	      err.offset = lastItem.offset + 1;
	    } else {
	      err = new PlainValue.YAMLSemanticError(lastItem, msg);
	      if (lastItem.range && lastItem.range.end) err.offset = lastItem.range.end - lastItem.range.start;
	    }
	    errors.push(err);
	  }
	}
	function checkFlowCommentSpace(errors, comment) {
	  const prev = comment.context.src[comment.range.start - 1];
	  if (prev !== '\n' && prev !== '\t' && prev !== ' ') {
	    const msg = 'Comments must be separated from other tokens by white space characters';
	    errors.push(new PlainValue.YAMLSemanticError(comment, msg));
	  }
	}
	function getLongKeyError(source, key) {
	  const sk = String(key);
	  const k = sk.substr(0, 8) + '...' + sk.substr(-8);
	  return new PlainValue.YAMLSemanticError(source, `The "${k}" key is too long`);
	}
	function resolveComments(collection, comments) {
	  for (const {
	    afterKey,
	    before,
	    comment
	  } of comments) {
	    let item = collection.items[before];
	    if (!item) {
	      if (comment !== undefined) {
	        if (collection.comment) collection.comment += '\n' + comment;else collection.comment = comment;
	      }
	    } else {
	      if (afterKey && item.value) item = item.value;
	      if (comment === undefined) {
	        if (afterKey || !item.commentBefore) item.spaceBefore = true;
	      } else {
	        if (item.commentBefore) item.commentBefore += '\n' + comment;else item.commentBefore = comment;
	      }
	    }
	  }
	}

	// on error, will return { str: string, errors: Error[] }
	function resolveString(doc, node) {
	  const res = node.strValue;
	  if (!res) return '';
	  if (typeof res === 'string') return res;
	  res.errors.forEach(error => {
	    if (!error.source) error.source = node;
	    doc.errors.push(error);
	  });
	  return res.str;
	}

	function resolveTagHandle(doc, node) {
	  const {
	    handle,
	    suffix
	  } = node.tag;
	  let prefix = doc.tagPrefixes.find(p => p.handle === handle);
	  if (!prefix) {
	    const dtp = doc.getDefaults().tagPrefixes;
	    if (dtp) prefix = dtp.find(p => p.handle === handle);
	    if (!prefix) throw new PlainValue.YAMLSemanticError(node, `The ${handle} tag handle is non-default and was not declared.`);
	  }
	  if (!suffix) throw new PlainValue.YAMLSemanticError(node, `The ${handle} tag has no suffix.`);
	  if (handle === '!' && (doc.version || doc.options.version) === '1.0') {
	    if (suffix[0] === '^') {
	      doc.warnings.push(new PlainValue.YAMLWarning(node, 'YAML 1.0 ^ tag expansion is not supported'));
	      return suffix;
	    }
	    if (/[:/]/.test(suffix)) {
	      // word/foo -> tag:word.yaml.org,2002:foo
	      const vocab = suffix.match(/^([a-z0-9-]+)\/(.*)/i);
	      return vocab ? `tag:${vocab[1]}.yaml.org,2002:${vocab[2]}` : `tag:${suffix}`;
	    }
	  }
	  return prefix.prefix + decodeURIComponent(suffix);
	}
	function resolveTagName(doc, node) {
	  const {
	    tag,
	    type
	  } = node;
	  let nonSpecific = false;
	  if (tag) {
	    const {
	      handle,
	      suffix,
	      verbatim
	    } = tag;
	    if (verbatim) {
	      if (verbatim !== '!' && verbatim !== '!!') return verbatim;
	      const msg = `Verbatim tags aren't resolved, so ${verbatim} is invalid.`;
	      doc.errors.push(new PlainValue.YAMLSemanticError(node, msg));
	    } else if (handle === '!' && !suffix) {
	      nonSpecific = true;
	    } else {
	      try {
	        return resolveTagHandle(doc, node);
	      } catch (error) {
	        doc.errors.push(error);
	      }
	    }
	  }
	  switch (type) {
	    case PlainValue.Type.BLOCK_FOLDED:
	    case PlainValue.Type.BLOCK_LITERAL:
	    case PlainValue.Type.QUOTE_DOUBLE:
	    case PlainValue.Type.QUOTE_SINGLE:
	      return PlainValue.defaultTags.STR;
	    case PlainValue.Type.FLOW_MAP:
	    case PlainValue.Type.MAP:
	      return PlainValue.defaultTags.MAP;
	    case PlainValue.Type.FLOW_SEQ:
	    case PlainValue.Type.SEQ:
	      return PlainValue.defaultTags.SEQ;
	    case PlainValue.Type.PLAIN:
	      return nonSpecific ? PlainValue.defaultTags.STR : null;
	    default:
	      return null;
	  }
	}

	function resolveByTagName(doc, node, tagName) {
	  const {
	    tags
	  } = doc.schema;
	  const matchWithTest = [];
	  for (const tag of tags) {
	    if (tag.tag === tagName) {
	      if (tag.test) matchWithTest.push(tag);else {
	        const res = tag.resolve(doc, node);
	        return res instanceof Collection ? res : new Scalar(res);
	      }
	    }
	  }
	  const str = resolveString(doc, node);
	  if (typeof str === 'string' && matchWithTest.length > 0) return resolveScalar(str, matchWithTest, tags.scalarFallback);
	  return null;
	}
	function getFallbackTagName({
	  type
	}) {
	  switch (type) {
	    case PlainValue.Type.FLOW_MAP:
	    case PlainValue.Type.MAP:
	      return PlainValue.defaultTags.MAP;
	    case PlainValue.Type.FLOW_SEQ:
	    case PlainValue.Type.SEQ:
	      return PlainValue.defaultTags.SEQ;
	    default:
	      return PlainValue.defaultTags.STR;
	  }
	}
	function resolveTag(doc, node, tagName) {
	  try {
	    const res = resolveByTagName(doc, node, tagName);
	    if (res) {
	      if (tagName && node.tag) res.tag = tagName;
	      return res;
	    }
	  } catch (error) {
	    if (error instanceof PlainValue.YAMLError) {
	      if (!error.source) error.source = node;
	      doc.errors.push(error);
	    } else {
	      const msg = error instanceof Error ? error.message : String(error);
	      doc.errors.push(new PlainValue.YAMLSemanticError(node, msg));
	    }
	    return null;
	  }
	  try {
	    const fallback = getFallbackTagName(node);
	    if (!fallback) throw new Error(`The tag ${tagName} is unavailable`);
	    const msg = `The tag ${tagName} is unavailable, falling back to ${fallback}`;
	    doc.warnings.push(new PlainValue.YAMLWarning(node, msg));
	    const res = resolveByTagName(doc, node, fallback);
	    res.tag = tagName;
	    return res;
	  } catch (error) {
	    const refError = new PlainValue.YAMLReferenceError(node, error.message);
	    refError.stack = error.stack;
	    doc.errors.push(refError);
	    return null;
	  }
	}

	const isCollectionItem = node => {
	  if (!node) return false;
	  const {
	    type
	  } = node;
	  return type === PlainValue.Type.MAP_KEY || type === PlainValue.Type.MAP_VALUE || type === PlainValue.Type.SEQ_ITEM;
	};
	function resolveNodeProps(errors, node) {
	  const comments = {
	    before: [],
	    after: []
	  };
	  let hasAnchor = false;
	  let hasTag = false;
	  const props = isCollectionItem(node.context.parent) ? node.context.parent.props.concat(node.props) : node.props;
	  for (const {
	    start,
	    end
	  } of props) {
	    switch (node.context.src[start]) {
	      case PlainValue.Char.COMMENT:
	        {
	          if (!node.commentHasRequiredWhitespace(start)) {
	            const msg = 'Comments must be separated from other tokens by white space characters';
	            errors.push(new PlainValue.YAMLSemanticError(node, msg));
	          }
	          const {
	            header,
	            valueRange
	          } = node;
	          const cc = valueRange && (start > valueRange.start || header && start > header.start) ? comments.after : comments.before;
	          cc.push(node.context.src.slice(start + 1, end));
	          break;
	        }

	      // Actual anchor & tag resolution is handled by schema, here we just complain
	      case PlainValue.Char.ANCHOR:
	        if (hasAnchor) {
	          const msg = 'A node can have at most one anchor';
	          errors.push(new PlainValue.YAMLSemanticError(node, msg));
	        }
	        hasAnchor = true;
	        break;
	      case PlainValue.Char.TAG:
	        if (hasTag) {
	          const msg = 'A node can have at most one tag';
	          errors.push(new PlainValue.YAMLSemanticError(node, msg));
	        }
	        hasTag = true;
	        break;
	    }
	  }
	  return {
	    comments,
	    hasAnchor,
	    hasTag
	  };
	}
	function resolveNodeValue(doc, node) {
	  const {
	    anchors,
	    errors,
	    schema
	  } = doc;
	  if (node.type === PlainValue.Type.ALIAS) {
	    const name = node.rawValue;
	    const src = anchors.getNode(name);
	    if (!src) {
	      const msg = `Aliased anchor not found: ${name}`;
	      errors.push(new PlainValue.YAMLReferenceError(node, msg));
	      return null;
	    }

	    // Lazy resolution for circular references
	    const res = new Alias(src);
	    anchors._cstAliases.push(res);
	    return res;
	  }
	  const tagName = resolveTagName(doc, node);
	  if (tagName) return resolveTag(doc, node, tagName);
	  if (node.type !== PlainValue.Type.PLAIN) {
	    const msg = `Failed to resolve ${node.type} node here`;
	    errors.push(new PlainValue.YAMLSyntaxError(node, msg));
	    return null;
	  }
	  try {
	    const str = resolveString(doc, node);
	    return resolveScalar(str, schema.tags, schema.tags.scalarFallback);
	  } catch (error) {
	    if (!error.source) error.source = node;
	    errors.push(error);
	    return null;
	  }
	}

	// sets node.resolved on success
	function resolveNode(doc, node) {
	  if (!node) return null;
	  if (node.error) doc.errors.push(node.error);
	  const {
	    comments,
	    hasAnchor,
	    hasTag
	  } = resolveNodeProps(doc.errors, node);
	  if (hasAnchor) {
	    const {
	      anchors
	    } = doc;
	    const name = node.anchor;
	    const prev = anchors.getNode(name);
	    // At this point, aliases for any preceding node with the same anchor
	    // name have already been resolved, so it may safely be renamed.
	    if (prev) anchors.map[anchors.newName(name)] = prev;
	    // During parsing, we need to store the CST node in anchors.map as
	    // anchors need to be available during resolution to allow for
	    // circular references.
	    anchors.map[name] = node;
	  }
	  if (node.type === PlainValue.Type.ALIAS && (hasAnchor || hasTag)) {
	    const msg = 'An alias node must not specify any properties';
	    doc.errors.push(new PlainValue.YAMLSemanticError(node, msg));
	  }
	  const res = resolveNodeValue(doc, node);
	  if (res) {
	    res.range = [node.range.start, node.range.end];
	    if (doc.options.keepCstNodes) res.cstNode = node;
	    if (doc.options.keepNodeTypes) res.type = node.type;
	    const cb = comments.before.join('\n');
	    if (cb) {
	      res.commentBefore = res.commentBefore ? `${res.commentBefore}\n${cb}` : cb;
	    }
	    const ca = comments.after.join('\n');
	    if (ca) res.comment = res.comment ? `${res.comment}\n${ca}` : ca;
	  }
	  return node.resolved = res;
	}

	function resolveMap(doc, cst) {
	  if (cst.type !== PlainValue.Type.MAP && cst.type !== PlainValue.Type.FLOW_MAP) {
	    const msg = `A ${cst.type} node cannot be resolved as a mapping`;
	    doc.errors.push(new PlainValue.YAMLSyntaxError(cst, msg));
	    return null;
	  }
	  const {
	    comments,
	    items
	  } = cst.type === PlainValue.Type.FLOW_MAP ? resolveFlowMapItems(doc, cst) : resolveBlockMapItems(doc, cst);
	  const map = new YAMLMap();
	  map.items = items;
	  resolveComments(map, comments);
	  let hasCollectionKey = false;
	  for (let i = 0; i < items.length; ++i) {
	    const {
	      key: iKey
	    } = items[i];
	    if (iKey instanceof Collection) hasCollectionKey = true;
	    if (doc.schema.merge && iKey && iKey.value === MERGE_KEY) {
	      items[i] = new Merge(items[i]);
	      const sources = items[i].value.items;
	      let error = null;
	      sources.some(node => {
	        if (node instanceof Alias) {
	          // During parsing, alias sources are CST nodes; to account for
	          // circular references their resolved values can't be used here.
	          const {
	            type
	          } = node.source;
	          if (type === PlainValue.Type.MAP || type === PlainValue.Type.FLOW_MAP) return false;
	          return error = 'Merge nodes aliases can only point to maps';
	        }
	        return error = 'Merge nodes can only have Alias nodes as values';
	      });
	      if (error) doc.errors.push(new PlainValue.YAMLSemanticError(cst, error));
	    } else {
	      for (let j = i + 1; j < items.length; ++j) {
	        const {
	          key: jKey
	        } = items[j];
	        if (iKey === jKey || iKey && jKey && Object.prototype.hasOwnProperty.call(iKey, 'value') && iKey.value === jKey.value) {
	          const msg = `Map keys must be unique; "${iKey}" is repeated`;
	          doc.errors.push(new PlainValue.YAMLSemanticError(cst, msg));
	          break;
	        }
	      }
	    }
	  }
	  if (hasCollectionKey && !doc.options.mapAsMap) {
	    const warn = 'Keys with collection values will be stringified as YAML due to JS Object restrictions. Use mapAsMap: true to avoid this.';
	    doc.warnings.push(new PlainValue.YAMLWarning(cst, warn));
	  }
	  cst.resolved = map;
	  return map;
	}
	const valueHasPairComment = ({
	  context: {
	    lineStart,
	    node,
	    src
	  },
	  props
	}) => {
	  if (props.length === 0) return false;
	  const {
	    start
	  } = props[0];
	  if (node && start > node.valueRange.start) return false;
	  if (src[start] !== PlainValue.Char.COMMENT) return false;
	  for (let i = lineStart; i < start; ++i) if (src[i] === '\n') return false;
	  return true;
	};
	function resolvePairComment(item, pair) {
	  if (!valueHasPairComment(item)) return;
	  const comment = item.getPropValue(0, PlainValue.Char.COMMENT, true);
	  let found = false;
	  const cb = pair.value.commentBefore;
	  if (cb && cb.startsWith(comment)) {
	    pair.value.commentBefore = cb.substr(comment.length + 1);
	    found = true;
	  } else {
	    const cc = pair.value.comment;
	    if (!item.node && cc && cc.startsWith(comment)) {
	      pair.value.comment = cc.substr(comment.length + 1);
	      found = true;
	    }
	  }
	  if (found) pair.comment = comment;
	}
	function resolveBlockMapItems(doc, cst) {
	  const comments = [];
	  const items = [];
	  let key = undefined;
	  let keyStart = null;
	  for (let i = 0; i < cst.items.length; ++i) {
	    const item = cst.items[i];
	    switch (item.type) {
	      case PlainValue.Type.BLANK_LINE:
	        comments.push({
	          afterKey: !!key,
	          before: items.length
	        });
	        break;
	      case PlainValue.Type.COMMENT:
	        comments.push({
	          afterKey: !!key,
	          before: items.length,
	          comment: item.comment
	        });
	        break;
	      case PlainValue.Type.MAP_KEY:
	        if (key !== undefined) items.push(new Pair(key));
	        if (item.error) doc.errors.push(item.error);
	        key = resolveNode(doc, item.node);
	        keyStart = null;
	        break;
	      case PlainValue.Type.MAP_VALUE:
	        {
	          if (key === undefined) key = null;
	          if (item.error) doc.errors.push(item.error);
	          if (!item.context.atLineStart && item.node && item.node.type === PlainValue.Type.MAP && !item.node.context.atLineStart) {
	            const msg = 'Nested mappings are not allowed in compact mappings';
	            doc.errors.push(new PlainValue.YAMLSemanticError(item.node, msg));
	          }
	          let valueNode = item.node;
	          if (!valueNode && item.props.length > 0) {
	            // Comments on an empty mapping value need to be preserved, so we
	            // need to construct a minimal empty node here to use instead of the
	            // missing `item.node`. -- eemeli/yaml#19
	            valueNode = new PlainValue.PlainValue(PlainValue.Type.PLAIN, []);
	            valueNode.context = {
	              parent: item,
	              src: item.context.src
	            };
	            const pos = item.range.start + 1;
	            valueNode.range = {
	              start: pos,
	              end: pos
	            };
	            valueNode.valueRange = {
	              start: pos,
	              end: pos
	            };
	            if (typeof item.range.origStart === 'number') {
	              const origPos = item.range.origStart + 1;
	              valueNode.range.origStart = valueNode.range.origEnd = origPos;
	              valueNode.valueRange.origStart = valueNode.valueRange.origEnd = origPos;
	            }
	          }
	          const pair = new Pair(key, resolveNode(doc, valueNode));
	          resolvePairComment(item, pair);
	          items.push(pair);
	          if (key && typeof keyStart === 'number') {
	            if (item.range.start > keyStart + 1024) doc.errors.push(getLongKeyError(cst, key));
	          }
	          key = undefined;
	          keyStart = null;
	        }
	        break;
	      default:
	        if (key !== undefined) items.push(new Pair(key));
	        key = resolveNode(doc, item);
	        keyStart = item.range.start;
	        if (item.error) doc.errors.push(item.error);
	        next: for (let j = i + 1;; ++j) {
	          const nextItem = cst.items[j];
	          switch (nextItem && nextItem.type) {
	            case PlainValue.Type.BLANK_LINE:
	            case PlainValue.Type.COMMENT:
	              continue next;
	            case PlainValue.Type.MAP_VALUE:
	              break next;
	            default:
	              {
	                const msg = 'Implicit map keys need to be followed by map values';
	                doc.errors.push(new PlainValue.YAMLSemanticError(item, msg));
	                break next;
	              }
	          }
	        }
	        if (item.valueRangeContainsNewline) {
	          const msg = 'Implicit map keys need to be on a single line';
	          doc.errors.push(new PlainValue.YAMLSemanticError(item, msg));
	        }
	    }
	  }
	  if (key !== undefined) items.push(new Pair(key));
	  return {
	    comments,
	    items
	  };
	}
	function resolveFlowMapItems(doc, cst) {
	  const comments = [];
	  const items = [];
	  let key = undefined;
	  let explicitKey = false;
	  let next = '{';
	  for (let i = 0; i < cst.items.length; ++i) {
	    const item = cst.items[i];
	    if (typeof item.char === 'string') {
	      const {
	        char,
	        offset
	      } = item;
	      if (char === '?' && key === undefined && !explicitKey) {
	        explicitKey = true;
	        next = ':';
	        continue;
	      }
	      if (char === ':') {
	        if (key === undefined) key = null;
	        if (next === ':') {
	          next = ',';
	          continue;
	        }
	      } else {
	        if (explicitKey) {
	          if (key === undefined && char !== ',') key = null;
	          explicitKey = false;
	        }
	        if (key !== undefined) {
	          items.push(new Pair(key));
	          key = undefined;
	          if (char === ',') {
	            next = ':';
	            continue;
	          }
	        }
	      }
	      if (char === '}') {
	        if (i === cst.items.length - 1) continue;
	      } else if (char === next) {
	        next = ':';
	        continue;
	      }
	      const msg = `Flow map contains an unexpected ${char}`;
	      const err = new PlainValue.YAMLSyntaxError(cst, msg);
	      err.offset = offset;
	      doc.errors.push(err);
	    } else if (item.type === PlainValue.Type.BLANK_LINE) {
	      comments.push({
	        afterKey: !!key,
	        before: items.length
	      });
	    } else if (item.type === PlainValue.Type.COMMENT) {
	      checkFlowCommentSpace(doc.errors, item);
	      comments.push({
	        afterKey: !!key,
	        before: items.length,
	        comment: item.comment
	      });
	    } else if (key === undefined) {
	      if (next === ',') doc.errors.push(new PlainValue.YAMLSemanticError(item, 'Separator , missing in flow map'));
	      key = resolveNode(doc, item);
	    } else {
	      if (next !== ',') doc.errors.push(new PlainValue.YAMLSemanticError(item, 'Indicator : missing in flow map entry'));
	      items.push(new Pair(key, resolveNode(doc, item)));
	      key = undefined;
	      explicitKey = false;
	    }
	  }
	  checkFlowCollectionEnd(doc.errors, cst);
	  if (key !== undefined) items.push(new Pair(key));
	  return {
	    comments,
	    items
	  };
	}

	function resolveSeq(doc, cst) {
	  if (cst.type !== PlainValue.Type.SEQ && cst.type !== PlainValue.Type.FLOW_SEQ) {
	    const msg = `A ${cst.type} node cannot be resolved as a sequence`;
	    doc.errors.push(new PlainValue.YAMLSyntaxError(cst, msg));
	    return null;
	  }
	  const {
	    comments,
	    items
	  } = cst.type === PlainValue.Type.FLOW_SEQ ? resolveFlowSeqItems(doc, cst) : resolveBlockSeqItems(doc, cst);
	  const seq = new YAMLSeq();
	  seq.items = items;
	  resolveComments(seq, comments);
	  if (!doc.options.mapAsMap && items.some(it => it instanceof Pair && it.key instanceof Collection)) {
	    const warn = 'Keys with collection values will be stringified as YAML due to JS Object restrictions. Use mapAsMap: true to avoid this.';
	    doc.warnings.push(new PlainValue.YAMLWarning(cst, warn));
	  }
	  cst.resolved = seq;
	  return seq;
	}
	function resolveBlockSeqItems(doc, cst) {
	  const comments = [];
	  const items = [];
	  for (let i = 0; i < cst.items.length; ++i) {
	    const item = cst.items[i];
	    switch (item.type) {
	      case PlainValue.Type.BLANK_LINE:
	        comments.push({
	          before: items.length
	        });
	        break;
	      case PlainValue.Type.COMMENT:
	        comments.push({
	          comment: item.comment,
	          before: items.length
	        });
	        break;
	      case PlainValue.Type.SEQ_ITEM:
	        if (item.error) doc.errors.push(item.error);
	        items.push(resolveNode(doc, item.node));
	        if (item.hasProps) {
	          const msg = 'Sequence items cannot have tags or anchors before the - indicator';
	          doc.errors.push(new PlainValue.YAMLSemanticError(item, msg));
	        }
	        break;
	      default:
	        if (item.error) doc.errors.push(item.error);
	        doc.errors.push(new PlainValue.YAMLSyntaxError(item, `Unexpected ${item.type} node in sequence`));
	    }
	  }
	  return {
	    comments,
	    items
	  };
	}
	function resolveFlowSeqItems(doc, cst) {
	  const comments = [];
	  const items = [];
	  let explicitKey = false;
	  let key = undefined;
	  let keyStart = null;
	  let next = '[';
	  let prevItem = null;
	  for (let i = 0; i < cst.items.length; ++i) {
	    const item = cst.items[i];
	    if (typeof item.char === 'string') {
	      const {
	        char,
	        offset
	      } = item;
	      if (char !== ':' && (explicitKey || key !== undefined)) {
	        if (explicitKey && key === undefined) key = next ? items.pop() : null;
	        items.push(new Pair(key));
	        explicitKey = false;
	        key = undefined;
	        keyStart = null;
	      }
	      if (char === next) {
	        next = null;
	      } else if (!next && char === '?') {
	        explicitKey = true;
	      } else if (next !== '[' && char === ':' && key === undefined) {
	        if (next === ',') {
	          key = items.pop();
	          if (key instanceof Pair) {
	            const msg = 'Chaining flow sequence pairs is invalid';
	            const err = new PlainValue.YAMLSemanticError(cst, msg);
	            err.offset = offset;
	            doc.errors.push(err);
	          }
	          if (!explicitKey && typeof keyStart === 'number') {
	            const keyEnd = item.range ? item.range.start : item.offset;
	            if (keyEnd > keyStart + 1024) doc.errors.push(getLongKeyError(cst, key));
	            const {
	              src
	            } = prevItem.context;
	            for (let i = keyStart; i < keyEnd; ++i) if (src[i] === '\n') {
	              const msg = 'Implicit keys of flow sequence pairs need to be on a single line';
	              doc.errors.push(new PlainValue.YAMLSemanticError(prevItem, msg));
	              break;
	            }
	          }
	        } else {
	          key = null;
	        }
	        keyStart = null;
	        explicitKey = false;
	        next = null;
	      } else if (next === '[' || char !== ']' || i < cst.items.length - 1) {
	        const msg = `Flow sequence contains an unexpected ${char}`;
	        const err = new PlainValue.YAMLSyntaxError(cst, msg);
	        err.offset = offset;
	        doc.errors.push(err);
	      }
	    } else if (item.type === PlainValue.Type.BLANK_LINE) {
	      comments.push({
	        before: items.length
	      });
	    } else if (item.type === PlainValue.Type.COMMENT) {
	      checkFlowCommentSpace(doc.errors, item);
	      comments.push({
	        comment: item.comment,
	        before: items.length
	      });
	    } else {
	      if (next) {
	        const msg = `Expected a ${next} in flow sequence`;
	        doc.errors.push(new PlainValue.YAMLSemanticError(item, msg));
	      }
	      const value = resolveNode(doc, item);
	      if (key === undefined) {
	        items.push(value);
	        prevItem = item;
	      } else {
	        items.push(new Pair(key, value));
	        key = undefined;
	      }
	      keyStart = item.range.start;
	      next = ',';
	    }
	  }
	  checkFlowCollectionEnd(doc.errors, cst);
	  if (key !== undefined) items.push(new Pair(key));
	  return {
	    comments,
	    items
	  };
	}

	resolveSeq95613e94.Alias = Alias;
	resolveSeq95613e94.Collection = Collection;
	resolveSeq95613e94.Merge = Merge;
	resolveSeq95613e94.Node = Node;
	resolveSeq95613e94.Pair = Pair;
	resolveSeq95613e94.Scalar = Scalar;
	resolveSeq95613e94.YAMLMap = YAMLMap;
	resolveSeq95613e94.YAMLSeq = YAMLSeq;
	resolveSeq95613e94.addComment = addComment;
	resolveSeq95613e94.binaryOptions = binaryOptions;
	resolveSeq95613e94.boolOptions = boolOptions;
	resolveSeq95613e94.findPair = findPair;
	resolveSeq95613e94.intOptions = intOptions;
	resolveSeq95613e94.isEmptyPath = isEmptyPath;
	resolveSeq95613e94.nullOptions = nullOptions;
	resolveSeq95613e94.resolveMap = resolveMap;
	resolveSeq95613e94.resolveNode = resolveNode;
	resolveSeq95613e94.resolveSeq = resolveSeq;
	resolveSeq95613e94.resolveString = resolveString;
	resolveSeq95613e94.strOptions = strOptions;
	resolveSeq95613e94.stringifyNumber = stringifyNumber;
	resolveSeq95613e94.stringifyString = stringifyString;
	resolveSeq95613e94.toJSON = toJSON;
	return resolveSeq95613e94;
}

var SchemaBcc6c2d7 = {};

var warnings793925ce = {};

var hasRequiredWarnings793925ce;

function requireWarnings793925ce () {
	if (hasRequiredWarnings793925ce) return warnings793925ce;
	hasRequiredWarnings793925ce = 1;

	var PlainValue = requirePlainValue516d5bc2();
	var resolveSeq = requireResolveSeq95613e94();

	/* global atob, btoa, Buffer */
	const binary = {
	  identify: value => value instanceof Uint8Array,
	  // Buffer inherits from Uint8Array
	  default: false,
	  tag: 'tag:yaml.org,2002:binary',
	  /**
	   * Returns a Buffer in node and an Uint8Array in browsers
	   *
	   * To use the resulting buffer as an image, you'll want to do something like:
	   *
	   *   const blob = new Blob([buffer], { type: 'image/jpeg' })
	   *   document.querySelector('#photo').src = URL.createObjectURL(blob)
	   */
	  resolve: (doc, node) => {
	    const src = resolveSeq.resolveString(doc, node);
	    if (typeof Buffer === 'function') {
	      return Buffer.from(src, 'base64');
	    } else if (typeof atob === 'function') {
	      // On IE 11, atob() can't handle newlines
	      const str = atob(src.replace(/[\n\r]/g, ''));
	      const buffer = new Uint8Array(str.length);
	      for (let i = 0; i < str.length; ++i) buffer[i] = str.charCodeAt(i);
	      return buffer;
	    } else {
	      const msg = 'This environment does not support reading binary tags; either Buffer or atob is required';
	      doc.errors.push(new PlainValue.YAMLReferenceError(node, msg));
	      return null;
	    }
	  },
	  options: resolveSeq.binaryOptions,
	  stringify: ({
	    comment,
	    type,
	    value
	  }, ctx, onComment, onChompKeep) => {
	    let src;
	    if (typeof Buffer === 'function') {
	      src = value instanceof Buffer ? value.toString('base64') : Buffer.from(value.buffer).toString('base64');
	    } else if (typeof btoa === 'function') {
	      let s = '';
	      for (let i = 0; i < value.length; ++i) s += String.fromCharCode(value[i]);
	      src = btoa(s);
	    } else {
	      throw new Error('This environment does not support writing binary tags; either Buffer or btoa is required');
	    }
	    if (!type) type = resolveSeq.binaryOptions.defaultType;
	    if (type === PlainValue.Type.QUOTE_DOUBLE) {
	      value = src;
	    } else {
	      const {
	        lineWidth
	      } = resolveSeq.binaryOptions;
	      const n = Math.ceil(src.length / lineWidth);
	      const lines = new Array(n);
	      for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
	        lines[i] = src.substr(o, lineWidth);
	      }
	      value = lines.join(type === PlainValue.Type.BLOCK_LITERAL ? '\n' : ' ');
	    }
	    return resolveSeq.stringifyString({
	      comment,
	      type,
	      value
	    }, ctx, onComment, onChompKeep);
	  }
	};

	function parsePairs(doc, cst) {
	  const seq = resolveSeq.resolveSeq(doc, cst);
	  for (let i = 0; i < seq.items.length; ++i) {
	    let item = seq.items[i];
	    if (item instanceof resolveSeq.Pair) continue;else if (item instanceof resolveSeq.YAMLMap) {
	      if (item.items.length > 1) {
	        const msg = 'Each pair must have its own sequence indicator';
	        throw new PlainValue.YAMLSemanticError(cst, msg);
	      }
	      const pair = item.items[0] || new resolveSeq.Pair();
	      if (item.commentBefore) pair.commentBefore = pair.commentBefore ? `${item.commentBefore}\n${pair.commentBefore}` : item.commentBefore;
	      if (item.comment) pair.comment = pair.comment ? `${item.comment}\n${pair.comment}` : item.comment;
	      item = pair;
	    }
	    seq.items[i] = item instanceof resolveSeq.Pair ? item : new resolveSeq.Pair(item);
	  }
	  return seq;
	}
	function createPairs(schema, iterable, ctx) {
	  const pairs = new resolveSeq.YAMLSeq(schema);
	  pairs.tag = 'tag:yaml.org,2002:pairs';
	  for (const it of iterable) {
	    let key, value;
	    if (Array.isArray(it)) {
	      if (it.length === 2) {
	        key = it[0];
	        value = it[1];
	      } else throw new TypeError(`Expected [key, value] tuple: ${it}`);
	    } else if (it && it instanceof Object) {
	      const keys = Object.keys(it);
	      if (keys.length === 1) {
	        key = keys[0];
	        value = it[key];
	      } else throw new TypeError(`Expected { key: value } tuple: ${it}`);
	    } else {
	      key = it;
	    }
	    const pair = schema.createPair(key, value, ctx);
	    pairs.items.push(pair);
	  }
	  return pairs;
	}
	const pairs = {
	  default: false,
	  tag: 'tag:yaml.org,2002:pairs',
	  resolve: parsePairs,
	  createNode: createPairs
	};

	class YAMLOMap extends resolveSeq.YAMLSeq {
	  constructor() {
	    super();
	    PlainValue._defineProperty(this, "add", resolveSeq.YAMLMap.prototype.add.bind(this));
	    PlainValue._defineProperty(this, "delete", resolveSeq.YAMLMap.prototype.delete.bind(this));
	    PlainValue._defineProperty(this, "get", resolveSeq.YAMLMap.prototype.get.bind(this));
	    PlainValue._defineProperty(this, "has", resolveSeq.YAMLMap.prototype.has.bind(this));
	    PlainValue._defineProperty(this, "set", resolveSeq.YAMLMap.prototype.set.bind(this));
	    this.tag = YAMLOMap.tag;
	  }
	  toJSON(_, ctx) {
	    const map = new Map();
	    if (ctx && ctx.onCreate) ctx.onCreate(map);
	    for (const pair of this.items) {
	      let key, value;
	      if (pair instanceof resolveSeq.Pair) {
	        key = resolveSeq.toJSON(pair.key, '', ctx);
	        value = resolveSeq.toJSON(pair.value, key, ctx);
	      } else {
	        key = resolveSeq.toJSON(pair, '', ctx);
	      }
	      if (map.has(key)) throw new Error('Ordered maps must not include duplicate keys');
	      map.set(key, value);
	    }
	    return map;
	  }
	}
	PlainValue._defineProperty(YAMLOMap, "tag", 'tag:yaml.org,2002:omap');
	function parseOMap(doc, cst) {
	  const pairs = parsePairs(doc, cst);
	  const seenKeys = [];
	  for (const {
	    key
	  } of pairs.items) {
	    if (key instanceof resolveSeq.Scalar) {
	      if (seenKeys.includes(key.value)) {
	        const msg = 'Ordered maps must not include duplicate keys';
	        throw new PlainValue.YAMLSemanticError(cst, msg);
	      } else {
	        seenKeys.push(key.value);
	      }
	    }
	  }
	  return Object.assign(new YAMLOMap(), pairs);
	}
	function createOMap(schema, iterable, ctx) {
	  const pairs = createPairs(schema, iterable, ctx);
	  const omap = new YAMLOMap();
	  omap.items = pairs.items;
	  return omap;
	}
	const omap = {
	  identify: value => value instanceof Map,
	  nodeClass: YAMLOMap,
	  default: false,
	  tag: 'tag:yaml.org,2002:omap',
	  resolve: parseOMap,
	  createNode: createOMap
	};

	class YAMLSet extends resolveSeq.YAMLMap {
	  constructor() {
	    super();
	    this.tag = YAMLSet.tag;
	  }
	  add(key) {
	    const pair = key instanceof resolveSeq.Pair ? key : new resolveSeq.Pair(key);
	    const prev = resolveSeq.findPair(this.items, pair.key);
	    if (!prev) this.items.push(pair);
	  }
	  get(key, keepPair) {
	    const pair = resolveSeq.findPair(this.items, key);
	    return !keepPair && pair instanceof resolveSeq.Pair ? pair.key instanceof resolveSeq.Scalar ? pair.key.value : pair.key : pair;
	  }
	  set(key, value) {
	    if (typeof value !== 'boolean') throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
	    const prev = resolveSeq.findPair(this.items, key);
	    if (prev && !value) {
	      this.items.splice(this.items.indexOf(prev), 1);
	    } else if (!prev && value) {
	      this.items.push(new resolveSeq.Pair(key));
	    }
	  }
	  toJSON(_, ctx) {
	    return super.toJSON(_, ctx, Set);
	  }
	  toString(ctx, onComment, onChompKeep) {
	    if (!ctx) return JSON.stringify(this);
	    if (this.hasAllNullValues()) return super.toString(ctx, onComment, onChompKeep);else throw new Error('Set items must all have null values');
	  }
	}
	PlainValue._defineProperty(YAMLSet, "tag", 'tag:yaml.org,2002:set');
	function parseSet(doc, cst) {
	  const map = resolveSeq.resolveMap(doc, cst);
	  if (!map.hasAllNullValues()) throw new PlainValue.YAMLSemanticError(cst, 'Set items must all have null values');
	  return Object.assign(new YAMLSet(), map);
	}
	function createSet(schema, iterable, ctx) {
	  const set = new YAMLSet();
	  for (const value of iterable) set.items.push(schema.createPair(value, null, ctx));
	  return set;
	}
	const set = {
	  identify: value => value instanceof Set,
	  nodeClass: YAMLSet,
	  default: false,
	  tag: 'tag:yaml.org,2002:set',
	  resolve: parseSet,
	  createNode: createSet
	};

	const parseSexagesimal = (sign, parts) => {
	  const n = parts.split(':').reduce((n, p) => n * 60 + Number(p), 0);
	  return sign === '-' ? -n : n;
	};

	// hhhh:mm:ss.sss
	const stringifySexagesimal = ({
	  value
	}) => {
	  if (isNaN(value) || !isFinite(value)) return resolveSeq.stringifyNumber(value);
	  let sign = '';
	  if (value < 0) {
	    sign = '-';
	    value = Math.abs(value);
	  }
	  const parts = [value % 60]; // seconds, including ms
	  if (value < 60) {
	    parts.unshift(0); // at least one : is required
	  } else {
	    value = Math.round((value - parts[0]) / 60);
	    parts.unshift(value % 60); // minutes
	    if (value >= 60) {
	      value = Math.round((value - parts[0]) / 60);
	      parts.unshift(value); // hours
	    }
	  }
	  return sign + parts.map(n => n < 10 ? '0' + String(n) : String(n)).join(':').replace(/000000\d*$/, '') // % 60 may introduce error
	;
	};
	const intTime = {
	  identify: value => typeof value === 'number',
	  default: true,
	  tag: 'tag:yaml.org,2002:int',
	  format: 'TIME',
	  test: /^([-+]?)([0-9][0-9_]*(?::[0-5]?[0-9])+)$/,
	  resolve: (str, sign, parts) => parseSexagesimal(sign, parts.replace(/_/g, '')),
	  stringify: stringifySexagesimal
	};
	const floatTime = {
	  identify: value => typeof value === 'number',
	  default: true,
	  tag: 'tag:yaml.org,2002:float',
	  format: 'TIME',
	  test: /^([-+]?)([0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*)$/,
	  resolve: (str, sign, parts) => parseSexagesimal(sign, parts.replace(/_/g, '')),
	  stringify: stringifySexagesimal
	};
	const timestamp = {
	  identify: value => value instanceof Date,
	  default: true,
	  tag: 'tag:yaml.org,2002:timestamp',
	  // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
	  // may be omitted altogether, resulting in a date format. In such a case, the time part is
	  // assumed to be 00:00:00Z (start of day, UTC).
	  test: RegExp('^(?:' + '([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})' +
	  // YYYY-Mm-Dd
	  '(?:(?:t|T|[ \\t]+)' +
	  // t | T | whitespace
	  '([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)' +
	  // Hh:Mm:Ss(.ss)?
	  '(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?' +
	  // Z | +5 | -03:30
	  ')?' + ')$'),
	  resolve: (str, year, month, day, hour, minute, second, millisec, tz) => {
	    if (millisec) millisec = (millisec + '00').substr(1, 3);
	    let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec || 0);
	    if (tz && tz !== 'Z') {
	      let d = parseSexagesimal(tz[0], tz.slice(1));
	      if (Math.abs(d) < 30) d *= 60;
	      date -= 60000 * d;
	    }
	    return new Date(date);
	  },
	  stringify: ({
	    value
	  }) => value.toISOString().replace(/((T00:00)?:00)?\.000Z$/, '')
	};

	/* global console, process, YAML_SILENCE_DEPRECATION_WARNINGS, YAML_SILENCE_WARNINGS */

	function shouldWarn(deprecation) {
	  const env = typeof process !== 'undefined' && process.env || {};
	  if (deprecation) {
	    if (typeof YAML_SILENCE_DEPRECATION_WARNINGS !== 'undefined') return !YAML_SILENCE_DEPRECATION_WARNINGS;
	    return !env.YAML_SILENCE_DEPRECATION_WARNINGS;
	  }
	  if (typeof YAML_SILENCE_WARNINGS !== 'undefined') return !YAML_SILENCE_WARNINGS;
	  return !env.YAML_SILENCE_WARNINGS;
	}
	function warn(warning, type) {
	  if (shouldWarn(false)) {
	    const emit = typeof process !== 'undefined' && process.emitWarning;
	    // This will throw in Jest if `warning` is an Error instance due to
	    // https://github.com/facebook/jest/issues/2549
	    if (emit) emit(warning, type);else {
	      // eslint-disable-next-line no-console
	      console.warn(type ? `${type}: ${warning}` : warning);
	    }
	  }
	}
	function warnFileDeprecation(filename) {
	  if (shouldWarn(true)) {
	    const path = filename.replace(/.*yaml[/\\]/i, '').replace(/\.js$/, '').replace(/\\/g, '/');
	    warn(`The endpoint 'yaml/${path}' will be removed in a future release.`, 'DeprecationWarning');
	  }
	}
	const warned = {};
	function warnOptionDeprecation(name, alternative) {
	  if (!warned[name] && shouldWarn(true)) {
	    warned[name] = true;
	    let msg = `The option '${name}' will be removed in a future release`;
	    msg += alternative ? `, use '${alternative}' instead.` : '.';
	    warn(msg, 'DeprecationWarning');
	  }
	}

	warnings793925ce.binary = binary;
	warnings793925ce.floatTime = floatTime;
	warnings793925ce.intTime = intTime;
	warnings793925ce.omap = omap;
	warnings793925ce.pairs = pairs;
	warnings793925ce.set = set;
	warnings793925ce.timestamp = timestamp;
	warnings793925ce.warn = warn;
	warnings793925ce.warnFileDeprecation = warnFileDeprecation;
	warnings793925ce.warnOptionDeprecation = warnOptionDeprecation;
	return warnings793925ce;
}

var hasRequiredSchemaBcc6c2d7;

function requireSchemaBcc6c2d7 () {
	if (hasRequiredSchemaBcc6c2d7) return SchemaBcc6c2d7;
	hasRequiredSchemaBcc6c2d7 = 1;

	var PlainValue = requirePlainValue516d5bc2();
	var resolveSeq = requireResolveSeq95613e94();
	var warnings = requireWarnings793925ce();

	function createMap(schema, obj, ctx) {
	  const map = new resolveSeq.YAMLMap(schema);
	  if (obj instanceof Map) {
	    for (const [key, value] of obj) map.items.push(schema.createPair(key, value, ctx));
	  } else if (obj && typeof obj === 'object') {
	    for (const key of Object.keys(obj)) map.items.push(schema.createPair(key, obj[key], ctx));
	  }
	  if (typeof schema.sortMapEntries === 'function') {
	    map.items.sort(schema.sortMapEntries);
	  }
	  return map;
	}
	const map = {
	  createNode: createMap,
	  default: true,
	  nodeClass: resolveSeq.YAMLMap,
	  tag: 'tag:yaml.org,2002:map',
	  resolve: resolveSeq.resolveMap
	};

	function createSeq(schema, obj, ctx) {
	  const seq = new resolveSeq.YAMLSeq(schema);
	  if (obj && obj[Symbol.iterator]) {
	    for (const it of obj) {
	      const v = schema.createNode(it, ctx.wrapScalars, null, ctx);
	      seq.items.push(v);
	    }
	  }
	  return seq;
	}
	const seq = {
	  createNode: createSeq,
	  default: true,
	  nodeClass: resolveSeq.YAMLSeq,
	  tag: 'tag:yaml.org,2002:seq',
	  resolve: resolveSeq.resolveSeq
	};

	const string = {
	  identify: value => typeof value === 'string',
	  default: true,
	  tag: 'tag:yaml.org,2002:str',
	  resolve: resolveSeq.resolveString,
	  stringify(item, ctx, onComment, onChompKeep) {
	    ctx = Object.assign({
	      actualString: true
	    }, ctx);
	    return resolveSeq.stringifyString(item, ctx, onComment, onChompKeep);
	  },
	  options: resolveSeq.strOptions
	};

	const failsafe = [map, seq, string];

	/* global BigInt */
	const intIdentify$2 = value => typeof value === 'bigint' || Number.isInteger(value);
	const intResolve$1 = (src, part, radix) => resolveSeq.intOptions.asBigInt ? BigInt(src) : parseInt(part, radix);
	function intStringify$1(node, radix, prefix) {
	  const {
	    value
	  } = node;
	  if (intIdentify$2(value) && value >= 0) return prefix + value.toString(radix);
	  return resolveSeq.stringifyNumber(node);
	}
	const nullObj = {
	  identify: value => value == null,
	  createNode: (schema, value, ctx) => ctx.wrapScalars ? new resolveSeq.Scalar(null) : null,
	  default: true,
	  tag: 'tag:yaml.org,2002:null',
	  test: /^(?:~|[Nn]ull|NULL)?$/,
	  resolve: () => null,
	  options: resolveSeq.nullOptions,
	  stringify: () => resolveSeq.nullOptions.nullStr
	};
	const boolObj = {
	  identify: value => typeof value === 'boolean',
	  default: true,
	  tag: 'tag:yaml.org,2002:bool',
	  test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
	  resolve: str => str[0] === 't' || str[0] === 'T',
	  options: resolveSeq.boolOptions,
	  stringify: ({
	    value
	  }) => value ? resolveSeq.boolOptions.trueStr : resolveSeq.boolOptions.falseStr
	};
	const octObj = {
	  identify: value => intIdentify$2(value) && value >= 0,
	  default: true,
	  tag: 'tag:yaml.org,2002:int',
	  format: 'OCT',
	  test: /^0o([0-7]+)$/,
	  resolve: (str, oct) => intResolve$1(str, oct, 8),
	  options: resolveSeq.intOptions,
	  stringify: node => intStringify$1(node, 8, '0o')
	};
	const intObj = {
	  identify: intIdentify$2,
	  default: true,
	  tag: 'tag:yaml.org,2002:int',
	  test: /^[-+]?[0-9]+$/,
	  resolve: str => intResolve$1(str, str, 10),
	  options: resolveSeq.intOptions,
	  stringify: resolveSeq.stringifyNumber
	};
	const hexObj = {
	  identify: value => intIdentify$2(value) && value >= 0,
	  default: true,
	  tag: 'tag:yaml.org,2002:int',
	  format: 'HEX',
	  test: /^0x([0-9a-fA-F]+)$/,
	  resolve: (str, hex) => intResolve$1(str, hex, 16),
	  options: resolveSeq.intOptions,
	  stringify: node => intStringify$1(node, 16, '0x')
	};
	const nanObj = {
	  identify: value => typeof value === 'number',
	  default: true,
	  tag: 'tag:yaml.org,2002:float',
	  test: /^(?:[-+]?\.inf|(\.nan))$/i,
	  resolve: (str, nan) => nan ? NaN : str[0] === '-' ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
	  stringify: resolveSeq.stringifyNumber
	};
	const expObj = {
	  identify: value => typeof value === 'number',
	  default: true,
	  tag: 'tag:yaml.org,2002:float',
	  format: 'EXP',
	  test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
	  resolve: str => parseFloat(str),
	  stringify: ({
	    value
	  }) => Number(value).toExponential()
	};
	const floatObj = {
	  identify: value => typeof value === 'number',
	  default: true,
	  tag: 'tag:yaml.org,2002:float',
	  test: /^[-+]?(?:\.([0-9]+)|[0-9]+\.([0-9]*))$/,
	  resolve(str, frac1, frac2) {
	    const frac = frac1 || frac2;
	    const node = new resolveSeq.Scalar(parseFloat(str));
	    if (frac && frac[frac.length - 1] === '0') node.minFractionDigits = frac.length;
	    return node;
	  },
	  stringify: resolveSeq.stringifyNumber
	};
	const core = failsafe.concat([nullObj, boolObj, octObj, intObj, hexObj, nanObj, expObj, floatObj]);

	/* global BigInt */
	const intIdentify$1 = value => typeof value === 'bigint' || Number.isInteger(value);
	const stringifyJSON = ({
	  value
	}) => JSON.stringify(value);
	const json = [map, seq, {
	  identify: value => typeof value === 'string',
	  default: true,
	  tag: 'tag:yaml.org,2002:str',
	  resolve: resolveSeq.resolveString,
	  stringify: stringifyJSON
	}, {
	  identify: value => value == null,
	  createNode: (schema, value, ctx) => ctx.wrapScalars ? new resolveSeq.Scalar(null) : null,
	  default: true,
	  tag: 'tag:yaml.org,2002:null',
	  test: /^null$/,
	  resolve: () => null,
	  stringify: stringifyJSON
	}, {
	  identify: value => typeof value === 'boolean',
	  default: true,
	  tag: 'tag:yaml.org,2002:bool',
	  test: /^true|false$/,
	  resolve: str => str === 'true',
	  stringify: stringifyJSON
	}, {
	  identify: intIdentify$1,
	  default: true,
	  tag: 'tag:yaml.org,2002:int',
	  test: /^-?(?:0|[1-9][0-9]*)$/,
	  resolve: str => resolveSeq.intOptions.asBigInt ? BigInt(str) : parseInt(str, 10),
	  stringify: ({
	    value
	  }) => intIdentify$1(value) ? value.toString() : JSON.stringify(value)
	}, {
	  identify: value => typeof value === 'number',
	  default: true,
	  tag: 'tag:yaml.org,2002:float',
	  test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
	  resolve: str => parseFloat(str),
	  stringify: stringifyJSON
	}];
	json.scalarFallback = str => {
	  throw new SyntaxError(`Unresolved plain scalar ${JSON.stringify(str)}`);
	};

	/* global BigInt */
	const boolStringify = ({
	  value
	}) => value ? resolveSeq.boolOptions.trueStr : resolveSeq.boolOptions.falseStr;
	const intIdentify = value => typeof value === 'bigint' || Number.isInteger(value);
	function intResolve(sign, src, radix) {
	  let str = src.replace(/_/g, '');
	  if (resolveSeq.intOptions.asBigInt) {
	    switch (radix) {
	      case 2:
	        str = `0b${str}`;
	        break;
	      case 8:
	        str = `0o${str}`;
	        break;
	      case 16:
	        str = `0x${str}`;
	        break;
	    }
	    const n = BigInt(str);
	    return sign === '-' ? BigInt(-1) * n : n;
	  }
	  const n = parseInt(str, radix);
	  return sign === '-' ? -1 * n : n;
	}
	function intStringify(node, radix, prefix) {
	  const {
	    value
	  } = node;
	  if (intIdentify(value)) {
	    const str = value.toString(radix);
	    return value < 0 ? '-' + prefix + str.substr(1) : prefix + str;
	  }
	  return resolveSeq.stringifyNumber(node);
	}
	const yaml11 = failsafe.concat([{
	  identify: value => value == null,
	  createNode: (schema, value, ctx) => ctx.wrapScalars ? new resolveSeq.Scalar(null) : null,
	  default: true,
	  tag: 'tag:yaml.org,2002:null',
	  test: /^(?:~|[Nn]ull|NULL)?$/,
	  resolve: () => null,
	  options: resolveSeq.nullOptions,
	  stringify: () => resolveSeq.nullOptions.nullStr
	}, {
	  identify: value => typeof value === 'boolean',
	  default: true,
	  tag: 'tag:yaml.org,2002:bool',
	  test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
	  resolve: () => true,
	  options: resolveSeq.boolOptions,
	  stringify: boolStringify
	}, {
	  identify: value => typeof value === 'boolean',
	  default: true,
	  tag: 'tag:yaml.org,2002:bool',
	  test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/i,
	  resolve: () => false,
	  options: resolveSeq.boolOptions,
	  stringify: boolStringify
	}, {
	  identify: intIdentify,
	  default: true,
	  tag: 'tag:yaml.org,2002:int',
	  format: 'BIN',
	  test: /^([-+]?)0b([0-1_]+)$/,
	  resolve: (str, sign, bin) => intResolve(sign, bin, 2),
	  stringify: node => intStringify(node, 2, '0b')
	}, {
	  identify: intIdentify,
	  default: true,
	  tag: 'tag:yaml.org,2002:int',
	  format: 'OCT',
	  test: /^([-+]?)0([0-7_]+)$/,
	  resolve: (str, sign, oct) => intResolve(sign, oct, 8),
	  stringify: node => intStringify(node, 8, '0')
	}, {
	  identify: intIdentify,
	  default: true,
	  tag: 'tag:yaml.org,2002:int',
	  test: /^([-+]?)([0-9][0-9_]*)$/,
	  resolve: (str, sign, abs) => intResolve(sign, abs, 10),
	  stringify: resolveSeq.stringifyNumber
	}, {
	  identify: intIdentify,
	  default: true,
	  tag: 'tag:yaml.org,2002:int',
	  format: 'HEX',
	  test: /^([-+]?)0x([0-9a-fA-F_]+)$/,
	  resolve: (str, sign, hex) => intResolve(sign, hex, 16),
	  stringify: node => intStringify(node, 16, '0x')
	}, {
	  identify: value => typeof value === 'number',
	  default: true,
	  tag: 'tag:yaml.org,2002:float',
	  test: /^(?:[-+]?\.inf|(\.nan))$/i,
	  resolve: (str, nan) => nan ? NaN : str[0] === '-' ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
	  stringify: resolveSeq.stringifyNumber
	}, {
	  identify: value => typeof value === 'number',
	  default: true,
	  tag: 'tag:yaml.org,2002:float',
	  format: 'EXP',
	  test: /^[-+]?([0-9][0-9_]*)?(\.[0-9_]*)?[eE][-+]?[0-9]+$/,
	  resolve: str => parseFloat(str.replace(/_/g, '')),
	  stringify: ({
	    value
	  }) => Number(value).toExponential()
	}, {
	  identify: value => typeof value === 'number',
	  default: true,
	  tag: 'tag:yaml.org,2002:float',
	  test: /^[-+]?(?:[0-9][0-9_]*)?\.([0-9_]*)$/,
	  resolve(str, frac) {
	    const node = new resolveSeq.Scalar(parseFloat(str.replace(/_/g, '')));
	    if (frac) {
	      const f = frac.replace(/_/g, '');
	      if (f[f.length - 1] === '0') node.minFractionDigits = f.length;
	    }
	    return node;
	  },
	  stringify: resolveSeq.stringifyNumber
	}], warnings.binary, warnings.omap, warnings.pairs, warnings.set, warnings.intTime, warnings.floatTime, warnings.timestamp);

	const schemas = {
	  core,
	  failsafe,
	  json,
	  yaml11
	};
	const tags = {
	  binary: warnings.binary,
	  bool: boolObj,
	  float: floatObj,
	  floatExp: expObj,
	  floatNaN: nanObj,
	  floatTime: warnings.floatTime,
	  int: intObj,
	  intHex: hexObj,
	  intOct: octObj,
	  intTime: warnings.intTime,
	  map,
	  null: nullObj,
	  omap: warnings.omap,
	  pairs: warnings.pairs,
	  seq,
	  set: warnings.set,
	  timestamp: warnings.timestamp
	};

	function findTagObject(value, tagName, tags) {
	  if (tagName) {
	    const match = tags.filter(t => t.tag === tagName);
	    const tagObj = match.find(t => !t.format) || match[0];
	    if (!tagObj) throw new Error(`Tag ${tagName} not found`);
	    return tagObj;
	  }

	  // TODO: deprecate/remove class check
	  return tags.find(t => (t.identify && t.identify(value) || t.class && value instanceof t.class) && !t.format);
	}
	function createNode(value, tagName, ctx) {
	  if (value instanceof resolveSeq.Node) return value;
	  const {
	    defaultPrefix,
	    onTagObj,
	    prevObjects,
	    schema,
	    wrapScalars
	  } = ctx;
	  if (tagName && tagName.startsWith('!!')) tagName = defaultPrefix + tagName.slice(2);
	  let tagObj = findTagObject(value, tagName, schema.tags);
	  if (!tagObj) {
	    if (typeof value.toJSON === 'function') value = value.toJSON();
	    if (!value || typeof value !== 'object') return wrapScalars ? new resolveSeq.Scalar(value) : value;
	    tagObj = value instanceof Map ? map : value[Symbol.iterator] ? seq : map;
	  }
	  if (onTagObj) {
	    onTagObj(tagObj);
	    delete ctx.onTagObj;
	  }

	  // Detect duplicate references to the same object & use Alias nodes for all
	  // after first. The `obj` wrapper allows for circular references to resolve.
	  const obj = {
	    value: undefined,
	    node: undefined
	  };
	  if (value && typeof value === 'object' && prevObjects) {
	    const prev = prevObjects.get(value);
	    if (prev) {
	      const alias = new resolveSeq.Alias(prev); // leaves source dirty; must be cleaned by caller
	      ctx.aliasNodes.push(alias); // defined along with prevObjects
	      return alias;
	    }
	    obj.value = value;
	    prevObjects.set(value, obj);
	  }
	  obj.node = tagObj.createNode ? tagObj.createNode(ctx.schema, value, ctx) : wrapScalars ? new resolveSeq.Scalar(value) : value;
	  if (tagName && obj.node instanceof resolveSeq.Node) obj.node.tag = tagName;
	  return obj.node;
	}

	function getSchemaTags(schemas, knownTags, customTags, schemaId) {
	  let tags = schemas[schemaId.replace(/\W/g, '')]; // 'yaml-1.1' -> 'yaml11'
	  if (!tags) {
	    const keys = Object.keys(schemas).map(key => JSON.stringify(key)).join(', ');
	    throw new Error(`Unknown schema "${schemaId}"; use one of ${keys}`);
	  }
	  if (Array.isArray(customTags)) {
	    for (const tag of customTags) tags = tags.concat(tag);
	  } else if (typeof customTags === 'function') {
	    tags = customTags(tags.slice());
	  }
	  for (let i = 0; i < tags.length; ++i) {
	    const tag = tags[i];
	    if (typeof tag === 'string') {
	      const tagObj = knownTags[tag];
	      if (!tagObj) {
	        const keys = Object.keys(knownTags).map(key => JSON.stringify(key)).join(', ');
	        throw new Error(`Unknown custom tag "${tag}"; use one of ${keys}`);
	      }
	      tags[i] = tagObj;
	    }
	  }
	  return tags;
	}

	const sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
	class Schema {
	  // TODO: remove in v2

	  constructor({
	    customTags,
	    merge,
	    schema,
	    sortMapEntries,
	    tags: deprecatedCustomTags
	  }) {
	    this.merge = !!merge;
	    this.name = schema;
	    this.sortMapEntries = sortMapEntries === true ? sortMapEntriesByKey : sortMapEntries || null;
	    if (!customTags && deprecatedCustomTags) warnings.warnOptionDeprecation('tags', 'customTags');
	    this.tags = getSchemaTags(schemas, tags, customTags || deprecatedCustomTags, schema);
	  }
	  createNode(value, wrapScalars, tagName, ctx) {
	    const baseCtx = {
	      defaultPrefix: Schema.defaultPrefix,
	      schema: this,
	      wrapScalars
	    };
	    const createCtx = ctx ? Object.assign(ctx, baseCtx) : baseCtx;
	    return createNode(value, tagName, createCtx);
	  }
	  createPair(key, value, ctx) {
	    if (!ctx) ctx = {
	      wrapScalars: true
	    };
	    const k = this.createNode(key, ctx.wrapScalars, null, ctx);
	    const v = this.createNode(value, ctx.wrapScalars, null, ctx);
	    return new resolveSeq.Pair(k, v);
	  }
	}
	PlainValue._defineProperty(Schema, "defaultPrefix", PlainValue.defaultTagPrefix);
	// TODO: remove in v2
	PlainValue._defineProperty(Schema, "defaultTags", PlainValue.defaultTags);

	SchemaBcc6c2d7.Schema = Schema;
	return SchemaBcc6c2d7;
}

var hasRequiredDocumentA8d0fbf9;

function requireDocumentA8d0fbf9 () {
	if (hasRequiredDocumentA8d0fbf9) return DocumentA8d0fbf9;
	hasRequiredDocumentA8d0fbf9 = 1;

	var PlainValue = requirePlainValue516d5bc2();
	var resolveSeq = requireResolveSeq95613e94();
	var Schema = requireSchemaBcc6c2d7();

	const defaultOptions = {
	  anchorPrefix: 'a',
	  customTags: null,
	  indent: 2,
	  indentSeq: true,
	  keepCstNodes: false,
	  keepNodeTypes: true,
	  keepBlobsInJSON: true,
	  mapAsMap: false,
	  maxAliasCount: 100,
	  prettyErrors: false,
	  // TODO Set true in v2
	  simpleKeys: false,
	  version: '1.2'
	};
	const scalarOptions = {
	  get binary() {
	    return resolveSeq.binaryOptions;
	  },
	  set binary(opt) {
	    Object.assign(resolveSeq.binaryOptions, opt);
	  },
	  get bool() {
	    return resolveSeq.boolOptions;
	  },
	  set bool(opt) {
	    Object.assign(resolveSeq.boolOptions, opt);
	  },
	  get int() {
	    return resolveSeq.intOptions;
	  },
	  set int(opt) {
	    Object.assign(resolveSeq.intOptions, opt);
	  },
	  get null() {
	    return resolveSeq.nullOptions;
	  },
	  set null(opt) {
	    Object.assign(resolveSeq.nullOptions, opt);
	  },
	  get str() {
	    return resolveSeq.strOptions;
	  },
	  set str(opt) {
	    Object.assign(resolveSeq.strOptions, opt);
	  }
	};
	const documentOptions = {
	  '1.0': {
	    schema: 'yaml-1.1',
	    merge: true,
	    tagPrefixes: [{
	      handle: '!',
	      prefix: PlainValue.defaultTagPrefix
	    }, {
	      handle: '!!',
	      prefix: 'tag:private.yaml.org,2002:'
	    }]
	  },
	  1.1: {
	    schema: 'yaml-1.1',
	    merge: true,
	    tagPrefixes: [{
	      handle: '!',
	      prefix: '!'
	    }, {
	      handle: '!!',
	      prefix: PlainValue.defaultTagPrefix
	    }]
	  },
	  1.2: {
	    schema: 'core',
	    merge: false,
	    tagPrefixes: [{
	      handle: '!',
	      prefix: '!'
	    }, {
	      handle: '!!',
	      prefix: PlainValue.defaultTagPrefix
	    }]
	  }
	};

	function stringifyTag(doc, tag) {
	  if ((doc.version || doc.options.version) === '1.0') {
	    const priv = tag.match(/^tag:private\.yaml\.org,2002:([^:/]+)$/);
	    if (priv) return '!' + priv[1];
	    const vocab = tag.match(/^tag:([a-zA-Z0-9-]+)\.yaml\.org,2002:(.*)/);
	    return vocab ? `!${vocab[1]}/${vocab[2]}` : `!${tag.replace(/^tag:/, '')}`;
	  }
	  let p = doc.tagPrefixes.find(p => tag.indexOf(p.prefix) === 0);
	  if (!p) {
	    const dtp = doc.getDefaults().tagPrefixes;
	    p = dtp && dtp.find(p => tag.indexOf(p.prefix) === 0);
	  }
	  if (!p) return tag[0] === '!' ? tag : `!<${tag}>`;
	  const suffix = tag.substr(p.prefix.length).replace(/[!,[\]{}]/g, ch => ({
	    '!': '%21',
	    ',': '%2C',
	    '[': '%5B',
	    ']': '%5D',
	    '{': '%7B',
	    '}': '%7D'
	  })[ch]);
	  return p.handle + suffix;
	}

	function getTagObject(tags, item) {
	  if (item instanceof resolveSeq.Alias) return resolveSeq.Alias;
	  if (item.tag) {
	    const match = tags.filter(t => t.tag === item.tag);
	    if (match.length > 0) return match.find(t => t.format === item.format) || match[0];
	  }
	  let tagObj, obj;
	  if (item instanceof resolveSeq.Scalar) {
	    obj = item.value;
	    // TODO: deprecate/remove class check
	    const match = tags.filter(t => t.identify && t.identify(obj) || t.class && obj instanceof t.class);
	    tagObj = match.find(t => t.format === item.format) || match.find(t => !t.format);
	  } else {
	    obj = item;
	    tagObj = tags.find(t => t.nodeClass && obj instanceof t.nodeClass);
	  }
	  if (!tagObj) {
	    const name = obj && obj.constructor ? obj.constructor.name : typeof obj;
	    throw new Error(`Tag not resolved for ${name} value`);
	  }
	  return tagObj;
	}

	// needs to be called before value stringifier to allow for circular anchor refs
	function stringifyProps(node, tagObj, {
	  anchors,
	  doc
	}) {
	  const props = [];
	  const anchor = doc.anchors.getName(node);
	  if (anchor) {
	    anchors[anchor] = node;
	    props.push(`&${anchor}`);
	  }
	  if (node.tag) {
	    props.push(stringifyTag(doc, node.tag));
	  } else if (!tagObj.default) {
	    props.push(stringifyTag(doc, tagObj.tag));
	  }
	  return props.join(' ');
	}
	function stringify(item, ctx, onComment, onChompKeep) {
	  const {
	    anchors,
	    schema
	  } = ctx.doc;
	  let tagObj;
	  if (!(item instanceof resolveSeq.Node)) {
	    const createCtx = {
	      aliasNodes: [],
	      onTagObj: o => tagObj = o,
	      prevObjects: new Map()
	    };
	    item = schema.createNode(item, true, null, createCtx);
	    for (const alias of createCtx.aliasNodes) {
	      alias.source = alias.source.node;
	      let name = anchors.getName(alias.source);
	      if (!name) {
	        name = anchors.newName();
	        anchors.map[name] = alias.source;
	      }
	    }
	  }
	  if (item instanceof resolveSeq.Pair) return item.toString(ctx, onComment, onChompKeep);
	  if (!tagObj) tagObj = getTagObject(schema.tags, item);
	  const props = stringifyProps(item, tagObj, ctx);
	  if (props.length > 0) ctx.indentAtStart = (ctx.indentAtStart || 0) + props.length + 1;
	  const str = typeof tagObj.stringify === 'function' ? tagObj.stringify(item, ctx, onComment, onChompKeep) : item instanceof resolveSeq.Scalar ? resolveSeq.stringifyString(item, ctx, onComment, onChompKeep) : item.toString(ctx, onComment, onChompKeep);
	  if (!props) return str;
	  return item instanceof resolveSeq.Scalar || str[0] === '{' || str[0] === '[' ? `${props} ${str}` : `${props}\n${ctx.indent}${str}`;
	}

	class Anchors {
	  static validAnchorNode(node) {
	    return node instanceof resolveSeq.Scalar || node instanceof resolveSeq.YAMLSeq || node instanceof resolveSeq.YAMLMap;
	  }
	  constructor(prefix) {
	    PlainValue._defineProperty(this, "map", Object.create(null));
	    this.prefix = prefix;
	  }
	  createAlias(node, name) {
	    this.setAnchor(node, name);
	    return new resolveSeq.Alias(node);
	  }
	  createMergePair(...sources) {
	    const merge = new resolveSeq.Merge();
	    merge.value.items = sources.map(s => {
	      if (s instanceof resolveSeq.Alias) {
	        if (s.source instanceof resolveSeq.YAMLMap) return s;
	      } else if (s instanceof resolveSeq.YAMLMap) {
	        return this.createAlias(s);
	      }
	      throw new Error('Merge sources must be Map nodes or their Aliases');
	    });
	    return merge;
	  }
	  getName(node) {
	    const {
	      map
	    } = this;
	    return Object.keys(map).find(a => map[a] === node);
	  }
	  getNames() {
	    return Object.keys(this.map);
	  }
	  getNode(name) {
	    return this.map[name];
	  }
	  newName(prefix) {
	    if (!prefix) prefix = this.prefix;
	    const names = Object.keys(this.map);
	    for (let i = 1; true; ++i) {
	      const name = `${prefix}${i}`;
	      if (!names.includes(name)) return name;
	    }
	  }

	  // During parsing, map & aliases contain CST nodes
	  resolveNodes() {
	    const {
	      map,
	      _cstAliases
	    } = this;
	    Object.keys(map).forEach(a => {
	      map[a] = map[a].resolved;
	    });
	    _cstAliases.forEach(a => {
	      a.source = a.source.resolved;
	    });
	    delete this._cstAliases;
	  }
	  setAnchor(node, name) {
	    if (node != null && !Anchors.validAnchorNode(node)) {
	      throw new Error('Anchors may only be set for Scalar, Seq and Map nodes');
	    }
	    if (name && /[\x00-\x19\s,[\]{}]/.test(name)) {
	      throw new Error('Anchor names must not contain whitespace or control characters');
	    }
	    const {
	      map
	    } = this;
	    const prev = node && Object.keys(map).find(a => map[a] === node);
	    if (prev) {
	      if (!name) {
	        return prev;
	      } else if (prev !== name) {
	        delete map[prev];
	        map[name] = node;
	      }
	    } else {
	      if (!name) {
	        if (!node) return null;
	        name = this.newName();
	      }
	      map[name] = node;
	    }
	    return name;
	  }
	}

	const visit = (node, tags) => {
	  if (node && typeof node === 'object') {
	    const {
	      tag
	    } = node;
	    if (node instanceof resolveSeq.Collection) {
	      if (tag) tags[tag] = true;
	      node.items.forEach(n => visit(n, tags));
	    } else if (node instanceof resolveSeq.Pair) {
	      visit(node.key, tags);
	      visit(node.value, tags);
	    } else if (node instanceof resolveSeq.Scalar) {
	      if (tag) tags[tag] = true;
	    }
	  }
	  return tags;
	};
	const listTagNames = node => Object.keys(visit(node, {}));

	function parseContents(doc, contents) {
	  const comments = {
	    before: [],
	    after: []
	  };
	  let body = undefined;
	  let spaceBefore = false;
	  for (const node of contents) {
	    if (node.valueRange) {
	      if (body !== undefined) {
	        const msg = 'Document contains trailing content not separated by a ... or --- line';
	        doc.errors.push(new PlainValue.YAMLSyntaxError(node, msg));
	        break;
	      }
	      const res = resolveSeq.resolveNode(doc, node);
	      if (spaceBefore) {
	        res.spaceBefore = true;
	        spaceBefore = false;
	      }
	      body = res;
	    } else if (node.comment !== null) {
	      const cc = body === undefined ? comments.before : comments.after;
	      cc.push(node.comment);
	    } else if (node.type === PlainValue.Type.BLANK_LINE) {
	      spaceBefore = true;
	      if (body === undefined && comments.before.length > 0 && !doc.commentBefore) {
	        // space-separated comments at start are parsed as document comments
	        doc.commentBefore = comments.before.join('\n');
	        comments.before = [];
	      }
	    }
	  }
	  doc.contents = body || null;
	  if (!body) {
	    doc.comment = comments.before.concat(comments.after).join('\n') || null;
	  } else {
	    const cb = comments.before.join('\n');
	    if (cb) {
	      const cbNode = body instanceof resolveSeq.Collection && body.items[0] ? body.items[0] : body;
	      cbNode.commentBefore = cbNode.commentBefore ? `${cb}\n${cbNode.commentBefore}` : cb;
	    }
	    doc.comment = comments.after.join('\n') || null;
	  }
	}

	function resolveTagDirective({
	  tagPrefixes
	}, directive) {
	  const [handle, prefix] = directive.parameters;
	  if (!handle || !prefix) {
	    const msg = 'Insufficient parameters given for %TAG directive';
	    throw new PlainValue.YAMLSemanticError(directive, msg);
	  }
	  if (tagPrefixes.some(p => p.handle === handle)) {
	    const msg = 'The %TAG directive must only be given at most once per handle in the same document.';
	    throw new PlainValue.YAMLSemanticError(directive, msg);
	  }
	  return {
	    handle,
	    prefix
	  };
	}
	function resolveYamlDirective(doc, directive) {
	  let [version] = directive.parameters;
	  if (directive.name === 'YAML:1.0') version = '1.0';
	  if (!version) {
	    const msg = 'Insufficient parameters given for %YAML directive';
	    throw new PlainValue.YAMLSemanticError(directive, msg);
	  }
	  if (!documentOptions[version]) {
	    const v0 = doc.version || doc.options.version;
	    const msg = `Document will be parsed as YAML ${v0} rather than YAML ${version}`;
	    doc.warnings.push(new PlainValue.YAMLWarning(directive, msg));
	  }
	  return version;
	}
	function parseDirectives(doc, directives, prevDoc) {
	  const directiveComments = [];
	  let hasDirectives = false;
	  for (const directive of directives) {
	    const {
	      comment,
	      name
	    } = directive;
	    switch (name) {
	      case 'TAG':
	        try {
	          doc.tagPrefixes.push(resolveTagDirective(doc, directive));
	        } catch (error) {
	          doc.errors.push(error);
	        }
	        hasDirectives = true;
	        break;
	      case 'YAML':
	      case 'YAML:1.0':
	        if (doc.version) {
	          const msg = 'The %YAML directive must only be given at most once per document.';
	          doc.errors.push(new PlainValue.YAMLSemanticError(directive, msg));
	        }
	        try {
	          doc.version = resolveYamlDirective(doc, directive);
	        } catch (error) {
	          doc.errors.push(error);
	        }
	        hasDirectives = true;
	        break;
	      default:
	        if (name) {
	          const msg = `YAML only supports %TAG and %YAML directives, and not %${name}`;
	          doc.warnings.push(new PlainValue.YAMLWarning(directive, msg));
	        }
	    }
	    if (comment) directiveComments.push(comment);
	  }
	  if (prevDoc && !hasDirectives && '1.1' === (doc.version || prevDoc.version || doc.options.version)) {
	    const copyTagPrefix = ({
	      handle,
	      prefix
	    }) => ({
	      handle,
	      prefix
	    });
	    doc.tagPrefixes = prevDoc.tagPrefixes.map(copyTagPrefix);
	    doc.version = prevDoc.version;
	  }
	  doc.commentBefore = directiveComments.join('\n') || null;
	}

	function assertCollection(contents) {
	  if (contents instanceof resolveSeq.Collection) return true;
	  throw new Error('Expected a YAML collection as document contents');
	}
	class Document {
	  constructor(options) {
	    this.anchors = new Anchors(options.anchorPrefix);
	    this.commentBefore = null;
	    this.comment = null;
	    this.contents = null;
	    this.directivesEndMarker = null;
	    this.errors = [];
	    this.options = options;
	    this.schema = null;
	    this.tagPrefixes = [];
	    this.version = null;
	    this.warnings = [];
	  }
	  add(value) {
	    assertCollection(this.contents);
	    return this.contents.add(value);
	  }
	  addIn(path, value) {
	    assertCollection(this.contents);
	    this.contents.addIn(path, value);
	  }
	  delete(key) {
	    assertCollection(this.contents);
	    return this.contents.delete(key);
	  }
	  deleteIn(path) {
	    if (resolveSeq.isEmptyPath(path)) {
	      if (this.contents == null) return false;
	      this.contents = null;
	      return true;
	    }
	    assertCollection(this.contents);
	    return this.contents.deleteIn(path);
	  }
	  getDefaults() {
	    return Document.defaults[this.version] || Document.defaults[this.options.version] || {};
	  }
	  get(key, keepScalar) {
	    return this.contents instanceof resolveSeq.Collection ? this.contents.get(key, keepScalar) : undefined;
	  }
	  getIn(path, keepScalar) {
	    if (resolveSeq.isEmptyPath(path)) return !keepScalar && this.contents instanceof resolveSeq.Scalar ? this.contents.value : this.contents;
	    return this.contents instanceof resolveSeq.Collection ? this.contents.getIn(path, keepScalar) : undefined;
	  }
	  has(key) {
	    return this.contents instanceof resolveSeq.Collection ? this.contents.has(key) : false;
	  }
	  hasIn(path) {
	    if (resolveSeq.isEmptyPath(path)) return this.contents !== undefined;
	    return this.contents instanceof resolveSeq.Collection ? this.contents.hasIn(path) : false;
	  }
	  set(key, value) {
	    assertCollection(this.contents);
	    this.contents.set(key, value);
	  }
	  setIn(path, value) {
	    if (resolveSeq.isEmptyPath(path)) this.contents = value;else {
	      assertCollection(this.contents);
	      this.contents.setIn(path, value);
	    }
	  }
	  setSchema(id, customTags) {
	    if (!id && !customTags && this.schema) return;
	    if (typeof id === 'number') id = id.toFixed(1);
	    if (id === '1.0' || id === '1.1' || id === '1.2') {
	      if (this.version) this.version = id;else this.options.version = id;
	      delete this.options.schema;
	    } else if (id && typeof id === 'string') {
	      this.options.schema = id;
	    }
	    if (Array.isArray(customTags)) this.options.customTags = customTags;
	    const opt = Object.assign({}, this.getDefaults(), this.options);
	    this.schema = new Schema.Schema(opt);
	  }
	  parse(node, prevDoc) {
	    if (this.options.keepCstNodes) this.cstNode = node;
	    if (this.options.keepNodeTypes) this.type = 'DOCUMENT';
	    const {
	      directives = [],
	      contents = [],
	      directivesEndMarker,
	      error,
	      valueRange
	    } = node;
	    if (error) {
	      if (!error.source) error.source = this;
	      this.errors.push(error);
	    }
	    parseDirectives(this, directives, prevDoc);
	    if (directivesEndMarker) this.directivesEndMarker = true;
	    this.range = valueRange ? [valueRange.start, valueRange.end] : null;
	    this.setSchema();
	    this.anchors._cstAliases = [];
	    parseContents(this, contents);
	    this.anchors.resolveNodes();
	    if (this.options.prettyErrors) {
	      for (const error of this.errors) if (error instanceof PlainValue.YAMLError) error.makePretty();
	      for (const warn of this.warnings) if (warn instanceof PlainValue.YAMLError) warn.makePretty();
	    }
	    return this;
	  }
	  listNonDefaultTags() {
	    return listTagNames(this.contents).filter(t => t.indexOf(Schema.Schema.defaultPrefix) !== 0);
	  }
	  setTagPrefix(handle, prefix) {
	    if (handle[0] !== '!' || handle[handle.length - 1] !== '!') throw new Error('Handle must start and end with !');
	    if (prefix) {
	      const prev = this.tagPrefixes.find(p => p.handle === handle);
	      if (prev) prev.prefix = prefix;else this.tagPrefixes.push({
	        handle,
	        prefix
	      });
	    } else {
	      this.tagPrefixes = this.tagPrefixes.filter(p => p.handle !== handle);
	    }
	  }
	  toJSON(arg, onAnchor) {
	    const {
	      keepBlobsInJSON,
	      mapAsMap,
	      maxAliasCount
	    } = this.options;
	    const keep = keepBlobsInJSON && (typeof arg !== 'string' || !(this.contents instanceof resolveSeq.Scalar));
	    const ctx = {
	      doc: this,
	      indentStep: '  ',
	      keep,
	      mapAsMap: keep && !!mapAsMap,
	      maxAliasCount,
	      stringify // Requiring directly in Pair would create circular dependencies
	    };
	    const anchorNames = Object.keys(this.anchors.map);
	    if (anchorNames.length > 0) ctx.anchors = new Map(anchorNames.map(name => [this.anchors.map[name], {
	      alias: [],
	      aliasCount: 0,
	      count: 1
	    }]));
	    const res = resolveSeq.toJSON(this.contents, arg, ctx);
	    if (typeof onAnchor === 'function' && ctx.anchors) for (const {
	      count,
	      res
	    } of ctx.anchors.values()) onAnchor(res, count);
	    return res;
	  }
	  toString() {
	    if (this.errors.length > 0) throw new Error('Document with errors cannot be stringified');
	    const indentSize = this.options.indent;
	    if (!Number.isInteger(indentSize) || indentSize <= 0) {
	      const s = JSON.stringify(indentSize);
	      throw new Error(`"indent" option must be a positive integer, not ${s}`);
	    }
	    this.setSchema();
	    const lines = [];
	    let hasDirectives = false;
	    if (this.version) {
	      let vd = '%YAML 1.2';
	      if (this.schema.name === 'yaml-1.1') {
	        if (this.version === '1.0') vd = '%YAML:1.0';else if (this.version === '1.1') vd = '%YAML 1.1';
	      }
	      lines.push(vd);
	      hasDirectives = true;
	    }
	    const tagNames = this.listNonDefaultTags();
	    this.tagPrefixes.forEach(({
	      handle,
	      prefix
	    }) => {
	      if (tagNames.some(t => t.indexOf(prefix) === 0)) {
	        lines.push(`%TAG ${handle} ${prefix}`);
	        hasDirectives = true;
	      }
	    });
	    if (hasDirectives || this.directivesEndMarker) lines.push('---');
	    if (this.commentBefore) {
	      if (hasDirectives || !this.directivesEndMarker) lines.unshift('');
	      lines.unshift(this.commentBefore.replace(/^/gm, '#'));
	    }
	    const ctx = {
	      anchors: Object.create(null),
	      doc: this,
	      indent: '',
	      indentStep: ' '.repeat(indentSize),
	      stringify // Requiring directly in nodes would create circular dependencies
	    };
	    let chompKeep = false;
	    let contentComment = null;
	    if (this.contents) {
	      if (this.contents instanceof resolveSeq.Node) {
	        if (this.contents.spaceBefore && (hasDirectives || this.directivesEndMarker)) lines.push('');
	        if (this.contents.commentBefore) lines.push(this.contents.commentBefore.replace(/^/gm, '#'));
	        // top-level block scalars need to be indented if followed by a comment
	        ctx.forceBlockIndent = !!this.comment;
	        contentComment = this.contents.comment;
	      }
	      const onChompKeep = contentComment ? null : () => chompKeep = true;
	      const body = stringify(this.contents, ctx, () => contentComment = null, onChompKeep);
	      lines.push(resolveSeq.addComment(body, '', contentComment));
	    } else if (this.contents !== undefined) {
	      lines.push(stringify(this.contents, ctx));
	    }
	    if (this.comment) {
	      if ((!chompKeep || contentComment) && lines[lines.length - 1] !== '') lines.push('');
	      lines.push(this.comment.replace(/^/gm, '#'));
	    }
	    return lines.join('\n') + '\n';
	  }
	}
	PlainValue._defineProperty(Document, "defaults", documentOptions);

	DocumentA8d0fbf9.Document = Document;
	DocumentA8d0fbf9.defaultOptions = defaultOptions;
	DocumentA8d0fbf9.scalarOptions = scalarOptions;
	return DocumentA8d0fbf9;
}

var hasRequiredDist;

function requireDist () {
	if (hasRequiredDist) return dist;
	hasRequiredDist = 1;

	var parseCst = requireParseCst();
	var Document$1 = requireDocumentA8d0fbf9();
	var Schema = requireSchemaBcc6c2d7();
	var PlainValue = requirePlainValue516d5bc2();
	var warnings = requireWarnings793925ce();
	requireResolveSeq95613e94();

	function createNode(value, wrapScalars = true, tag) {
	  if (tag === undefined && typeof wrapScalars === 'string') {
	    tag = wrapScalars;
	    wrapScalars = true;
	  }
	  const options = Object.assign({}, Document$1.Document.defaults[Document$1.defaultOptions.version], Document$1.defaultOptions);
	  const schema = new Schema.Schema(options);
	  return schema.createNode(value, wrapScalars, tag);
	}
	class Document extends Document$1.Document {
	  constructor(options) {
	    super(Object.assign({}, Document$1.defaultOptions, options));
	  }
	}
	function parseAllDocuments(src, options) {
	  const stream = [];
	  let prev;
	  for (const cstDoc of parseCst.parse(src)) {
	    const doc = new Document(options);
	    doc.parse(cstDoc, prev);
	    stream.push(doc);
	    prev = doc;
	  }
	  return stream;
	}
	function parseDocument(src, options) {
	  const cst = parseCst.parse(src);
	  const doc = new Document(options).parse(cst[0]);
	  if (cst.length > 1) {
	    const errMsg = 'Source contains multiple documents; please use YAML.parseAllDocuments()';
	    doc.errors.unshift(new PlainValue.YAMLSemanticError(cst[1], errMsg));
	  }
	  return doc;
	}
	function parse(src, options) {
	  const doc = parseDocument(src, options);
	  doc.warnings.forEach(warning => warnings.warn(warning));
	  if (doc.errors.length > 0) throw doc.errors[0];
	  return doc.toJSON();
	}
	function stringify(value, options) {
	  const doc = new Document(options);
	  doc.contents = value;
	  return String(doc);
	}
	const YAML = {
	  createNode,
	  defaultOptions: Document$1.defaultOptions,
	  Document,
	  parse,
	  parseAllDocuments,
	  parseCST: parseCst.parse,
	  parseDocument,
	  scalarOptions: Document$1.scalarOptions,
	  stringify
	};

	dist.YAML = YAML;
	return dist;
}

var yaml;
var hasRequiredYaml$1;

function requireYaml$1 () {
	if (hasRequiredYaml$1) return yaml;
	hasRequiredYaml$1 = 1;
	yaml = requireDist().YAML;
	return yaml;
}

var yaml_1;
var hasRequiredYaml;

function requireYaml () {
	if (hasRequiredYaml) return yaml_1;
	hasRequiredYaml = 1;
	let loaded;
	const yaml = { parse: (s) => (loaded ??= requireYaml$1()).parse(s), stringify: (d) => (loaded ??= requireYaml$1()).stringify(d) };

	// see: https://eemeli.org/yaml/v1/#errors
	const errors = new Set([
	  "YAMLReferenceError",
	  "YAMLSemanticError",
	  "YAMLSyntaxError",
	  "YAMLWarning",
	]);

	function parse(str) {
	  if (typeof str !== "string") {
	    return { ok: false, result: undefined };
	  }

	  const YAML_SILENCE_WARNINGS_CACHED = commonjsGlobal.YAML_SILENCE_WARNINGS;
	  try {
	    // see: https://eemeli.org/yaml/v1/#silencing-warnings
	    commonjsGlobal.YAML_SILENCE_WARNINGS = true;
	    return { ok: true, result: yaml.parse(str) };
	  } catch (err) {
	    // Ignore parser errors.
	    if (err && errors.has(err.name)) {
	      return { ok: false, result: undefined };
	    }
	    throw err;
	  } finally {
	    commonjsGlobal.YAML_SILENCE_WARNINGS = YAML_SILENCE_WARNINGS_CACHED;
	  }
	}

	yaml_1 = {
	  // is_valid is expected to return nothing if input is invalid otherwise
	  // true/false for it being valid YAML.
	  "yaml.is_valid": (str) => typeof str === "string" ? parse(str).ok : undefined,
	  "yaml.marshal": (data) => yaml.stringify(data),
	  "yaml.unmarshal": (str) => parse(str).result,
	};
	return yaml_1;
}

var builtins;
var hasRequiredBuiltins;

function requireBuiltins () {
	if (hasRequiredBuiltins) return builtins;
	hasRequiredBuiltins = 1;
	const json = requireJson();
	const strings = requireStrings();
	const regex = requireRegex();
	const yaml = requireYaml();

	builtins = {
	  ...json,
	  ...strings,
	  ...regex,
	  ...yaml,
	};
	return builtins;
}

var opa$1;
var hasRequiredOpa;

function requireOpa () {
	if (hasRequiredOpa) return opa$1;
	hasRequiredOpa = 1;
	// Copyright 2018 The OPA Authors.  All rights reserved.
	// Use of this source code is governed by an Apache2
	// license that can be found in the LICENSE file.
	const builtIns = requireBuiltins();

	/**
	 * @param {WebAssembly.Memory} mem
	 */
	function stringDecoder(mem) {
	  return function (addr) {
	    const i8 = new Int8Array(mem.buffer);
	    let s = "";
	    while (i8[addr] !== 0) {
	      s += String.fromCharCode(i8[addr++]);
	    }
	    return s;
	  };
	}

	/**
	 * Stringifies and loads an object into OPA's Memory
	 * @param {WebAssembly.Instance} wasmInstance
	 * @param {WebAssembly.Memory} memory
	 * @param {any | ArrayBuffer} value data as `object`, literal primitive or ArrayBuffer (last is assumed to be a well-formed stringified JSON)
	 * @returns {number}
	 */
	function _loadJSON(wasmInstance, memory, value) {
	  if (value === undefined) {
	    return 0;
	  }

	  let valueBuf;
	  if (value instanceof ArrayBuffer) {
	    valueBuf = new Uint8Array(value);
	  } else {
	    const valueAsText = JSON.stringify(value);
	    valueBuf = new TextEncoder().encode(valueAsText);
	  }

	  const valueBufLen = valueBuf.byteLength;
	  const rawAddr = wasmInstance.exports.opa_malloc(valueBufLen);
	  const memoryBuffer = new Uint8Array(memory.buffer);
	  memoryBuffer.set(valueBuf, rawAddr);

	  const parsedAddr = wasmInstance.exports.opa_json_parse(rawAddr, valueBufLen);

	  if (parsedAddr === 0) {
	    throw "failed to parse json value";
	  }
	  return parsedAddr;
	}

	/**
	 * Dumps and parses a JSON object from OPA's Memory
	 * @param {WebAssembly.Instance} wasmInstance
	 * @param {WebAssembly.Memory} memory
	 * @param {number} addr
	 * @returns {object}
	 */
	function _dumpJSON(wasmInstance, memory, addr) {
	  const rawAddr = wasmInstance.exports.opa_json_dump(addr);
	  return _dumpJSONRaw(memory, rawAddr);
	}

	/**
	 * Parses a JSON object from wasm instance's memory
	 * @param {WebAssembly.Memory} memory
	 * @param {number} addr
	 * @returns {object}
	 */
	function _dumpJSONRaw(memory, addr) {
	  const buf = new Uint8Array(memory.buffer);

	  let idx = addr;

	  while (buf[idx] !== 0) {
	    idx++;
	  }

	  const utf8View = new Uint8Array(memory.buffer, addr, idx - addr);
	  const jsonAsText = new TextDecoder().decode(utf8View);

	  return JSON.parse(jsonAsText);
	}

	const builtinFuncs = builtIns;

	/**
	 * _builtinCall dispatches the built-in function. The built-in function
	 * arguments are loaded from Wasm and back in using JSON serialization.
	 * @param {WebAssembly.Instance} wasmInstance
	 * @param {WebAssembly.Memory} memory
	 * @param {{ [builtinId: number]: string }} builtins
	 * @param {{ [builtinName: string]: Function }} customBuiltins
	 * @param {string} builtin_id
	 */
	function _builtinCall(
	  wasmInstance,
	  memory,
	  builtins,
	  customBuiltins,
	  builtinId,
	) {
	  const builtInName = builtins[builtinId];
	  const impl = builtinFuncs[builtInName] || customBuiltins[builtInName];

	  if (impl === undefined) {
	    throw {
	      message: "not implemented: built-in function " +
	        builtinId +
	        ": " +
	        builtins[builtinId],
	    };
	  }

	  const argArray = Array.prototype.slice.apply(arguments);
	  const args = [];

	  for (let i = 5; i < argArray.length; i++) {
	    const jsArg = _dumpJSON(wasmInstance, memory, argArray[i]);
	    args.push(jsArg);
	  }

	  const result = impl(...args);

	  return _loadJSON(wasmInstance, memory, result);
	}

	/**
	 * _importObject builds the WebAssembly.Imports
	 * @param {Object} env
	 * @param {WebAssembly.Memory} memory
	 * @param {{ [builtinName: string]: Function }} customBuiltins
	 * @returns {WebAssembly.Imports}
	 */
	function _importObject(env, memory, customBuiltins) {
	  const addr2string = stringDecoder(memory);

	  return {
	    env: {
	      memory,
	      opa_abort: function (addr) {
	        throw addr2string(addr);
	      },
	      opa_println: function (addr) {
	        console.log(addr2string(addr));
	      },
	      opa_builtin0: function (builtinId, _ctx) {
	        return _builtinCall(
	          env.instance,
	          memory,
	          env.builtins,
	          customBuiltins,
	          builtinId,
	        );
	      },
	      opa_builtin1: function (builtinId, _ctx, arg1) {
	        return _builtinCall(
	          env.instance,
	          memory,
	          env.builtins,
	          customBuiltins,
	          builtinId,
	          arg1,
	        );
	      },
	      opa_builtin2: function (builtinId, _ctx, arg1, arg2) {
	        return _builtinCall(
	          env.instance,
	          memory,
	          env.builtins,
	          customBuiltins,
	          builtinId,
	          arg1,
	          arg2,
	        );
	      },
	      opa_builtin3: function (builtinId, _ctx, arg1, arg2, arg3) {
	        return _builtinCall(
	          env.instance,
	          memory,
	          env.builtins,
	          customBuiltins,
	          builtinId,
	          arg1,
	          arg2,
	          arg3,
	        );
	      },
	      opa_builtin4: function (builtinId, _ctx, arg1, arg2, arg3, arg4) {
	        return _builtinCall(
	          env.instance,
	          memory,
	          env.builtins,
	          customBuiltins,
	          builtinId,
	          arg1,
	          arg2,
	          arg3,
	          arg4,
	        );
	      },
	    },
	  };
	}

	/**
	 * _preparePolicy checks the ABI version and loads the built-in functions
	 * @param {Object} env
	 * @param {WebAssembly.WebAssemblyInstantiatedSource | WebAssembly.Instance} wasm
	 * @param {WebAssembly.Memory} memory
	 * @returns { policy: WebAssembly.WebAssemblyInstantiatedSource | WebAssembly.Instance, minorVersion: number }}
	 */
	function _preparePolicy(env, wasm, memory) {
	  env.instance = wasm.instance ? wasm.instance : wasm;

	  // Note: On Node 10.x this value is a number on Node 12.x and up it is
	  // an object with numberic `value` property.
	  const abiVersionGlobal = env.instance.exports.opa_wasm_abi_version;
	  if (abiVersionGlobal !== undefined) {
	    const abiVersion = typeof abiVersionGlobal === "number"
	      ? abiVersionGlobal
	      : abiVersionGlobal.value;
	    if (abiVersion !== 1) {
	      throw `unsupported ABI version ${abiVersion}`;
	    }
	  } else {
	    console.error("opa_wasm_abi_version undefined"); // logs to stderr
	  }

	  const abiMinorVersionGlobal = env.instance.exports.opa_wasm_abi_minor_version;
	  let abiMinorVersion;
	  if (abiMinorVersionGlobal !== undefined) {
	    abiMinorVersion = typeof abiMinorVersionGlobal === "number"
	      ? abiMinorVersionGlobal
	      : abiMinorVersionGlobal.value;
	  } else {
	    console.error("opa_wasm_abi_minor_version undefined");
	  }

	  const builtins = _dumpJSON(
	    env.instance,
	    memory,
	    env.instance.exports.builtins(),
	  );

	  /** @type {typeof builtIns} */
	  env.builtins = {};

	  for (const key of Object.keys(builtins)) {
	    env.builtins[builtins[key]] = key;
	  }

	  return { policy: wasm, minorVersion: abiMinorVersion };
	}

	/**
	 * _loadPolicy can take in either an ArrayBuffer or WebAssembly.Module
	 * as its first argument, a WebAssembly.Memory for the second parameter,
	 * and an object mapping string names to additional builtin functions for
	 * the third parameter.
	 * It will return a Promise, depending on the input type the promise
	 * resolves to both a compiled WebAssembly.Module and its first WebAssembly.Instance
	 * or to the WebAssemblyInstance.
	 * @param {BufferSource | WebAssembly.Module | Response | Promise<Response>} policyWasm
	 * @param {WebAssembly.Memory} memory
	 * @param {{ [builtinName: string]: Function }} customBuiltins
	 * @returns {Promise<{ policy: WebAssembly.WebAssemblyInstantiatedSource | WebAssembly.Instance, minorVersion: number }>}
	 */
	async function _loadPolicy(policyWasm, memory, customBuiltins) {
	  const env = {};

	  const isStreaming = policyWasm instanceof Response ||
	    policyWasm instanceof Promise;

	  const importObject = _importObject(env, memory, customBuiltins);

	  const wasm =
	    await (isStreaming
	      ? WebAssembly.instantiateStreaming(policyWasm, importObject)
	      : WebAssembly.instantiate(policyWasm, importObject));

	  return _preparePolicy(env, wasm, memory);
	}

	/**
	 * _loadPolicySync can take in either an ArrayBuffer or WebAssembly.Module
	 * as its first argument, a WebAssembly.Memory for the second parameter,
	 * and an object mapping string names to additional builtin functions for
	 * the third parameter.
	 * It will return a compiled WebAssembly.Module and its first WebAssembly.Instance.
	 * @param {BufferSource | WebAssembly.Module} policyWasm
	 * @param {WebAssembly.Memory} memory
	 * @param {{ [builtinName: string]: Function }} customBuiltins
	 * @returns {Promise<{ policy: WebAssembly.Instance, minorVersion: number }>}
	 */
	function _loadPolicySync(policyWasm, memory, customBuiltins) {
	  const env = {};

	  if (
	    policyWasm instanceof ArrayBuffer ||
	    policyWasm.buffer instanceof ArrayBuffer
	  ) {
	    policyWasm = new WebAssembly.Module(policyWasm);
	  }

	  const wasm = new WebAssembly.Instance(
	    policyWasm,
	    _importObject(env, memory, customBuiltins),
	  );

	  return _preparePolicy(env, wasm, memory);
	}

	/**
	 * LoadedPolicy is a wrapper around a WebAssembly.Instance and WebAssembly.Memory
	 * for a compiled Rego policy. There are helpers to run the wasm instance and
	 * handle the output from the policy wasm.
	 */
	class LoadedPolicy {
	  /**
	   * Loads and initializes a compiled Rego policy.
	   * @param {WebAssembly.WebAssemblyInstantiatedSource} policy
	   * @param {WebAssembly.Memory} memory
	   */
	  constructor(policy, memory, minorVersion) {
	    this.minorVersion = minorVersion;
	    this.mem = memory;

	    // Depending on how the wasm was instantiated "policy" might be a
	    // WebAssembly Instance or be a wrapper around the Module and
	    // Instance. We only care about the Instance.
	    this.wasmInstance = policy.instance ? policy.instance : policy;

	    this.dataAddr = _loadJSON(this.wasmInstance, this.mem, {});
	    this.baseHeapPtr = this.wasmInstance.exports.opa_heap_ptr_get();
	    this.dataHeapPtr = this.baseHeapPtr;
	    this.entrypoints = _dumpJSON(
	      this.wasmInstance,
	      this.mem,
	      this.wasmInstance.exports.entrypoints(),
	    );
	  }

	  /**
	   * Evaluates the loaded policy with the given input and
	   * return the result set. This should be re-used for multiple evaluations
	   * of the same policy with different inputs.
	   *
	   * To call a non-default entrypoint in your WASM specify it as the second
	   * param. A list of entrypoints can be accessed with the `this.entrypoints`
	   * property.
	   * @param {any | ArrayBuffer} input input to be evaluated in form of `object`, literal primitive or ArrayBuffer (last is assumed to be a well-formed stringified JSON)
	   * @param {number | string} entrypoint ID or name of the entrypoint to call (optional)
	   */
	  evaluate(input, entrypoint = 0) {
	    // determine entrypoint ID
	    if (typeof entrypoint === "number") ; else if (typeof entrypoint === "string") {
	      if (Object.prototype.hasOwnProperty.call(this.entrypoints, entrypoint)) {
	        entrypoint = this.entrypoints[entrypoint];
	      } else {
	        throw `entrypoint ${entrypoint} is not valid in this instance`;
	      }
	    } else {
	      throw `entrypoint value is an invalid type, must be either string or number`;
	    }

	    // ABI 1.2 fastpath
	    if (this.minorVersion >= 2) {
	      // write input into memory, adjust heap pointer
	      let inputBuf = null;
	      let inputLen = 0;
	      let inputAddr = 0;
	      if (input) {
	        if (input instanceof ArrayBuffer) {
	          inputBuf = new Uint8Array(input);
	        } else {
	          const inputAsText = JSON.stringify(input);
	          inputBuf = new TextEncoder().encode(inputAsText);
	        }

	        inputAddr = this.dataHeapPtr;
	        inputLen = inputBuf.byteLength;
	        const delta = inputAddr + inputLen - this.mem.buffer.byteLength;
	        if (delta > 0) {
	          const pages = roundup(delta);
	          this.mem.grow(pages);
	        }
	        const buf = new Uint8Array(this.mem.buffer);
	        buf.set(inputBuf, this.dataHeapPtr);
	      }

	      // opa_eval will update the Instance heap pointer to the value below
	      const heapPtr = this.dataHeapPtr + inputLen;

	      const ret = this.wasmInstance.exports.opa_eval(
	        0,
	        entrypoint,
	        this.dataAddr,
	        inputAddr,
	        inputLen,
	        heapPtr,
	        0,
	      );
	      return _dumpJSONRaw(this.mem, ret);
	    }

	    // Reset the heap pointer before each evaluation
	    this.wasmInstance.exports.opa_heap_ptr_set(this.dataHeapPtr);

	    // Load the input data
	    const inputAddr = _loadJSON(this.wasmInstance, this.mem, input);

	    // Setup the evaluation context
	    const ctxAddr = this.wasmInstance.exports.opa_eval_ctx_new();
	    this.wasmInstance.exports.opa_eval_ctx_set_input(ctxAddr, inputAddr);
	    this.wasmInstance.exports.opa_eval_ctx_set_data(ctxAddr, this.dataAddr);
	    this.wasmInstance.exports.opa_eval_ctx_set_entrypoint(ctxAddr, entrypoint);

	    // Actually evaluate the policy
	    this.wasmInstance.exports.eval(ctxAddr);

	    // Retrieve the result
	    const resultAddr = this.wasmInstance.exports.opa_eval_ctx_get_result(
	      ctxAddr,
	    );
	    return _dumpJSON(this.wasmInstance, this.mem, resultAddr);
	  }

	  /**
	   * evalBool will evaluate the policy and return a boolean answer
	   * depending on the return code from the policy evaluation.
	   * @deprecated Use `evaluate` instead.
	   * @param {object} input
	   */
	  evalBool(input) {
	    const rs = this.evaluate(input);
	    return rs && rs.length === 1 && rs[0] === true;
	  }

	  /**
	   * Loads data for use in subsequent evaluations.
	   * @param {object | ArrayBuffer} data  data in form of `object` or ArrayBuffer (last is assumed to be a well-formed stringified JSON)
	   */
	  setData(data) {
	    this.wasmInstance.exports.opa_heap_ptr_set(this.baseHeapPtr);
	    this.dataAddr = _loadJSON(this.wasmInstance, this.mem, data);
	    this.dataHeapPtr = this.wasmInstance.exports.opa_heap_ptr_get();
	  }
	}

	function roundup(bytes) {
	  const pageSize = 64 * 1024;
	  return Math.ceil(bytes / pageSize);
	}

	opa$1 = {
	  /**
	   * Takes in either an ArrayBuffer or WebAssembly.Module
	   * and will return a Promise of a LoadedPolicy object which
	   * can be used to evaluate the policy.
	   *
	   * To set custom memory size specify number of memory pages
	   * as second param.
	   * Defaults to 5 pages (320KB).
	   * @param {BufferSource | WebAssembly.Module | Response | Promise<Response>} regoWasm
	   * @param {number | WebAssembly.MemoryDescriptor} memoryDescriptor For backwards-compatibility, a 'number' argument is taken to be the initial memory size.
	   * @param {{ [builtinName: string]: Function }} customBuiltins A map from string names to builtin functions
	   * @returns {Promise<LoadedPolicy>}
	   */
	  async loadPolicy(regoWasm, memoryDescriptor = {}, customBuiltins = {}) {
	    // back-compat, second arg used to be a number: 'memorySize', with default of 5
	    if (typeof memoryDescriptor === "number") {
	      memoryDescriptor = { initial: memoryDescriptor };
	    }
	    memoryDescriptor.initial = memoryDescriptor.initial || 5;

	    const memory = new WebAssembly.Memory(memoryDescriptor);
	    const { policy, minorVersion } = await _loadPolicy(
	      regoWasm,
	      memory,
	      customBuiltins,
	    );
	    return new LoadedPolicy(policy, memory, minorVersion);
	  },

	  /**
	   * Takes in either an ArrayBuffer or WebAssembly.Module
	   * and will return a LoadedPolicy object which can be
	   * used to evaluate the policy.
	   *
	   * This cannot be used from the main thread in a browser.
	   * You must use the `loadPolicy` function instead, or call
	   * from a worker thread.
	   *
	   * To set custom memory size specify number of memory pages
	   * as second param.
	   * Defaults to 5 pages (320KB).
	   * @param {BufferSource | WebAssembly.Module} regoWasm
	   * @param {number | WebAssembly.MemoryDescriptor} memoryDescriptor For backwards-compatibility, a 'number' argument is taken to be the initial memory size.
	   * @param {{ [builtinName: string]: Function }} customBuiltins A map from string names to builtin functions
	   * @returns {LoadedPolicy}
	   */
	  loadPolicySync(regoWasm, memoryDescriptor = {}, customBuiltins = {}) {
	    // back-compat, second arg used to be a number: 'memorySize', with default of 5
	    if (typeof memoryDescriptor === "number") {
	      memoryDescriptor = { initial: memoryDescriptor };
	    }
	    memoryDescriptor.initial = memoryDescriptor.initial || 5;

	    const memory = new WebAssembly.Memory(memoryDescriptor);
	    const { policy, minorVersion } = _loadPolicySync(
	      regoWasm,
	      memory,
	      customBuiltins,
	    );
	    return new LoadedPolicy(policy, memory, minorVersion);
	  },
	  LoadedPolicy,
	};
	return opa$1;
}

var opaExports = requireOpa();
var opa = /*@__PURE__*/getDefaultExportFromCjs(opaExports);

/**
 * @type {opa.loadPolicy}
 */
opa.loadPolicy;

const DECISION_ENTRYPOINT = 'update_gate/decision/result';
/**
 * What team packages contribute (team -> findings/violations/conditions/exclusions -> entries),
 * validated by the host against the schema's `customFinding` ... $defs. A replacement or a bare
 * module may have neither this nor EVALUATION_ENTRYPOINT (then nothing is checked). A policy
 * built by an earlier version to extend the built-in one has it beside the decision's.
 */
const CONTRIBUTIONS_ENTRYPOINT = 'update_gate/contract/contributions';
/**
 * `{contributions, result}`: the contributions and the decision from one evaluation, what the
 * host reads of a policy that extends the built-in one (and of the built-in one) when it has it.
 */
const EVALUATION_ENTRYPOINT = 'update_gate/contract/evaluation';

var debug_1;
var hasRequiredDebug;

function requireDebug () {
	if (hasRequiredDebug) return debug_1;
	hasRequiredDebug = 1;

	const debug = (
	  typeof process === 'object' &&
	  process.env &&
	  process.env.NODE_DEBUG &&
	  /\bsemver\b/i.test(process.env.NODE_DEBUG)
	) ? (...args) => console.error('SEMVER', ...args)
	  : () => {};

	debug_1 = debug;
	return debug_1;
}

var constants;
var hasRequiredConstants;

function requireConstants () {
	if (hasRequiredConstants) return constants;
	hasRequiredConstants = 1;

	// Note: this is the semver.org version of the spec that it implements
	// Not necessarily the package version of this code.
	const SEMVER_SPEC_VERSION = '2.0.0';

	const MAX_LENGTH = 256;
	const MAX_SAFE_INTEGER = Number.MAX_SAFE_INTEGER ||
	/* istanbul ignore next */ 9007199254740991;

	// Max safe segment length for coercion.
	const MAX_SAFE_COMPONENT_LENGTH = 16;

	// Max safe length for a build identifier. The max length minus 6 characters for
	// the shortest version with a build 0.0.0+BUILD.
	const MAX_SAFE_BUILD_LENGTH = MAX_LENGTH - 6;

	// ECMAScript whitespace and line terminators matched by \s.
	const WHITESPACE_CHARACTERS = [
	  '\t',
	  '\n',
	  '\v',
	  '\f',
	  '\r',
	  ' ',
	  '\u00a0',
	  '\u1680',
	  '\u2000',
	  '\u2001',
	  '\u2002',
	  '\u2003',
	  '\u2004',
	  '\u2005',
	  '\u2006',
	  '\u2007',
	  '\u2008',
	  '\u2009',
	  '\u200a',
	  '\u2028',
	  '\u2029',
	  '\u202f',
	  '\u205f',
	  '\u3000',
	  '\ufeff',
	];

	const RELEASE_TYPES = [
	  'major',
	  'premajor',
	  'minor',
	  'preminor',
	  'patch',
	  'prepatch',
	  'prerelease',
	];

	constants = {
	  MAX_LENGTH,
	  MAX_SAFE_COMPONENT_LENGTH,
	  MAX_SAFE_BUILD_LENGTH,
	  MAX_SAFE_INTEGER,
	  WHITESPACE_CHARACTERS,
	  RELEASE_TYPES,
	  SEMVER_SPEC_VERSION,
	  FLAG_INCLUDE_PRERELEASE: 0b001,
	  FLAG_LOOSE: 0b010,
	};
	return constants;
}

var re = {exports: {}};

var hasRequiredRe;

function requireRe () {
	if (hasRequiredRe) return re.exports;
	hasRequiredRe = 1;
	(function (module, exports) {

		const {
		  MAX_SAFE_COMPONENT_LENGTH,
		  MAX_SAFE_BUILD_LENGTH,
		  MAX_LENGTH,
		} = requireConstants();
		const debug = requireDebug();
		exports = module.exports = {};

		// The actual regexps go on exports.re
		const re = exports.re = [];
		const safeRe = exports.safeRe = [];
		const src = exports.src = [];
		const safeSrc = exports.safeSrc = [];
		const t = exports.t = {};
		let R = 0;

		const LETTERDASHNUMBER = '[a-zA-Z0-9-]';

		// Replace some greedy regex tokens to prevent regex dos issues. These regex are
		// used internally via the safeRe object since all inputs in this library get
		// normalized first to trim and collapse all extra whitespace. The original
		// regexes are exported for userland consumption and lower level usage. A
		// future breaking change could export the safer regex only with a note that
		// all input should have extra whitespace removed.
		const safeRegexReplacements = [
		  ['\\s', 1],
		  ['\\d', MAX_LENGTH],
		  [LETTERDASHNUMBER, MAX_SAFE_BUILD_LENGTH],
		];

		const makeSafeRegex = (value) => {
		  for (const [token, max] of safeRegexReplacements) {
		    value = value
		      .split(`${token}*`).join(`${token}{0,${max}}`)
		      .split(`${token}+`).join(`${token}{1,${max}}`);
		  }
		  return value
		};

		const createToken = (name, value, isGlobal) => {
		  const safe = makeSafeRegex(value);
		  const index = R++;
		  debug(name, index, value);
		  t[name] = index;
		  src[index] = value;
		  safeSrc[index] = safe;
		  re[index] = new RegExp(value, isGlobal ? 'g' : undefined);
		  safeRe[index] = new RegExp(safe, isGlobal ? 'g' : undefined);
		};

		// The following Regular Expressions can be used for tokenizing,
		// validating, and parsing SemVer version strings.

		// ## Numeric Identifier
		// A single `0`, or a non-zero digit followed by zero or more digits.

		createToken('NUMERICIDENTIFIER', '0|[1-9]\\d*');
		createToken('NUMERICIDENTIFIERLOOSE', '\\d+');

		// ## Non-numeric Identifier
		// Zero or more digits, followed by a letter or hyphen, and then zero or
		// more letters, digits, or hyphens.

		createToken('NONNUMERICIDENTIFIER', `\\d*[a-zA-Z-]${LETTERDASHNUMBER}*`);

		// ## Main Version
		// Three dot-separated numeric identifiers.

		createToken('MAINVERSION', `(${src[t.NUMERICIDENTIFIER]})\\.` +
		                   `(${src[t.NUMERICIDENTIFIER]})\\.` +
		                   `(${src[t.NUMERICIDENTIFIER]})`);

		createToken('MAINVERSIONLOOSE', `(${src[t.NUMERICIDENTIFIERLOOSE]})\\.` +
		                        `(${src[t.NUMERICIDENTIFIERLOOSE]})\\.` +
		                        `(${src[t.NUMERICIDENTIFIERLOOSE]})`);

		// ## Pre-release Version Identifier
		// A numeric identifier, or a non-numeric identifier.
		// Non-numeric identifiers include numeric identifiers but can be longer.
		// Therefore non-numeric identifiers must go first.

		createToken('PRERELEASEIDENTIFIER', `(?:${src[t.NONNUMERICIDENTIFIER]
		}|${src[t.NUMERICIDENTIFIER]})`);

		createToken('PRERELEASEIDENTIFIERLOOSE', `(?:${src[t.NONNUMERICIDENTIFIER]
		}|${src[t.NUMERICIDENTIFIERLOOSE]})`);

		// ## Pre-release Version
		// Hyphen, followed by one or more dot-separated pre-release version
		// identifiers.

		createToken('PRERELEASE', `(?:-(${src[t.PRERELEASEIDENTIFIER]
		}(?:\\.${src[t.PRERELEASEIDENTIFIER]})*))`);

		createToken('PRERELEASELOOSE', `(?:-?(${src[t.PRERELEASEIDENTIFIERLOOSE]
		}(?:\\.${src[t.PRERELEASEIDENTIFIERLOOSE]})*))`);

		// ## Build Metadata Identifier
		// Any combination of digits, letters, or hyphens.

		createToken('BUILDIDENTIFIER', `${LETTERDASHNUMBER}+`);

		// ## Build Metadata
		// Plus sign, followed by one or more period-separated build metadata
		// identifiers.

		createToken('BUILD', `(?:\\+(${src[t.BUILDIDENTIFIER]
		}(?:\\.${src[t.BUILDIDENTIFIER]})*))`);

		// ## Full Version String
		// A main version, followed optionally by a pre-release version and
		// build metadata.

		// Note that the only major, minor, patch, and pre-release sections of
		// the version string are capturing groups.  The build metadata is not a
		// capturing group, because it should not ever be used in version
		// comparison.

		createToken('FULLPLAIN', `v?${src[t.MAINVERSION]
		}${src[t.PRERELEASE]}?${
		  src[t.BUILD]}?`);

		createToken('FULL', `^${src[t.FULLPLAIN]}$`);

		// like full, but allows v1.2.3 and =1.2.3, which people do sometimes.
		// also, 1.0.0alpha1 (prerelease without the hyphen) which is pretty
		// common in the npm registry.
		createToken('LOOSEPLAIN', `[v=\\s]*${src[t.MAINVERSIONLOOSE]
		}${src[t.PRERELEASELOOSE]}?${
		  src[t.BUILD]}?`);

		createToken('LOOSE', `^${src[t.LOOSEPLAIN]}$`);

		createToken('GTLT', '((?:<|>)?=?)');

		// Something like "2.*" or "1.2.x".
		// Note that "x.x" is a valid xRange identifier, meaning "any version"
		// Only the first item is strictly required.
		createToken('XRANGEIDENTIFIERLOOSE', `${src[t.NUMERICIDENTIFIERLOOSE]}|x|X|\\*`);
		createToken('XRANGEIDENTIFIER', `${src[t.NUMERICIDENTIFIER]}|x|X|\\*`);

		createToken('XRANGEPLAIN', `[v=\\s]*(${src[t.XRANGEIDENTIFIER]})` +
		                   `(?:\\.(${src[t.XRANGEIDENTIFIER]})` +
		                   `(?:\\.(${src[t.XRANGEIDENTIFIER]})` +
		                   `(?:${src[t.PRERELEASE]})?${
		                     src[t.BUILD]}?` +
		                   `)?)?`);

		createToken('XRANGEPLAINLOOSE', `[v=\\s]*(${src[t.XRANGEIDENTIFIERLOOSE]})` +
		                        `(?:\\.(${src[t.XRANGEIDENTIFIERLOOSE]})` +
		                        `(?:\\.(${src[t.XRANGEIDENTIFIERLOOSE]})` +
		                        `(?:${src[t.PRERELEASELOOSE]})?${
		                          src[t.BUILD]}?` +
		                        `)?)?`);

		createToken('XRANGE', `^${src[t.GTLT]}\\s*${src[t.XRANGEPLAIN]}$`);
		createToken('XRANGELOOSE', `^${src[t.GTLT]}\\s*${src[t.XRANGEPLAINLOOSE]}$`);

		// Coercion.
		// Extract anything that could conceivably be a part of a valid semver
		createToken('COERCEPLAIN', `${'(^|[^\\d])' +
		              '(\\d{1,'}${MAX_SAFE_COMPONENT_LENGTH}})` +
		              `(?:\\.(\\d{1,${MAX_SAFE_COMPONENT_LENGTH}}))?` +
		              `(?:\\.(\\d{1,${MAX_SAFE_COMPONENT_LENGTH}}))?`);
		createToken('COERCE', `${src[t.COERCEPLAIN]}(?:$|[^\\d])`);
		createToken('COERCEFULL', src[t.COERCEPLAIN] +
		              `(?:${src[t.PRERELEASE]})?` +
		              `(?:${src[t.BUILD]})?` +
		              `(?:$|[^\\d])`);
		createToken('COERCERTL', src[t.COERCE], true);
		createToken('COERCERTLFULL', src[t.COERCEFULL], true);

		// Tilde ranges.
		// Meaning is "reasonably at or greater than"
		createToken('LONETILDE', '(?:~>?)');

		createToken('TILDETRIM', `(\\s*)${src[t.LONETILDE]}\\s+`, true);
		exports.tildeTrimReplace = '$1~';

		createToken('TILDE', `^${src[t.LONETILDE]}${src[t.XRANGEPLAIN]}$`);
		createToken('TILDELOOSE', `^${src[t.LONETILDE]}${src[t.XRANGEPLAINLOOSE]}$`);

		// Caret ranges.
		// Meaning is "at least and backwards compatible with"
		createToken('LONECARET', '(?:\\^)');

		createToken('CARETTRIM', `(\\s*)${src[t.LONECARET]}\\s+`, true);
		exports.caretTrimReplace = '$1^';

		createToken('CARET', `^${src[t.LONECARET]}${src[t.XRANGEPLAIN]}$`);
		createToken('CARETLOOSE', `^${src[t.LONECARET]}${src[t.XRANGEPLAINLOOSE]}$`);

		// A simple gt/lt/eq thing, or just "" to indicate "any version"
		createToken('COMPARATORLOOSE', `^${src[t.GTLT]}\\s*(${src[t.LOOSEPLAIN]})$|^$`);
		createToken('COMPARATOR', `^${src[t.GTLT]}\\s*(${src[t.FULLPLAIN]})$|^$`);

		// An expression to strip any whitespace between the gtlt and the thing
		// it modifies, so that `> 1.2.3` ==> `>1.2.3`
		createToken('COMPARATORTRIM', `(\\s*)${src[t.GTLT]
		}\\s*(${src[t.LOOSEPLAIN]}|${src[t.XRANGEPLAIN]})`, true);
		exports.comparatorTrimReplace = '$1$2$3';

		// Something like `1.2.3 - 1.2.4`
		// Note that these all use the loose form, because they'll be
		// checked against either the strict or loose comparator form
		// later.
		createToken('HYPHENRANGE', `^\\s*(${src[t.XRANGEPLAIN]})` +
		                   `\\s+-\\s+` +
		                   `(${src[t.XRANGEPLAIN]})` +
		                   `\\s*$`);

		createToken('HYPHENRANGELOOSE', `^\\s*(${src[t.XRANGEPLAINLOOSE]})` +
		                        `\\s+-\\s+` +
		                        `(${src[t.XRANGEPLAINLOOSE]})` +
		                        `\\s*$`);

		// Star ranges basically just allow anything at all.
		createToken('STAR', '(<|>)?=?\\s*\\*');
		// >=0.0.0 is like a star
		createToken('GTE0', '^\\s*>=\\s*0\\.0\\.0\\s*$');
		createToken('GTE0PRE', '^\\s*>=\\s*0\\.0\\.0-0\\s*$'); 
	} (re, re.exports));
	return re.exports;
}

var parseOptions_1;
var hasRequiredParseOptions;

function requireParseOptions () {
	if (hasRequiredParseOptions) return parseOptions_1;
	hasRequiredParseOptions = 1;

	// parse out just the options we care about
	const looseOption = Object.freeze({ loose: true });
	const emptyOpts = Object.freeze({ });
	const parseOptions = options => {
	  if (!options) {
	    return emptyOpts
	  }

	  if (typeof options !== 'object') {
	    return looseOption
	  }

	  return options
	};
	parseOptions_1 = parseOptions;
	return parseOptions_1;
}

var identifiers;
var hasRequiredIdentifiers;

function requireIdentifiers () {
	if (hasRequiredIdentifiers) return identifiers;
	hasRequiredIdentifiers = 1;

	const numeric = /^[0-9]+$/;
	const compareIdentifiers = (a, b) => {
	  if (typeof a === 'number' && typeof b === 'number') {
	    return a === b ? 0 : a < b ? -1 : 1
	  }

	  const anum = numeric.test(a);
	  const bnum = numeric.test(b);

	  if (anum && bnum) {
	    a = +a;
	    b = +b;
	  }

	  return a === b ? 0
	    : (anum && !bnum) ? -1
	    : (bnum && !anum) ? 1
	    : a < b ? -1
	    : 1
	};

	const rcompareIdentifiers = (a, b) => compareIdentifiers(b, a);

	identifiers = {
	  compareIdentifiers,
	  rcompareIdentifiers,
	};
	return identifiers;
}

var semver;
var hasRequiredSemver;

function requireSemver () {
	if (hasRequiredSemver) return semver;
	hasRequiredSemver = 1;

	const debug = requireDebug();
	const { MAX_LENGTH, MAX_SAFE_INTEGER } = requireConstants();
	const { safeRe: re, t } = requireRe();

	const parseOptions = requireParseOptions();
	const { compareIdentifiers } = requireIdentifiers();

	const isPrereleaseIdentifier = (prerelease, identifier) => {
	  const identifiers = identifier.split('.');
	  if (identifiers.length > prerelease.length) {
	    return false
	  }

	  for (let i = 0; i < identifiers.length; i++) {
	    if (compareIdentifiers(prerelease[i], identifiers[i]) !== 0) {
	      return false
	    }
	  }

	  return true
	};

	class SemVer {
	  constructor (version, options) {
	    options = parseOptions(options);

	    if (version instanceof SemVer) {
	      if (version.loose === !!options.loose &&
	        version.includePrerelease === !!options.includePrerelease) {
	        return version
	      } else {
	        version = version.version;
	      }
	    } else if (typeof version !== 'string') {
	      throw new TypeError(`Invalid version. Must be a string. Got type "${typeof version}".`)
	    }

	    if (version.length > MAX_LENGTH) {
	      throw new TypeError(
	        `version is longer than ${MAX_LENGTH} characters`
	      )
	    }

	    debug('SemVer', version, options);
	    this.options = options;
	    this.loose = !!options.loose;
	    // this isn't actually relevant for versions, but keep it so that we
	    // don't run into trouble passing this.options around.
	    this.includePrerelease = !!options.includePrerelease;

	    const m = version.trim().match(options.loose ? re[t.LOOSE] : re[t.FULL]);

	    if (!m) {
	      throw new TypeError(`Invalid Version: ${version}`)
	    }

	    this.raw = version;

	    // these are actually numbers
	    this.major = +m[1];
	    this.minor = +m[2];
	    this.patch = +m[3];

	    if (this.major > MAX_SAFE_INTEGER || this.major < 0) {
	      throw new TypeError('Invalid major version')
	    }

	    if (this.minor > MAX_SAFE_INTEGER || this.minor < 0) {
	      throw new TypeError('Invalid minor version')
	    }

	    if (this.patch > MAX_SAFE_INTEGER || this.patch < 0) {
	      throw new TypeError('Invalid patch version')
	    }

	    // numberify any prerelease numeric ids
	    if (!m[4]) {
	      this.prerelease = [];
	    } else {
	      this.prerelease = m[4].split('.').map((id) => {
	        if (/^[0-9]+$/.test(id)) {
	          const num = +id;
	          if (num >= 0 && num < MAX_SAFE_INTEGER) {
	            return num
	          }
	        }
	        return id
	      });
	    }

	    this.build = m[5] ? m[5].split('.') : [];
	    this.format();
	  }

	  format () {
	    this.version = `${this.major}.${this.minor}.${this.patch}`;
	    if (this.prerelease.length) {
	      this.version += `-${this.prerelease.join('.')}`;
	    }
	    return this.version
	  }

	  toString () {
	    return this.version
	  }

	  compare (other) {
	    debug('SemVer.compare', this.version, this.options, other);
	    if (!(other instanceof SemVer)) {
	      if (typeof other === 'string' && other === this.version) {
	        return 0
	      }
	      other = new SemVer(other, this.options);
	    }

	    if (other.version === this.version) {
	      return 0
	    }

	    return this.compareMain(other) || this.comparePre(other)
	  }

	  compareMain (other) {
	    if (!(other instanceof SemVer)) {
	      other = new SemVer(other, this.options);
	    }

	    if (this.major < other.major) {
	      return -1
	    }
	    if (this.major > other.major) {
	      return 1
	    }
	    if (this.minor < other.minor) {
	      return -1
	    }
	    if (this.minor > other.minor) {
	      return 1
	    }
	    if (this.patch < other.patch) {
	      return -1
	    }
	    if (this.patch > other.patch) {
	      return 1
	    }
	    return 0
	  }

	  comparePre (other) {
	    if (!(other instanceof SemVer)) {
	      other = new SemVer(other, this.options);
	    }

	    // NOT having a prerelease is > having one
	    if (this.prerelease.length && !other.prerelease.length) {
	      return -1
	    } else if (!this.prerelease.length && other.prerelease.length) {
	      return 1
	    } else if (!this.prerelease.length && !other.prerelease.length) {
	      return 0
	    }

	    let i = 0;
	    do {
	      const a = this.prerelease[i];
	      const b = other.prerelease[i];
	      debug('prerelease compare', i, a, b);
	      if (a === undefined && b === undefined) {
	        return 0
	      } else if (b === undefined) {
	        return 1
	      } else if (a === undefined) {
	        return -1
	      } else if (a === b) {
	        continue
	      } else {
	        return compareIdentifiers(a, b)
	      }
	    } while (++i)
	  }

	  compareBuild (other) {
	    if (!(other instanceof SemVer)) {
	      other = new SemVer(other, this.options);
	    }

	    let i = 0;
	    do {
	      const a = this.build[i];
	      const b = other.build[i];
	      debug('build compare', i, a, b);
	      if (a === undefined && b === undefined) {
	        return 0
	      } else if (b === undefined) {
	        return 1
	      } else if (a === undefined) {
	        return -1
	      } else if (a === b) {
	        continue
	      } else {
	        return compareIdentifiers(a, b)
	      }
	    } while (++i)
	  }

	  // preminor will bump the version up to the next minor release, and immediately
	  // down to pre-release. premajor and prepatch work the same way.
	  inc (release, identifier, identifierBase) {
	    if (release.startsWith('pre')) {
	      if (!identifier && identifierBase === false) {
	        throw new Error('invalid increment argument: identifier is empty')
	      }
	      // Avoid an invalid semver results
	      if (identifier) {
	        const match = `-${identifier}`.match(this.options.loose ? re[t.PRERELEASELOOSE] : re[t.PRERELEASE]);
	        if (!match || match[1] !== identifier) {
	          throw new Error(`invalid identifier: ${identifier}`)
	        }
	      }
	    }

	    switch (release) {
	      case 'premajor':
	        this.prerelease.length = 0;
	        this.patch = 0;
	        this.minor = 0;
	        this.major++;
	        this.inc('pre', identifier, identifierBase);
	        break
	      case 'preminor':
	        this.prerelease.length = 0;
	        this.patch = 0;
	        this.minor++;
	        this.inc('pre', identifier, identifierBase);
	        break
	      case 'prepatch':
	        // If this is already a prerelease, it will bump to the next version
	        // drop any prereleases that might already exist, since they are not
	        // relevant at this point.
	        this.prerelease.length = 0;
	        this.inc('patch', identifier, identifierBase);
	        this.inc('pre', identifier, identifierBase);
	        break
	      // If the input is a non-prerelease version, this acts the same as
	      // prepatch.
	      case 'prerelease':
	        if (this.prerelease.length === 0) {
	          this.inc('patch', identifier, identifierBase);
	        }
	        this.inc('pre', identifier, identifierBase);
	        break
	      case 'release':
	        if (this.prerelease.length === 0) {
	          throw new Error(`version ${this.raw} is not a prerelease`)
	        }
	        this.prerelease.length = 0;
	        break

	      case 'major':
	        // If this is a pre-major version, bump up to the same major version.
	        // Otherwise increment major.
	        // 1.0.0-5 bumps to 1.0.0
	        // 1.1.0 bumps to 2.0.0
	        if (
	          this.minor !== 0 ||
	          this.patch !== 0 ||
	          this.prerelease.length === 0
	        ) {
	          this.major++;
	        }
	        this.minor = 0;
	        this.patch = 0;
	        this.prerelease = [];
	        break
	      case 'minor':
	        // If this is a pre-minor version, bump up to the same minor version.
	        // Otherwise increment minor.
	        // 1.2.0-5 bumps to 1.2.0
	        // 1.2.1 bumps to 1.3.0
	        if (this.patch !== 0 || this.prerelease.length === 0) {
	          this.minor++;
	        }
	        this.patch = 0;
	        this.prerelease = [];
	        break
	      case 'patch':
	        // If this is not a pre-release version, it will increment the patch.
	        // If it is a pre-release it will bump up to the same patch version.
	        // 1.2.0-5 patches to 1.2.0
	        // 1.2.0 patches to 1.2.1
	        if (this.prerelease.length === 0) {
	          this.patch++;
	        }
	        this.prerelease = [];
	        break
	      // This probably shouldn't be used publicly.
	      // 1.0.0 'pre' would become 1.0.0-0 which is the wrong direction.
	      case 'pre': {
	        const base = Number(identifierBase) ? 1 : 0;

	        if (this.prerelease.length === 0) {
	          this.prerelease = [base];
	        } else {
	          let i = this.prerelease.length;
	          while (--i >= 0) {
	            if (typeof this.prerelease[i] === 'number') {
	              this.prerelease[i]++;
	              i = -2;
	            }
	          }
	          if (i === -1) {
	            // didn't increment anything
	            if (identifier === this.prerelease.join('.') && identifierBase === false) {
	              throw new Error('invalid increment argument: identifier already exists')
	            }
	            this.prerelease.push(base);
	          }
	        }
	        if (identifier) {
	          // 1.2.0-beta.1 bumps to 1.2.0-beta.2,
	          // 1.2.0-beta.fooblz or 1.2.0-beta bumps to 1.2.0-beta.0
	          let prerelease = [identifier, base];
	          if (identifierBase === false) {
	            prerelease = [identifier];
	          }
	          if (isPrereleaseIdentifier(this.prerelease, identifier)) {
	            const prereleaseBase = this.prerelease[identifier.split('.').length];
	            if (isNaN(prereleaseBase)) {
	              this.prerelease = prerelease;
	            }
	          } else {
	            this.prerelease = prerelease;
	          }
	        }
	        break
	      }
	      default:
	        throw new Error(`invalid increment argument: ${release}`)
	    }
	    this.raw = this.format();
	    if (this.build.length) {
	      this.raw += `+${this.build.join('.')}`;
	    }
	    return this
	  }
	}

	semver = SemVer;
	return semver;
}

var semverLibrary;
var hasRequiredSemverLibrary;

function requireSemverLibrary () {
	if (hasRequiredSemverLibrary) return semverLibrary;
	hasRequiredSemverLibrary = 1;
	// The `semver` package's SemVer class, required on first use rather than at start-up: loading it
	// builds every regular expression of the package at every start, while a run that
	// compares no versions under the semver scheme (an evaluation of the seed examples) never calls
	// it. CommonJS, as yaml-library.cjs is, because only a require() can be deferred without making
	// its callers asynchronous; the bundle runs the package's code on the first call (it stays in the
	// bundle, where the keyless signer's chunk finds the rest of the package).
	let SemVer;
	semverLibrary = () => (SemVer ??= requireSemver());
	return semverLibrary;
}

var semverLibraryExports = requireSemverLibrary();
var semverClass = /*@__PURE__*/getDefaultExportFromCjs(semverLibraryExports);

/**
 * RFC 3339 date-times, shared by the load stage (which normalises evidence times) and the host
 * builtin `time.parse_rfc3339_ns` (which must accept exactly what OPA accepts).
 */
/** Go's time.RFC3339 as OPA parses it: upper-case T and Z, a zone, at most 9 fraction digits. */
const STRICT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?(Z|[+-]\d{2}:\d{2})$/;
const isLeapYear = (year) => year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
/** Days in a month of the proleptic Gregorian calendar, as Go counts them (year 0000 is leap). */
const daysInMonth = (year, month) => month === 2 && isLeapYear(year) ? 29 : MONTH_DAYS[month - 1];
function parseRfc3339(value, mode) {
    const match = (STRICT ).exec(value);
    if (!match)
        return 'syntax';
    const [, ys, mos, ds, hs, mis, ss, fraction = '', zone] = match;
    if (zone === undefined)
        return 'no-zone';
    const [y, mo, d, h, mi, s] = [ys, mos, ds, hs, mis, ss].map(Number);
    if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo) || h > 23 || mi > 59 || s > 59)
        return 'calendar';
    if (fraction.length > 9)
        return 'fraction';
    let offsetMinutes = 0;
    if (zone.toUpperCase() !== 'Z') {
        const [oh, om] = zone.slice(1).split(':').map(Number);
        if (oh > 23 || om > 59)
            return 'offset';
        offsetMinutes = (zone.startsWith('-') ? -1 : 1) * (oh * 60 + om);
    }
    const date = new Date(0);
    date.setUTCFullYear(y, mo - 1, d);
    date.setUTCHours(h, mi - offsetMinutes, s, 0);
    return { epochSecondMs: date.getTime(), fraction };
}

/** SemVer 2.0.0 as semver.org gives it (no leading zeros), plus the optional `v` that OPA accepts. */
const SEMVER = /^v?(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/;
class HostBuiltinError extends Error {
    constructor(builtin, message) {
        super(`${builtin}: ${message}`);
        this.name = 'HostBuiltinError';
    }
}
function parseSemver(builtin, value) {
    if (typeof value !== 'string' || !SEMVER.test(value)) {
        throw new HostBuiltinError(builtin, `${JSON.stringify(value)} is not a valid SemVer`);
    }
    return new (semverClass())(value);
}
/** `semver.compare(a, b)`: -1, 0 or 1 by SemVer precedence (build metadata ignored). */
function semverCompare(a, b) {
    return parseSemver('semver.compare', a).compare(parseSemver('semver.compare', b));
}
/** `semver.is_valid(x)`: whether x is a SemVer string; false for any other value. */
function semverIsValid(value) {
    return typeof value === 'string' && SEMVER.test(value);
}
/** Longest pattern and value `regex.find_n` takes (bounded work on policy data). */
const MAX_REGEX_INPUT = 4096;
/**
 * `regex.find_n(pattern, value, number)`: the first `number` (all when -1) non-overlapping
 * matches of pattern in value, as Go's Regexp.FindAllString gives them. The pattern is compiled
 * as a JavaScript Unicode regular expression: RE2 syntax common to both (classes, alternation,
 * quantifiers, anchors, \d \w \s, \p{\u2026}) behaves the same; RE2-only syntax (e.g. `(?P<n>`)
 * or JavaScript-only syntax (look-around, back-references) is an error, so the call is
 * undefined rather than answering differently from OPA. The policy uses it to segment generic
 * versions (lib.version_cmp).
 */
function regexFindN(pattern, value, number) {
    if (typeof pattern !== 'string' || typeof value !== 'string' || typeof number !== 'number') {
        throw new HostBuiltinError('regex.find_n', 'expected (string, string, number)');
    }
    if (pattern.length > MAX_REGEX_INPUT || value.length > MAX_REGEX_INPUT) {
        throw new HostBuiltinError('regex.find_n', `pattern and value are limited to ${MAX_REGEX_INPUT} characters`);
    }
    if (/\(?P<|\(\?[=!<]|\\[1-9k]/.test(pattern)) {
        throw new HostBuiltinError('regex.find_n', 'pattern uses syntax RE2 and JavaScript read differently');
    }
    let re;
    try {
        re = new RegExp(pattern, 'gu');
    }
    catch (error) {
        throw new HostBuiltinError('regex.find_n', `invalid pattern: ${error instanceof Error ? error.message : String(error)}`);
    }
    const out = [];
    let last = -1;
    for (const m of value.matchAll(re)) {
        if (number >= 0 && out.length >= number)
            break;
        // Go ignores an empty match right after the previous match.
        if (m[0] === '' && m.index === last)
            continue;
        out.push(m[0]);
        last = m.index + m[0].length;
    }
    return out;
}
const RFC3339_PROBLEM = {
    syntax: 'is not an RFC 3339 time',
    'no-zone': 'has no zone',
    calendar: 'is not a valid calendar time',
    fraction: 'has more than 9 fractional-second digits',
    offset: 'has an invalid zone offset'
};
/**
 * Nanoseconds since the Unix epoch of an RFC 3339 time, exact as a BigInt. OPA's own
 * `time.parse_rfc3339_ns` returns the same integer.
 */
function rfc3339ToEpochNs(value) {
    const parsed = parseRfc3339(value);
    if (typeof parsed === 'string') {
        throw new HostBuiltinError('time.parse_rfc3339_ns', `${JSON.stringify(value)} ${RFC3339_PROBLEM[parsed]}`);
    }
    return BigInt(parsed.epochSecondMs) * 1000000n + BigInt(parsed.fraction.padEnd(9, '0'));
}
/**
 * `time.parse_rfc3339_ns(x)`. The wasm host exchanges JSON numbers, exact up to 17 significant
 * digits: times at millisecond precision (what the load stage produces) come through exactly.
 */
function timeParseRfc3339Ns(value) {
    if (typeof value !== 'string') {
        throw new HostBuiltinError('time.parse_rfc3339_ns', `expected a string, got ${typeof value}`);
    }
    return Number(rfc3339ToEpochNs(value));
}
/**
 * OPA (without --strict-builtin-errors) makes a builtin call that errors undefined rather than
 * aborting evaluation; opa-wasm turns an `undefined` result into exactly that.
 */
const undefinedOnError = (builtin) => (...args) => {
    try {
        return builtin(...args);
    }
    catch {
        return undefined;
    }
};
/** The host builtins by OPA name, as @open-policy-agent/opa-wasm takes them. */
const hostBuiltins = {
    'semver.compare': undefinedOnError((a, b) => semverCompare(a, b)),
    'semver.is_valid': undefinedOnError(value => semverIsValid(value)),
    'regex.find_n': undefinedOnError((p, v, n) => regexFindN(p, v, n)),
    'time.parse_rfc3339_ns': undefinedOnError(value => timeParseRfc3339Ns(value))
};
/** Builtins the opa-wasm SDK itself implements in JavaScript (src/builtins of the package). */
const SDK_BUILTINS = [
    'json.is_valid',
    'regex.split',
    'sprintf',
    'yaml.is_valid',
    'yaml.marshal',
    'yaml.unmarshal'
];

/** Value tags (`opa_value.type`). */
const NULL = 1;
const BOOLEAN = 2;
const NUMBER = 3;
const STRING = 4;
const ARRAY = 5;
const OBJECT = 6;
const SET = 7;
const STRING_INTERNED = 8;
const BOOLEAN_INTERNED = 9;
/** `opa_number_t.repr` of a number held as a 64-bit integer. */
const NUMBER_REPR_INT = 1;
/** Deeper than any value a policy builds; a bound so that a corrupt value cannot loop. */
const MAX_DEPTH = 10_000;
const utf8 = new TextDecoder();
const exportsOf = (policy) => policy.wasmInstance.exports;
/** `object[key] = value` as JSON.parse sets it: a key `__proto__` is an own property too. */
function setOwn(object, key, value) {
    if (key === '__proto__')
        Object.defineProperty(object, key, {
            value,
            writable: true,
            enumerable: true,
            configurable: true
        });
    else
        object[key] = value;
}
/**
 * OPA's own JSON text of the value at `addr` (`opa_json_dump`), whatever the module's value
 * layout. The writer allocates in wasm, so it may grow the memory.
 */
function dumpedText(policy, addr) {
    const start = exportsOf(policy).opa_json_dump(addr);
    const bytes = new Uint8Array(policy.mem.buffer);
    const end = bytes.indexOf(0, start);
    if (end < 0)
        throw new Error(`opa value: no end to the text at ${start}`);
    return utf8.decode(bytes.subarray(start, end));
}
/** Reads the value at `addr` (an `opa_value *`) of `policy`'s memory. */
function readValue(policy, addr) {
    // OPA's writer (`dumped`) may grow the memory, which detaches the views: taken anew then.
    let bytes = new Uint8Array(policy.mem.buffer);
    let view = new DataView(policy.mem.buffer);
    const u32 = (at) => view.getUint32(at, true);
    const dumped = (at) => {
        const text = dumpedText(policy, at);
        bytes = new Uint8Array(policy.mem.buffer);
        view = new DataView(policy.mem.buffer);
        return text;
    };
    const string = (at) => {
        const start = u32(at + 8);
        return utf8.decode(bytes.subarray(start, start + u32(at + 4)));
    };
    // Elements of a hash table's buckets (an object's or a set's), in bucket order: the order
    // opa_value_iter, and so OPA's JSON writer, visits them in.
    const elements = (at, next, visit) => {
        const buckets = u32(at + 4);
        const count = u32(at + 8);
        let seen = 0;
        for (let i = 0; i < count; i++) {
            for (let elem = u32(buckets + i * 4); elem !== 0; elem = u32(elem + next)) {
                visit(elem);
                seen++;
            }
        }
        if (seen !== u32(at + 12))
            throw new Error(`opa value: a collection at ${at} is not whole`);
    };
    const read = (at, depth) => {
        if (depth > MAX_DEPTH)
            throw new Error('opa value: nested too deeply');
        const tag = view.getUint8(at);
        switch (tag) {
            case NULL:
                return null;
            case BOOLEAN:
            case BOOLEAN_INTERNED:
                return view.getUint8(at + 1) !== 0;
            case NUMBER:
                return view.getUint8(at + 1) === NUMBER_REPR_INT
                    ? Number(view.getBigInt64(at + 8, true))
                    : JSON.parse(dumped(at));
            case STRING:
            case STRING_INTERNED:
                return string(at);
            case ARRAY: {
                const elems = u32(at + 4);
                const out = new Array(u32(at + 8));
                for (let i = 0; i < out.length; i++)
                    out[i] = read(u32(elems + i * 8 + 4), depth + 1);
                return out;
            }
            case OBJECT: {
                const out = {};
                elements(at, 8, elem => {
                    const key = u32(elem);
                    // A key that is not a string is written as its own JSON text, as OPA's writer does.
                    const name = view.getUint8(key) === STRING || view.getUint8(key) === STRING_INTERNED;
                    setOwn(out, name ? string(key) : dumped(key), read(u32(elem + 4), depth + 1));
                });
                return out;
            }
            case SET: {
                const out = [];
                elements(at, 4, elem => out.push(read(u32(elem), depth + 1)));
                return out;
            }
            default:
                throw new Error(`opa value: unknown tag ${tag} at ${at}`);
        }
    };
    return read(addr, 0);
}
/**
 * Evaluates each entrypoint (by name) with `input` (JSON text) and the data last set, and reads
 * each result set. The input is parsed once, on the heap above the data, which is reset first
 * (as the SDK's evaluate does), so that evaluations do not pile up in memory.
 */
function evaluateEntrypoints(policy, input, entrypoints) {
    const opa = exportsOf(policy);
    const ids = policy.entrypoints;
    opa.opa_heap_ptr_set(policy.dataHeapPtr);
    const text = opa.opa_malloc(input.byteLength);
    new Uint8Array(policy.mem.buffer).set(input, text);
    const parsed = opa.opa_json_parse(text, input.byteLength);
    if (parsed === 0)
        throw new Error('the input is not JSON OPA can parse');
    return entrypoints.map(name => {
        const id = ids[name];
        if (id === undefined)
            throw new Error(`the policy has no entrypoint ${name}`);
        const ctx = opa.opa_eval_ctx_new();
        opa.opa_eval_ctx_set_input(ctx, parsed);
        opa.opa_eval_ctx_set_data(ctx, policy.dataAddr);
        opa.opa_eval_ctx_set_entrypoint(ctx, id);
        const code = opa.eval(ctx);
        if (code !== 0)
            throw new Error(`evaluating ${name} failed (OPA error code ${code})`);
        return readValue(policy, opa.opa_eval_ctx_get_result(ctx));
    });
}

/** A parsed JSON value that is an object: not null, not an array. */
const isObject = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Loads a compiled Rego policy (OPA wasm) and checks, before anything is evaluated, that the
 * host can run it: the decision entrypoint exists and every builtin it imports is provided.
 * Used alike in process (the built-in policy) and in the worker (any other policy).
 */
// The package's ESM entry names only loadPolicy; loadPolicySync is on its default export.
const { loadPolicySync } = opa;
/** A wasm page: 64 KiB. */
const PAGE_BYTES = 64 * 1024;
/** wasm32's limit: 65 536 pages, 4 GiB. */
const MAX_PAGES = 65536;
/** Memory of a policy instance in 64 KiB pages: at least 256 MiB whatever the input. */
const MEMORY = { initial: 16, maximum: 4096 };
/**
 * Bytes of wasm memory a policy may use per byte of JSON input. The built-in policy uses about
 * 48 (the input parsed, then what the rules build; `npm run bench`'s scale packages); the
 * limit leaves room for team packages on top.
 */
const MEMORY_PER_INPUT_BYTE = 96;
/**
 * Bytes of wasm memory an instance starts with per byte of JSON input: what the built-in policy
 * uses (about 48) with a margin. OPA's allocator grows the memory one 64 KiB page at a time and
 * each grow costs V8 more the larger the memory is: at 10 000 configurations (400 MiB of heap)
 * growing took three quarters of the evaluation. Pages allocated up front and never touched
 * cost address space, not resident memory.
 */
const INITIAL_MEMORY_PER_INPUT_BYTE = 64;
const pagesFor = (bytes) => Math.ceil(bytes / PAGE_BYTES);
/**
 * The wasm memory for an input of this many bytes of JSON: 256 MiB, or more in proportion to
 * the input, up to wasm32's 4 GiB. The maximum is a bound, not an allocation: the memory grows
 * only as the policy allocates, from an initial size in proportion to the input.
 */
function memoryFor(inputBytes) {
    const maximum = Math.min(MAX_PAGES, Math.max(MEMORY.maximum, pagesFor(inputBytes * MEMORY_PER_INPUT_BYTE)));
    const initial = Math.min(maximum, Math.max(MEMORY.initial, pagesFor(inputBytes * INITIAL_MEMORY_PER_INPUT_BYTE)));
    return { initial, maximum };
}
/**
 * Whether an input needs a new instance: its memory bound is larger than the instance's, or it
 * should start with more memory than the instance has now.
 */
const needsNewInstance = (checked, memory) => memory.maximum > checked.memory.maximum ||
    memory.initial > checked.instance.mem.buffer.byteLength / PAGE_BYTES;
/**
 * What the host evaluates of a module with these entrypoints: the one evaluation of the
 * contributions and the decision (EVALUATION_ENTRYPOINT) when it has it; else, in a module built
 * by an earlier version to extend the built-in policy, the contributions and then the decision;
 * else the decision alone (a replacement or a bare module: no contributions to check).
 */
const hostReads = (entrypoints) => entrypoints.includes(EVALUATION_ENTRYPOINT)
    ? [EVALUATION_ENTRYPOINT]
    : entrypoints.includes(CONTRIBUTIONS_ENTRYPOINT)
        ? [CONTRIBUTIONS_ENTRYPOINT, DECISION_ENTRYPOINT]
        : [DECISION_ENTRYPOINT];
/**
 * Evaluates the instance (its data set) on `input`, JSON text parsed once for every entrypoint
 * read: the decision's result set and the contributions' (checked by the caller before it reads
 * the decision).
 */
function evaluatePolicy(checked, input) {
    const results = evaluateEntrypoints(checked.instance, input, checked.reads);
    if (checked.reads[0] !== EVALUATION_ENTRYPOINT) {
        return {
            resultSet: results.at(-1),
            contributions: checked.reads.length > 1 ? results[0] : undefined
        };
    }
    const [answer] = results[0];
    const value = isObject(answer?.result) ? answer.result : {};
    const resultSet = (key) => (key in value ? [{ result: value[key] }] : []);
    return { resultSet: resultSet('result'), contributions: resultSet('contributions') };
}
/** The builtins a module imports, read through the OPA wasm ABI (`builtins`, `opa_json_dump`). */
function importedBuiltins(instance) {
    const { exports } = instance.wasmInstance;
    const names = JSON.parse(dumpedText(instance, exports.builtins()));
    return Object.keys(names).sort();
}
/**
 * What the SDK calls on every OPA wasm module (ABI 1.x). Checked before it runs one: on a module
 * without them it prints to stderr and fails with a message about its own internals.
 */
const OPA_ABI_EXPORTS = [
    'opa_wasm_abi_version',
    'opa_wasm_abi_minor_version',
    'builtins',
    'entrypoints',
    'opa_malloc',
    'opa_heap_ptr_get',
    'opa_heap_ptr_set',
    'opa_json_parse',
    'opa_json_dump',
    'opa_eval_ctx_new',
    'eval'
];
/** Instantiates the module and checks that this host can run it (POLICY_LOAD if not). */
function instantiatePolicy(module, name, memory = MEMORY) {
    const exported = new Set(WebAssembly.Module.exports(module).map(e => e.name));
    const absent = OPA_ABI_EXPORTS.filter(e => !exported.has(e));
    if (absent.length > 0) {
        throw new GateError('POLICY_LOAD', `not an OPA wasm policy: it does not export ${absent.join(', ')} (build it with opa build -t wasm)`, { file: name });
    }
    let instance;
    try {
        instance = loadPolicySync(module, { ...memory }, hostBuiltins);
    }
    catch (error) {
        throw new GateError('POLICY_LOAD', `not a loadable OPA wasm policy: ${messageOf(error)}`, {
            file: name
        });
    }
    const entrypoints = Object.keys((instance.entrypoints ?? {}));
    if (!entrypoints.includes(DECISION_ENTRYPOINT)) {
        throw new GateError('POLICY_LOAD', `the policy has no entrypoint ${DECISION_ENTRYPOINT} (it has: ${entrypoints.join(', ') || 'none'}); build it with -e ${DECISION_ENTRYPOINT}`, { file: name });
    }
    const imports = importedBuiltins(instance);
    const provided = new Set([...Object.keys(hostBuiltins), ...SDK_BUILTINS]);
    const missing = imports.filter(builtin => !provided.has(builtin));
    if (missing.length > 0) {
        throw new GateError('POLICY_LOAD', `the policy calls builtins this host does not provide: ${missing.join(', ')}; build it against policies/capabilities.json`, { file: name });
    }
    return {
        instance,
        imports,
        memory,
        reads: hostReads(entrypoints)
    };
}

/**
 * Worker-thread entry (dist/policy-worker.mjs) that evaluates a custom policy, so the gate can
 * stop it: the host terminates the thread when an evaluation outlives its time limit, and the
 * thread runs under V8 resource limits beside the wasm memory maximum. It receives the module
 * compiled once by the host, instantiates and checks it (wasm-policy.ts, as in process), and
 * says so (`id: -1`) before the first evaluation.
 */
const port = parentPort;
if (port) {
    const setup = workerData;
    let checked;
    let data;
    try {
        checked = instantiatePolicy(setup.module, setup.name);
        port.postMessage({ id: -1, ok: true, imports: checked.imports });
    }
    catch (error) {
        const code = isGateError(error) ? error.code : 'POLICY_LOAD';
        port.postMessage({ id: -1, ok: false, message: messageOf(error), code });
    }
    port.on('message', (request) => {
        if (!checked)
            return;
        let reply;
        try {
            if (request.data) {
                data = request.data;
                checked.instance.setData(data);
            }
            // The wasm memory is sized to the input: a larger input gets a new instance with larger memory.
            const memory = memoryFor(request.input.byteLength);
            if (needsNewInstance(checked, memory)) {
                checked = instantiatePolicy(setup.module, setup.name, memory);
                if (data)
                    checked.instance.setData(data);
            }
            const { resultSet, contributions } = evaluatePolicy(checked, new Uint8Array(request.input));
            reply = { id: request.id, ok: true, resultSet, contributions };
        }
        catch (error) {
            reply = { id: request.id, ok: false, message: messageOf(error) };
        }
        port.postMessage(reply);
    });
}
