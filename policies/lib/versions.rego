# Version helpers, part of the shared helpers package (package update_gate.lib, whose package
# annotation is in lib.rego): version comparison in the product's version scheme (semver, with a
# fast path for plain MAJOR.MINOR.PATCH in Rego, or the vers generic scheme). SemVer and generic
# segmenting call host builtins (semver.compare, semver.is_valid, regex.find_n); no check here
# uses regex.match (RE2 compiled in wasm on a run's first call).
package update_gate.lib

# METADATA
# title: Version parts
# description: >-
#   [major, minor, patch] of a MAJOR.MINOR.PATCH version (the form the input contract allows for
#   every version), so the common case is compared in Rego without a host call. What
#   `^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)$` matches, each part at most 15 digits,
#   checked without a regular expression (the first regex.match of a run compiles RE2's code and
#   the pattern, a large share of a cold evaluation).
version_parts(v) := [to_number(x) | some x in parts] if {
	is_string(v)
	parts := split(v, ".")
	count(parts) == 3
	every x in parts {
		version_part(x)
	}
}

version_part("0")

version_part(x) if {
	digits(x)
	not startswith(x, "0")
	count(x) <= 15
}

# METADATA
# title: Version parts in order
# description: a before b, major then minor then patch.
# scope: document
parts_lt(a, b) if a[0] < b[0]

parts_lt(a, b) if {
	a[0] == b[0]
	a[1] < b[1]
}

parts_lt(a, b) if {
	a[0] == b[0]
	a[1] == b[1]
	a[2] < b[2]
}

parts_cmp(a, b) := -1 if parts_lt(a, b)

else := 1 if parts_lt(b, a)

else := 0

both_plain_versions(a, b) if {
	version_parts(a)
	version_parts(b)
}

# METADATA
# title: Version scheme
# scope: document
# description: >-
#   The product's version scheme (scope.versionScheme, from the trust configuration):
#   semver or generic; semver when the input predates it.
default version_scheme := "semver"

version_scheme := input.package.scope.versionScheme

# METADATA
# title: Version a is before version b
# description: Order in the product's version scheme; undefined for invalid versions.
version_lt(a, b) if version_cmp(a, b) < 0

# METADATA
# title: Version a is at or before version b
# description: Order in the product's version scheme; undefined for invalid versions.
version_lte(a, b) if version_cmp(a, b) <= 0

# METADATA
# title: Valid version
# scope: document
# description: A string that is a valid version in the product's scheme (SemVer, or a vers generic version).
valid_version(v) if {
	version_scheme == "semver"
	version_parts(v)
}

valid_version(v) if {
	is_string(v)
	version_scheme == "semver"
	not version_parts(v)
	semver.is_valid(v)
}

valid_version(v) if {
	is_string(v)
	version_scheme == "generic"
	generic_version(v)
}

# What `^[0-9A-Za-z][0-9A-Za-z.+~_-]{0,255}$` matches, without a regular expression.
generic_version(v) if {
	first := substring(v, 0, 1)
	first != ""
	trim_left(first, alphanumerics) == ""
	trim_left(v, concat("", [alphanumerics, ".+~_-"])) == ""
	count(v) <= 256
}

alphanumerics := "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"

# METADATA
# title: Compare versions
# scope: document
# description: >-
#   -1, 0 or 1 in the product's version scheme: SemVer precedence, or the generic order of
#   src/shared/versions.ts (segments split at . - _ + ~ and digit/letter changes; numbers
#   numerically, a number after a word, a prefix first). Undefined for invalid versions.
version_cmp(a, b) := parts_cmp(version_parts(a), version_parts(b)) if {
	version_scheme == "semver"
	both_plain_versions(a, b)
}

version_cmp(a, b) := semver.compare(a, b) if {
	version_scheme == "semver"
	not both_plain_versions(a, b)
	valid_version(a)
	valid_version(b)
}

version_cmp(a, b) := generic_cmp(a, b) if {
	version_scheme == "generic"
	valid_version(a)
	valid_version(b)
}

# Segments of a generic version (host builtin regex.find_n in wasm).
generic_segments(v) := regex.find_n(`[0-9]+|[^0-9.\-_+~]+`, v, -1)

generic_cmp(a, b) := c if {
	sa := generic_segments(a)
	sb := generic_segments(b)
	n := min([count(sa), count(sb)])
	diffs := [d |
		some i in numbers.range(0, n - 1)
		i < n
		d := segment_cmp(sa[i], sb[i])
		d != 0
	]
	c := first_or_length(diffs, count(sa), count(sb))
}

first_or_length(diffs, _, _) := diffs[0] if count(diffs) > 0

first_or_length(diffs, la, lb) := sign(la - lb) if count(diffs) == 0

sign(x) := -1 if x < 0

sign(0) := 0

sign(x) := 1 if x > 0

numeric(s) if digits(s)

segment_cmp(x, y) := sign(to_number(x) - to_number(y)) if {
	numeric(x)
	numeric(y)
}

segment_cmp(x, y) := 1 if {
	numeric(x)
	not numeric(y)
}

segment_cmp(x, y) := -1 if {
	not numeric(x)
	numeric(y)
}

segment_cmp(x, y) := string_cmp(x, y) if {
	not numeric(x)
	not numeric(y)
}

string_cmp(x, y) := -1 if x < y

string_cmp(x, y) := 0 if x == y

string_cmp(x, y) := 1 if x > y
