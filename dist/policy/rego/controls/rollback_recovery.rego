# METADATA
# title: Rollback and recovery
# description: >-
#   Are rollback and recovery conditions documented and tested? Per configuration in scope:
#   documented rollback conditions, a passed rollback test and a passed recovery test on that
#   configuration's hardware. Missing or not-run tests are configuration-scoped gaps, failed
#   tests configuration-scoped violations. A recovery procedure alone is a level 2 document.
# scope: package
# schemas:
#   - input: schema["policy-input.schema"]
package update_gate.controls.rollback_recovery

import data.update_gate.lib

scope := input.package.scope

tests := ["rollback", "recovery"]

# METADATA
# title: Test records
# description: Rollback-recovery-tests items with a parsed record.
records := lib.records_of("rollback-recovery-tests")

record_ids := sort([e.id | some e in records])

# METADATA
# title: Results by configuration
# description: >-
#   The results of every test record with the record's evidence id, grouped by the configuration
#   they name (one pass over the results). Only results that count: the record is not refused,
#   and a test system authorized for the result's hardware signed it or the trust configuration
#   does not require signed test results (lib.counts_for_hardware).
results_by_configuration[r.configuration] contains {"evidence": e.id, "result": r} if {
	some e in records
	some r in e.record.results
	lib.counts_for_hardware(e, r.hardware)
}

# METADATA
# title: Hardware of results not signed by an authorized test system
# description: >-
#   By evidence id, when the trust configuration requires signed test results: the hardware of
#   results that no test system authorized for it signed, in records that are not refused
#   (package update_gate.attestation reports refused ones).
unsigned_hardware[e.id] contains r.hardware if {
	lib.signature_required("rollback-recovery-tests")
	some e in records
	not lib.refused_records[e.id]
	some r in e.record.results
	not lib.counts_for_hardware(e, r.hardware)
}

# METADATA
# title: Result not signed by an authorized test system
# description: >-
#   The trust configuration requires signed test results, and results for some hardware are not
#   signed by a test system authorized for it (testSystems in the trust configuration): they do
#   not count.
findings contains result_unsigned_finding(id, hws) if {
	some id, hws in unsigned_hardware
}

result_unsigned_finding(id, hws) := lib.finding({"rule": "rollback_recovery.result_unsigned", "severity": "warning", "message": msg, "evidence": [id]}) if {
	msg := concat("", [
		"test results in ", id, " for hardware ", concat(", ", sort(hws)),
		" are not signed by a test system authorized for that hardware (testSystems in the trust configuration), ",
		"and requirements.signedRecords requires signed rollback-recovery-tests records; they do not count",
	])
}

# Results for a configuration and test on that configuration's hardware.
results(c, test) := [x.result |
	some x in object.get(results_by_configuration, c.id, set())
	x.result.test == test
	x.result.hardware == c.hardware
]

# METADATA
# title: Tests missing
# description: No rollback and recovery test record in the package.
findings contains tests_missing_finding if {
	count(records) == 0
}

tests_missing_finding := lib.finding({"rule": "rollback_recovery.tests_missing", "severity": "gap", "message": msg, "evidence": []}) if {
	msg := concat("", [
		"no rollback and recovery test record in the package: add an evidence ",
		"item of kind rollback-recovery-tests to update-evidence.yaml ",
		"evidence[] and its record (schema ",
		"records/rollback-recovery-tests.schema.json, example ",
		"docs/evidence-format.md#rollback-recovery-tests)",
	])
}

# METADATA
# title: Tests for another update
# description: The test record names another product, from-version or to-version.
findings contains lib.finding({"rule": "rollback_recovery.scope_mismatch", "severity": "violation", "message": msg, "evidence": [e.id]}) if {
	some e in records
	[e.record.product, e.record.fromVersion, e.record.toVersion] != [scope.product, scope.fromVersion, scope.toVersion]
	msg := concat("", [
		"test record ", e.id, " is for ", e.record.product, " ", e.record.fromVersion, " -> ", e.record.toVersion,
		", scope is ", scope.product, " ", scope.fromVersion, " -> ", scope.toVersion,
	])
}

# METADATA
# title: Rollback conditions missing
# description: The test record documents no rollback condition.
findings contains conditions_missing_finding(e) if {
	some e in records
	count(e.record.rollbackConditions) == 0
}

conditions_missing_finding(e) := lib.finding({"rule": "rollback_recovery.conditions_missing", "severity": "gap", "message": msg, "evidence": [e.id]}) if {
	msg := concat("", [
		"test record ",
		e.id,
		" documents no rollback condition: add rollbackConditions (when and ",
		"how the update is rolled back)",
	])
}

# METADATA
# title: Test on other hardware
# description: A result for a configuration ran on hardware other than the configuration's.
findings contains hardware_mismatch_finding(x, c, r) if {
	some id, xs in results_by_configuration
	c := lib.configurations[id]
	some x in xs
	r := x.result
	r.hardware != c.hardware
}

hardware_mismatch_finding(x, c, r) := lib.finding({
	"rule": "rollback_recovery.hardware_mismatch",
	"severity": "violation",
	"message": msg,
	"evidence": [x.evidence],
	"configuration": c.id,
}) if {
	msg := concat("", [r.test, " test for ", c.id, " ran on ", r.hardware, ", the configuration's hardware is ", c.hardware])
}

# METADATA
# title: Test failed
# description: A rollback or recovery test failed on the configuration (rollback_recovery.rollback_test_failed, rollback_recovery.recovery_test_failed).
findings contains lib.finding({"rule": rule, "severity": "violation", "message": msg, "evidence": record_ids, "configuration": c.id}) if {
	some c in scope.configurations
	some test in tests
	some r in results(c, test)
	r.outcome == "failed"
	rule := concat("", ["rollback_recovery.", test, "_test_failed"])
	msg := concat("", [test, " test failed on ", c.id, " (", c.hardware, ")"])
}

# METADATA
# title: Tested before the build
# description: >-
#   A rollback or recovery result for a configuration in scope is dated before the build of the
#   release (lib.build_instants: a verified build provenance's start, else its finish): it
#   tested something else, not this build.
findings contains tested_before_build_finding(x, c, b) if {
	some c in scope.configurations
	some x in object.get(results_by_configuration, c.id, set())
	is_string(x.result.time)
	some b in lib.build_instants
	lib.time_lt(x.result.time, b.time)
}

tested_before_build_finding(x, c, b) := lib.finding({
	"rule": "rollback_recovery.tested_before_build",
	"severity": "violation",
	"message": msg,
	"evidence": [x.evidence, b.evidence],
	"configuration": c.id,
}) if {
	r := x.result
	msg := concat("", [
		r.test, " test on ", c.id, " in ", x.evidence, " at ", r.time, " is before the build of ",
		b.evidence, " at ", b.time, ": it does not test this build",
	])
}

# METADATA
# title: Test missing or not run
# description: >-
#   No passed rollback or recovery test on the configuration's hardware
#   (rollback_recovery.rollback_test_missing, rollback_recovery.recovery_test_missing).
findings contains lib.finding({"rule": rule, "severity": "gap", "message": msg, "evidence": record_ids, "configuration": c.id}) if {
	count(records) > 0
	some c in scope.configurations
	some test in tests
	rs := results(c, test)
	not "passed" in {r.outcome | some r in rs}
	not "failed" in {r.outcome | some r in rs}
	rule := concat("", ["rollback_recovery.", test, "_test_missing"])
	msg := concat("", [
		test, " test ", missing_how(rs), " on ", c.id, " (", c.hardware,
		"): add a passed result { configuration: ", c.id, ", test: ", test,
		" } to the rollback-recovery-tests record (example docs/evidence-format.md#rollback-recovery-tests),",
		" or an exception (docs/evidence-format.md#index-update-evidenceyaml) for ", c.id, " that waives this rule",
	])
}

missing_how(rs) := "not run" if count(rs) > 0

missing_how(rs) := "missing" if count(rs) == 0

# METADATA
# title: Recovery procedure missing
# description: No recovery-procedure document; tests alone do not tell operators what to do.
findings contains lib.finding({
	"rule": "rollback_recovery.procedure_missing",
	"severity": "warning",
	"message": msg,
	"evidence": [],
}) if {
	count([e | some e in lib.of_kind("recovery-procedure"); lib.available(e)]) == 0
	msg := concat("", [
		"no recovery procedure document in the package: add an evidence item ",
		"of kind recovery-procedure (a Markdown or text file, example ",
		"docs/evidence-format.md#recovery-procedure)",
	])
}

# METADATA
# title: Update-wide findings
# description: The findings about the update as a whole (no configuration).
global_findings := {f | some f in findings; not f.configuration}

global_blocking := lib.blocking(global_findings)

# METADATA
# title: Findings by configuration
# description: The configuration-scoped findings, grouped by configuration (one pass).
findings_by_configuration[f.configuration] contains f if {
	some f in findings
	f.configuration
}

# METADATA
# title: Configurations with blocking findings
# description: Configurations with a violation or gap of their own.
blocking_configurations contains f.configuration if {
	some f in lib.blocking(findings)
	f.configuration
}

# METADATA
# title: Configuration levels
# description: >-
#   Per configuration, 4 when its tests passed on its hardware and the record is sound, else the
#   evidence present capped at 3, with the rules that stopped it (its own and the update-wide ones).
# scope: rule
configuration_levels[c.id] := {"level": 4, "reason": reason} if {
	some c in scope.configurations
	count(records) > 0
	count(global_blocking) == 0
	not blocking_configurations[c.id]
	reason := concat("", ["verified: rollback and recovery tests passed on ", c.hardware, ", rollback conditions documented"])
}

configuration_levels[c.id] := lib.unverified("rollback-recovery", scoped) if {
	some c in scope.configurations
	scoped := global_findings | object.get(findings_by_configuration, c.id, set())
	count(lib.blocking(scoped)) > 0
}

# METADATA
# title: Level
# description: The highest configuration level (the per-configuration levels are in configuration_levels).
level := max({l.level | some l in configuration_levels}) if count(configuration_levels) > 0

else := lib.unverified("rollback-recovery", findings).level

# METADATA
# title: Level reason
# description: Why the control has its level, per configuration.
level_reason := concat("; ", [configuration_reason(lib.sorted(ids_by_level[[level, reason]]), {"level": level, "reason": reason}) |
	some level in sort(object.keys(reasons_by_level))
	some reason in lib.sorted(reasons_by_level[level])
]) if count(configuration_levels) > 0

else := lib.unverified("rollback-recovery", findings).reason

# Configuration ids by [level, reason], grouped in one pass ([level, reason] sorts as the
# {level, reason} object does).
ids_by_level[[l.level, l.reason]] contains id if some id, l in configuration_levels

# The reasons at each level (so [level, reason] is sorted as level, then the strings alone).
reasons_by_level[l.level] contains l.reason if some l in configuration_levels

# Configurations with the same level and reason are named together, so a rule id is said once.
# An unverified reason already starts with its level ("level 3 (...)"): it is not said twice.
configuration_reason(ids, l) := concat("", [concat(", ", ids), ": ", l.reason]) if startswith(l.reason, "level ")

else := concat("", [concat(", ", ids), ": level ", lib.int_text(l.level), ", ", l.reason])
