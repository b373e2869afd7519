# METADATA
# title: Deployment freeze windows (operator)
# description: >-
#   No deployment inside a freeze window. Windows come from a data file
#   (update_gate.parameters.freeze_window.windows: id, start, end, reason, optional
#   configurations); the time is input.evaluationTime, never a clock. A window for the whole
#   fleet rejects the update; a window for some configurations excludes them from this rollout.
# scope: package
package update_gate.custom.freeze_window

import data.update_gate.lib

params := data.update_gate.parameters.freeze_window if is_object(data.update_gate.parameters.freeze_window)

else := {}

windows := object.get(params, "windows", [])

now := lib.ns(input.evaluationTime)

# METADATA
# title: Active windows
# description: Windows with start <= evaluation time < end.
active contains w if {
	some w in windows
	lib.ns(w.start) <= now
	now < lib.ns(w.end)
}

# METADATA
# title: Fleet-wide freeze
# description: An active window without configurations stops the whole update.
findings contains {
	"rule": "freeze_window.frozen",
	"severity": "violation",
	"message": concat("", ["freeze ", w.id, " (", w.reason, ") from ", w.start, " to ", w.end, " covers ", input.evaluationTime]),
	"evidence": [],
} if {
	some w in active
	count(object.get(w, "configurations", [])) == 0
}

# METADATA
# title: Configuration freeze
# description: An active window for some configurations keeps them out of this rollout.
exclusions contains {
	"id": concat("", ["freeze:", w.id]),
	"configuration": id,
	"reason": concat("", ["freeze ", w.id, " (", w.reason, ") until ", w.end]),
} if {
	some w in active
	some id in object.get(w, "configurations", [])
	id in lib.configuration_ids
}

# METADATA
# title: Invalid window
# description: A window whose times do not parse fails closed.
findings contains {
	"rule": "freeze_window.invalid_window",
	"severity": "violation",
	"message": concat("", ["freeze window ", object.get(w, "id", "?"), " needs RFC 3339 start and end"]),
	"evidence": [],
} if {
	some w in windows
	not valid(w)
}

valid(w) if {
	is_string(w.id)
	lib.ns(w.start) < lib.ns(w.end)
}
