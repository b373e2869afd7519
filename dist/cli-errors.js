/**
 * Typed errors with codes, as in sigstore-js. An input error names the file, the field (a JSON
 * path such as `evidence[2].time`) and what was expected; it ends the run as `error` (exit 2),
 * never as an approval. Anything else that escapes is an internal error (exit 3).
 */
class GateError extends Error {
    code;
    file;
    field;
    constructor(code, message, where = {}) {
        // A safety net: messages quote bounded excerpts (`excerpt`, `clip`), so this rarely cuts.
        super(clip(message, MAX_MESSAGE_CHARS));
        this.name = 'GateError';
        this.code = code;
        this.file = where.file === undefined ? undefined : clip(where.file, MAX_PLACE_CHARS);
        this.field = where.field === undefined ? undefined : clip(where.field, MAX_PLACE_CHARS);
    }
    /** `file: field: message`, the one line a user sees. */
    describe() {
        const place = [this.file, this.field].filter(Boolean).join(': ');
        return place ? `${place}: ${this.message}` : this.message;
    }
}
/** Longest message a GateError carries; anything longer is cut (it quotes input, never all of it). */
const MAX_MESSAGE_CHARS = 2000;
const MAX_PLACE_CHARS = 500;
/** `text` cut to at most `max` UTF-16 units, marked with `…` when cut (never halving a pair). */
function clip(text, max = 100) {
    if (text.length <= max)
        return text;
    let end = Math.max(0, max - 1);
    const last = text.charCodeAt(end - 1);
    if (last >= 0xd800 && last <= 0xdbff)
        end--;
    return `${text.slice(0, end)}…`;
}
/**
 * A bounded excerpt of an input value for an error message: JSON-like, at most `max` characters,
 * nesting shown to a few levels only. Never stringifies the whole value, so neither a long nor a
 * deeply nested value can make the message huge or overflow the stack.
 */
function excerpt(value, max = 100) {
    const out = [];
    let length = 0;
    const push = (s) => {
        out.push(s);
        length += s.length;
        return length <= max;
    };
    const walk = (v, depth) => {
        if (typeof v === 'string')
            return push(JSON.stringify(clip(v, max)));
        if (v === null || typeof v !== 'object')
            return push(v === undefined ? 'undefined' : String(v));
        const isArray = Array.isArray(v);
        const entries = isArray
            ? v.map(x => [null, x])
            : Object.entries(v).map(([k, x]) => [k, x]);
        if (entries.length === 0)
            return push(isArray ? '[]' : '{}');
        if (depth >= EXCERPT_DEPTH)
            return push(isArray ? '[…]' : '{…}');
        if (!push(isArray ? '[' : '{'))
            return false;
        for (const [i, [key, x]] of entries.entries()) {
            if (i > 0 && !push(','))
                return false;
            if (key !== null && !push(`${JSON.stringify(clip(key, max))}:`))
                return false;
            if (!walk(x, depth + 1))
                return false;
        }
        return push(isArray ? ']' : '}');
    };
    walk(value, 0);
    return clip(out.join(''), max);
}
const EXCERPT_DEPTH = 4;
const isGateError = (error) => error instanceof GateError;
/** The message of anything thrown: opa-wasm and some libraries throw plain `{ message }` objects. */
function messageOf(error) {
    if (error instanceof Error)
        return error.message;
    if (typeof error === 'object' && error !== null && 'message' in error)
        return String(error.message);
    return String(error);
}

export { GateError as G, clip as c, excerpt as e, isGateError as i, messageOf as m };
