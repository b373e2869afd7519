# METADATA
# title: Control interface
# description: >-
#   Every package under data.update_gate.controls implements the control interface the decision
#   relies on (docs/policies.md): findings, level, level_reason and, optionally,
#   configuration_levels, on every fixture input.
# scope: package
package update_gate.test.controls_interface_test

import data.update_gate.decision
import data.update_gate.lib
import data.update_gate.test.fixtures_test as fx

severities := {"violation", "gap", "warning", "info"}

# METADATA
# title: Implements the interface
# description: The control document ctl of package name meets the interface for the configuration ids in scope.
# scope: document
implements(name, ctl, ids) if {
	is_set(ctl.findings)
	every f in ctl.findings {
		well_formed_finding(name, f)
	}
	is_number(ctl.level)
	ctl.level == round(ctl.level)
	ctl.level >= 1
	ctl.level <= 4
	is_string(ctl.level_reason)
	ctl.level_reason != ""
	configuration_levels_ok(ctl, ids)
}

well_formed_finding(name, f) if {
	startswith(f.rule, concat("", [name, "."]))
	f.control == lib.control_of_rule(name)
	f.severity in severities
	is_string(f.message)
	is_array(f.evidence)
	every id in f.evidence {
		is_string(id)
	}
	configuration_ok(f)
}

configuration_ok(f) if not "configuration" in object.keys(f)

configuration_ok(f) if is_string(f.configuration)

configuration_levels_ok(ctl, _) if not "configuration_levels" in object.keys(ctl)

configuration_levels_ok(ctl, ids) if {
	is_object(ctl.configuration_levels)
	every id, l in ctl.configuration_levels {
		id in ids
		l.level in {1, 2, 3, 4}
		is_string(l.reason)
	}
}

controls_on(inp) := {name: ctl |
	some name, ctl in data.update_gate.controls with input as inp with data.trust as fx.trust
}

test_every_control_implements_the_interface if {
	every inp in [fx.strong, fx.all_tested, fx.weak, fx.better] {
		ids := {c.id | some c in inp.package.scope.configurations}
		ctls := controls_on(inp)
		count(ctls) == 7
		every name, ctl in ctls {
			implements(name, ctl, ids)
		}
	}
}

test_decision_registers_every_control_by_id if {
	ids := object.keys(decision.controls) with input as fx.strong with data.trust as fx.trust
	ids == {"signing", "provenance", "approval", "rollback-recovery", "affected-versions", "notification", "retention"}
}

test_interface_check_rejects_a_broken_control if {
	good := {"findings": set(), "level": 4, "level_reason": "verified"}
	implements("x", good, {"a"})
	not implements("x", object.remove(good, ["level"]), {"a"})
	not implements("x", object.union(good, {"level": 7}), {"a"})
	not implements("x", object.union(good, {"findings": {{"rule": "y.r", "control": "x", "severity": "gap", "message": "m", "evidence": []}}}), {"a"})
	not implements("x", object.union(good, {"findings": {{"rule": "x.r", "control": "x", "severity": "fatal", "message": "m", "evidence": []}}}), {"a"})
	not implements("x", object.union(good, {"configuration_levels": {"b": {"level": 4, "reason": "r"}}}), {"a"})
	implements("x", object.union(good, {"configuration_levels": {"a": {"level": 4, "reason": "r"}}}), {"a"})
}

test_control_without_level_fails_closed if {
	broken := {"findings": set(), "level_reason": "no level"}
	r := decision.result with input as fx.all_tested with data.trust as fx.trust with data.update_gate.controls.broken as broken
	r.decision == "reject"
	some f in r.findings
	f.rule == "decision.control_malformed"
	f.control == "broken"
}
