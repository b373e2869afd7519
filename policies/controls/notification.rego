# METADATA
# title: Customer notification
# description: >-
#   The customer notification's scope covers the product, the cohort, every configuration in
#   scope (excluded ones too: their operators must learn they stay behind) and every
#   vulnerability in scope, and it has text.
# scope: package
package update_gate.controls.notification

import data.update_gate.lib

scope := input.package.scope

# METADATA
# title: Notification records
# description: Customer-notification items with a parsed record.
records := lib.records_of("customer-notification")

finding(rule, severity, message, evidence) := {
	"rule": rule,
	"control": "notification",
	"severity": severity,
	"message": message,
	"evidence": sort(evidence),
}

# METADATA
# title: Notification missing
# description: No customer notification in the package.
findings contains finding("notification.missing", "gap", msg, []) if {
	count(records) == 0
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
findings contains finding("notification.product_mismatch", "violation", msg, [e.id]) if {
	some e in records
	e.record.scope.product != scope.product
	msg := concat("", ["notification ", e.id, " is for product ", e.record.scope.product, ", scope is ", scope.product])
}

# METADATA
# title: Cohort not covered
# description: The notification does not cover the cohort in scope.
findings contains finding("notification.cohort_missing", "violation", msg, [e.id]) if {
	some e in records
	not scope.cohort in e.record.scope.cohorts
	msg := concat("", ["notification ", e.id, " does not cover cohort ", scope.cohort])
}

# METADATA
# title: Configuration not covered
# description: The notification does not cover a configuration in scope.
findings contains finding("notification.configuration_missing", "violation", msg, [e.id]) if {
	some e in records
	some c in scope.configurations
	not c.id in e.record.scope.configurations
	msg := concat("", ["notification ", e.id, " does not cover configuration ", c.id])
}

# METADATA
# title: Vulnerability not covered
# description: The notification does not cover a vulnerability in scope.
findings contains finding("notification.vulnerability_missing", "violation", msg, [e.id]) if {
	some e in records
	some v in scope.vulnerabilities
	not v in e.record.scope.vulnerabilities
	msg := concat("", ["notification ", e.id, " does not cover ", v])
}

# METADATA
# title: Notification text missing
# description: The notification has no text for operators.
findings contains finding("notification.text_missing", "gap", msg, [e.id]) if {
	some e in records
	trim_space(e.record.text) == ""
	msg := concat("", [
		"the customer notification (", e.id, ") has no text: fill in its text field ",
		"(example docs/evidence-format.md#customer-notification)",
	])
}

# METADATA
# title: Notification status
# description: The notification is a draft or approved, not yet sent; recorded for the reviewer.
findings contains finding("notification.not_sent", "info", msg, [e.id]) if {
	some e in records
	e.record.status != "sent"
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
