# METADATA
# title: Customer notification
# description: >-
#   The customer notification's scope covers the product, the cohort, every configuration in
#   scope (excluded ones too: their operators must learn they stay behind) and every
#   vulnerability in scope, and it has text.
# scope: package
# schemas:
#   - input: schema["policy-input.schema"]
package update_gate.controls.notification

import data.update_gate.lib

scope := input.package.scope

# METADATA
# title: Notification records
# description: Customer-notification items with a parsed record.
records := lib.records_of("customer-notification")

# METADATA
# title: Configurations covered
# description: Per notification, the set of configurations its scope names.
covered_configurations[e.id] := {c | some c in e.record.scope.configurations} if some e in records

# METADATA
# title: Vulnerabilities covered
# description: Per notification, the set of vulnerabilities its scope names.
covered_vulnerabilities[e.id] := {v | some v in e.record.scope.vulnerabilities} if some e in records

# METADATA
# title: Notification missing
# description: No customer notification in the package.
findings contains missing_finding if {
	count(records) == 0
}

missing_finding := lib.finding({"rule": "notification.missing", "severity": "gap", "message": msg, "evidence": []}) if {
	msg := concat("", [
		"no customer notification in the package: add an evidence item of kind ",
		"customer-notification to update-evidence.yaml evidence[] and its ",
		"record (schema records/customer-notification.schema.json, example ",
		"docs/evidence-format.md#customer-notification)",
	])
}

# METADATA
# title: Notification for another product
# description: The notification names a product other than the one in scope.
findings contains product_mismatch_finding(e) if {
	some e in records
	e.record.scope.product != scope.product
}

product_mismatch_finding(e) := lib.finding({"rule": "notification.product_mismatch", "severity": "violation", "message": msg, "evidence": [e.id]}) if {
	msg := concat("", ["notification ", e.id, " is for product ", e.record.scope.product, ", scope is ", scope.product])
}

# METADATA
# title: Cohort not covered
# description: The notification does not cover the cohort in scope.
findings contains cohort_missing_finding(e) if {
	some e in records
	not scope.cohort in e.record.scope.cohorts
}

cohort_missing_finding(e) := lib.finding({"rule": "notification.cohort_missing", "severity": "violation", "message": msg, "evidence": [e.id]}) if {
	msg := concat("", ["notification ", e.id, " does not cover cohort ", scope.cohort])
}

# METADATA
# title: Configuration not covered
# description: The notification does not cover a configuration in scope.
findings contains configuration_missing_finding(e, c) if {
	some e in records
	some c in scope.configurations
	not covered_configurations[e.id][c.id]
}

configuration_missing_finding(e, c) := lib.finding({"rule": "notification.configuration_missing", "severity": "violation", "message": msg, "evidence": [e.id]}) if {
	msg := concat("", ["notification ", e.id, " does not cover configuration ", c.id])
}

# METADATA
# title: Vulnerability not covered
# description: The notification does not cover a vulnerability in scope.
findings contains vulnerability_missing_finding(e, v) if {
	some e in records
	some v in scope.vulnerabilities
	not covered_vulnerabilities[e.id][v]
}

vulnerability_missing_finding(e, v) := lib.finding({"rule": "notification.vulnerability_missing", "severity": "violation", "message": msg, "evidence": [e.id]}) if {
	msg := concat("", ["notification ", e.id, " does not cover ", v])
}

# METADATA
# title: Notification text missing
# description: The notification has no text for operators.
findings contains text_missing_finding(e) if {
	some e in records
	trim_space(e.record.text) == ""
}

text_missing_finding(e) := lib.finding({"rule": "notification.text_missing", "severity": "gap", "message": msg, "evidence": [e.id]}) if {
	msg := concat("", [
		"the customer notification (", e.id, ") has no text: fill in its text field ",
		"(example docs/evidence-format.md#customer-notification)",
	])
}

# METADATA
# title: Notification status
# description: The notification is a draft or approved, not yet sent; recorded for the reviewer.
findings contains not_sent_finding(e) if {
	some e in records
	e.record.status != "sent"
}

not_sent_finding(e) := lib.finding({"rule": "notification.not_sent", "severity": "info", "message": msg, "evidence": [e.id]}) if {
	msg := concat("", ["the customer notification (", e.id, ") is ", e.record.status, ", not yet sent"])
}

# METADATA
# title: Verified
# description: A notification is there and no violation or gap remains.
verified if {
	count(records) > 0
	count(lib.blocking(findings)) == 0
}

# METADATA
# title: Level
# description: 4 when verified, else the evidence present capped at 3.
level := 4 if verified

else := lib.unverified("notification", findings).level

# METADATA
# title: Level reason
# description: Why the control has its level.
level_reason := "verified: the notification covers the product, cohort, every configuration and vulnerability" if verified

else := lib.unverified("notification", findings).reason
