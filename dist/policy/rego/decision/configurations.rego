# Configuration results:
# Per configuration in scope: approved, excluded (under a valid exception, by a team package) or
# rejected; and, with a partial cohort allowed, each cohort configuration the scope leaves out,
# excluded (data.update_gate.fleet.excluded). Blocking findings are grouped by configuration once and
# exceptions indexed by configuration and id, so each configuration costs a lookup.
# (package update_gate.decision: its METADATA is in decision.rego.)
package update_gate.decision

import data.update_gate.controls.retention
import data.update_gate.fleet
import data.update_gate.lib

# METADATA
# title: Blocking findings
# description: The violations and gaps of required controls (custom and change findings always count).
blocking := {f | some f in all_findings; lib.blocking_severities[f.severity]; required(f.control)}

# METADATA
# title: Update-wide blocking findings
# description: Blocking findings that name no configuration.
global_blocking := {f | some f in blocking; not f.configuration}

# METADATA
# title: Blocking findings by configuration
# description: The blocking findings that name a configuration, grouped by it (one pass).
blocking_by_configuration[f.configuration] contains f if {
	some f in blocking
	f.configuration
}

# METADATA
# title: Valid exceptions by configuration
# description: The ids of the valid exceptions (retention.valid_exceptions) naming each configuration.
valid_exceptions_by_configuration[ex.configuration] contains ex.id if {
	some ex in input.package.exceptions
	retention.valid_exceptions[ex.id]
}

# METADATA
# title: Exceptions by id
# description: The package's exceptions by id.
exceptions_by_id[ex.id] := ex if some ex in input.package.exceptions

# METADATA
# title: Rules each exception waives
# description: >-
#   By exception id, the set of rule ids in its waives list (empty without one: an exception
#   waives only what it names).
exception_waives[ex.id] := {r | some r in object.get(ex, "waives", [])} if some ex in input.package.exceptions

# METADATA
# title: Unwaivable finding
# description: A finding whose rule marks it waivable false (lib.finding or a team's finding); no exception waives it.
# scope: document
unwaivable(f) if f.waivable == false

# An exception waives a finding when it names the finding's rule id, or the rule is one every
# exception of the configuration waives, and the finding is waivable.
waives(x, f) if {
	exception_waives[x][f.rule]
	not unwaivable(f)
}

waives(_, f) if {
	waived_by_any_exception[f.rule]
	not unwaivable(f)
}

# METADATA
# title: Rules every valid exception of the configuration waives
# description: >-
#   fleet.known_gap: a known gap says the update does not fully serve the configuration, and a
#   valid exception of it is the signed acceptance that it stays on remainOn; that is what the
#   gap asks for, so the exception need not list the rule in its waives.
waived_by_any_exception := {"fleet.known_gap"}

waived_on(id, f) if {
	some x in valid_exceptions_by_configuration[id]
	waives(x, f)
}

# METADATA
# title: Unwaived blocking findings by configuration
# description: >-
#   For each configuration with blocking findings, those that none of its valid exceptions
#   waives (one pass over its own findings and exceptions).
unwaived_by_configuration[id] := {f | some f in fs; not waived_on(id, f)} if some id, fs in blocking_by_configuration

# METADATA
# title: Waivers by configuration
# description: >-
#   For each configuration with blocking findings, per valid exception naming it (by id): the
#   findings it waived ({rule, message}) and those it could not ({rule, message, why}: why is
#   not-in-waives, or not-waivable when the rule marks the finding waivable false).
waivers_by_configuration[id] := [waiver(x, fs) | some x in sort(valid_exceptions_by_configuration[id])] if {
	some id, fs in blocking_by_configuration
}

waiver(x, fs) := {
	"exception": x,
	"waived": sort([{"rule": f.rule, "message": f.message} | some f in fs; waives(x, f)]),
	"notWaived": sort([{"rule": f.rule, "message": f.message, "why": why_not_waived(f)} | some f in fs; not waives(x, f)]),
}

why_not_waived(f) := "not-waivable" if unwaivable(f)

else := "not-in-waives"

waivers_of(id) := object.get(waivers_by_configuration, id, [])

# The exception that excludes a configuration with blocking findings: when its valid exceptions
# together waive every blocking finding on it, the smallest id of those that waive one.
exception_for(id) := min({w.exception | some w in waivers_by_configuration[id]; count(w.waived) > 0}) if {
	count(unwaived_by_configuration[id]) == 0
}

# METADATA
# title: Exception of a configuration without blocking findings
# description: >-
#   A valid exception is the signed acceptance that its configuration stays on remainOn: it
#   excludes the configuration even when nothing blocks on it (the smallest id when several).
# scope: rule
accepted_exclusion(id) := min(valid_exceptions_by_configuration[id]) if not blocking_by_configuration[id]

# METADATA
# title: Configuration reasons
# description: >-
#   The blocking findings of a configuration as "rule: message", each followed, when valid
#   exceptions name the configuration, by which of them waived it or why none could.
configuration_reasons(id, fs) := [concat("", [rule, ": ", message, suffix]) |
	some [rule, message, suffix] in sort([[rule_label(f), f.message, waiver_suffix(id, f)] | some f in fs])
]

waiver_suffix(id, f) := "" if {
	not valid_exceptions_by_configuration[id]
} else := concat("", [" (waived by ", concat(", ", sort({x | some x in valid_exceptions_by_configuration[id]; waives(x, f)})), ")"]) if {
	waived_on(id, f)
} else := " (not waived: its rule marks it waivable: false)" if {
	unwaivable(f)
} else := concat("", [" (not waived: not in the waives of ", concat(", ", sort(valid_exceptions_by_configuration[id])), ")"])

# METADATA
# title: Configuration results
# description: >-
#   By configuration id, {id, result, reasons, exception, waivers}. With blocking findings:
#   excluded only when its valid exceptions waive every blocking finding on it (waivers says
#   which exception waived which finding and which it could not), otherwise rejected. Without:
#   excluded under a valid exception naming it, else rejected when the update as a whole fails,
#   else excluded by a team package, else approved. A cohort configuration a partial update
#   leaves out is excluded under its fleet condition (exception fleet:<id>).
# scope: rule
configuration_results[c.id] := {"id": c.id, "result": "excluded", "reasons": reasons, "exception": ex, "waivers": waivers_of(c.id)} if {
	some c in scope.configurations
	blocking_by_configuration[c.id]
	ex := exception_for(c.id)
	reasons := array.flatten([
		configuration_reasons(c.id, blocking_by_configuration[c.id]),
		[concat("", ["excluded under exception ", ex, ": ", exceptions_by_id[ex].reason])],
	])
}

configuration_results[c.id] := {"id": c.id, "result": "rejected", "reasons": reasons, "exception": null, "waivers": waivers_of(c.id)} if {
	some c in scope.configurations
	blocking_by_configuration[c.id]
	not exception_for(c.id)
	reasons := array.flatten([
		configuration_reasons(c.id, blocking_by_configuration[c.id]),
		[no_exception_reason(c.id)],
	])
}

no_exception_reason(id) := "its valid exceptions do not waive every blocking finding on it" if {
	valid_exceptions_by_configuration[id]
} else := "no valid exception excludes it"

configuration_results[c.id] := {"id": c.id, "result": "excluded", "reasons": [reason], "exception": x, "waivers": []} if {
	some c in scope.configurations
	x := accepted_exclusion(c.id)
	reason := concat("", [
		"excluded under exception ", x, ": ", exceptions_by_id[x].reason,
		" (no blocking finding on it; the accepted exception keeps it on ", exceptions_by_id[x].remainOn, ")",
	])
}

configuration_results[id] := {"id": id, "result": "excluded", "reasons": [x.reason], "exception": x.condition, "waivers": []} if {
	some id, x in fleet.excluded
}

configuration_results[c.id] := {"id": c.id, "result": "rejected", "reasons": reasons, "exception": null, "waivers": []} if {
	some c in scope.configurations
	not blocking_by_configuration[c.id]
	not valid_exceptions_by_configuration[c.id]
	count(global_blocking) > 0

	# The summary lists the update-wide findings; each configuration does not repeat the list.
	reasons := [concat("", ["the update as a whole fails (", lib.int_text(count(global_blocking)), " update-wide blocking finding(s))"])]
}

configuration_results[c.id] := {"id": c.id, "result": "excluded", "reasons": [reason], "exception": x.id, "waivers": []} if {
	some c in scope.configurations
	not blocking_by_configuration[c.id]
	not valid_exceptions_by_configuration[c.id]
	count(global_blocking) == 0
	x := custom_exclusion_for(c.id)
	reason := concat("", ["excluded by ", x.control, " (", x.id, "): ", x.reason])
}

configuration_results[c.id] := {"id": c.id, "result": "approved", "reasons": ["passes every required control"], "exception": null, "waivers": []} if {
	some c in scope.configurations
	not blocking_by_configuration[c.id]
	not valid_exceptions_by_configuration[c.id]
	count(global_blocking) == 0
	not custom_exclusion_for(c.id)
}

# METADATA
# title: Configuration ids, sorted
# description: >-
#   The ids of the configurations in scope and of those a partial update leaves out (each has a
#   result), sorted once.
configuration_ids := lib.sorted({c.id | some c in scope.configurations} | object.keys(fleet.excluded))

ids_with(result) := [id | some id in configuration_ids; configuration_results[id].result == result]

# METADATA
# title: Approved configurations
# description: Sorted ids.
approved := ids_with("approved")

# METADATA
# title: Excluded configurations
# description: Sorted ids.
excluded := ids_with("excluded")

# METADATA
# title: Rejected configurations
# description: Sorted ids.
rejected := ids_with("rejected")
