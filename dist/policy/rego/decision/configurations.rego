# Configuration results:
# Per configuration in scope: approved, excluded (failing, with a valid exception, or excluded
# by a team package) or rejected. Blocking findings are grouped by configuration once and
# exceptions indexed by configuration and id, so each configuration costs a lookup.
# (package update_gate.decision: its METADATA is in decision.rego.)
package update_gate.decision

import data.update_gate.controls.retention
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

# The exception that excludes a configuration: the smallest valid exception id naming it.
exception_for(id) := min(valid_exceptions_by_configuration[id])

# METADATA
# title: Configuration results
# description: By configuration id, {id, result, reasons, exception}.
# scope: rule
configuration_results[c.id] := {"id": c.id, "result": "excluded", "reasons": reasons, "exception": ex} if {
	some c in scope.configurations
	blocking_by_configuration[c.id]
	ex := exception_for(c.id)
	reasons := array.concat(
		blocking_reasons(blocking_by_configuration[c.id]),
		[concat("", ["excluded under exception ", ex, ": ", exceptions_by_id[ex].reason])],
	)
}

configuration_results[c.id] := {"id": c.id, "result": "rejected", "reasons": reasons, "exception": null} if {
	some c in scope.configurations
	blocking_by_configuration[c.id]
	not exception_for(c.id)
	reasons := array.concat(blocking_reasons(blocking_by_configuration[c.id]), ["no valid exception excludes it"])
}

configuration_results[c.id] := {"id": c.id, "result": "rejected", "reasons": reasons, "exception": null} if {
	some c in scope.configurations
	not blocking_by_configuration[c.id]
	count(global_blocking) > 0

	# The summary lists the update-wide findings; each configuration does not repeat the list.
	reasons := [concat("", ["the update as a whole fails (", format_int(count(global_blocking), 10), " update-wide blocking finding(s))"])]
}

configuration_results[c.id] := {"id": c.id, "result": "excluded", "reasons": [reason], "exception": x.id} if {
	some c in scope.configurations
	not blocking_by_configuration[c.id]
	count(global_blocking) == 0
	x := custom_exclusion_for(c.id)
	reason := concat("", ["excluded by ", x.control, " (", x.id, "): ", x.reason])
}

configuration_results[c.id] := {"id": c.id, "result": "approved", "reasons": ["passes every required control"], "exception": null} if {
	some c in scope.configurations
	not blocking_by_configuration[c.id]
	count(global_blocking) == 0
	not custom_exclusion_for(c.id)
}

blocking_reasons(fs) := [concat("", [rule, ": ", message]) | some [rule, message] in sort([[f.rule, f.message] | some f in fs])]

ids_with(result) := lib.sorted([id | some id, r in configuration_results; r.result == result])

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
