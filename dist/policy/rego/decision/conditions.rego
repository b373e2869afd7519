# Conditions:
# One per excluded configuration - stay on a version with a mitigation until a dated follow-up,
# or excluded by a team package - then the team packages' own conditions.
# (package update_gate.decision: its METADATA is in decision.rego.)
package update_gate.decision

import data.update_gate.fleet
import data.update_gate.lib

# METADATA
# title: Conditions
# description: Exception conditions, team exclusion conditions, team conditions, in that order.
conditions := array.flatten([exception_conditions, exclusion_conditions, fleet_conditions, custom_conditions])

# Configurations of the cohort a partial update leaves out (data.update_gate.fleet), by id.
fleet_conditions := [c | some [_, c] in lib.sorted([[c.id, c] | some c in fleet.conditions])]

exclusion_conditions := [c |
	some id in excluded
	x := custom_exclusion_for(id)
	configuration_results[id].exception == x.id
	c := {
		"id": x.id,
		"configuration": id,
		"text": concat("", ["Configuration ", id, " is excluded by ", x.control, " and stays on ", scope.fromVersion, ": ", x.reason]),
		"followUpBy": null,
	}
]

exception_conditions := [c |
	some id in excluded
	ex := exceptions_by_id[configuration_results[id].exception]
	c := {
		"id": ex.id,
		"configuration": id,
		"text": concat("", [
			"Configuration ", id, " is excluded and stays on ", ex.remainOn, " (mitigation: ",
			trim_right(ex.mitigation, ". "), "); follow-up decision due by ", ex.followUpBy, " (accepted by ", ex.acceptedBy, ")",
		]),
		"followUpBy": ex.followUpBy,
		"remainOn": ex.remainOn,
		"mitigation": ex.mitigation,
		"acceptedBy": ex.acceptedBy,
	}
]
