package update_gate.test.controls.notification_test

import data.update_gate.controls.notification
import data.update_gate.test.fixtures_test as fx

rules_for(inp) := r if {
	r := fx.rules(notification.findings) with input as inp with data.trust as fx.trust
}

with_notification(patch) := fx.with_record(fx.strong, "notification", object.union(fx.notification, patch))

test_strong_verified if {
	rules_for(fx.strong) == {"notification.not_sent"}
	notification.level == 4 with input as fx.strong with data.trust as fx.trust
	startswith(notification.level_reason, "verified") with input as fx.strong with data.trust as fx.trust
}

test_missing_configuration if {
	some f in notification.findings with input as with_notification({"scope": {"configurations": ["reference"]}}) with data.trust as fx.trust
	f.rule == "notification.configuration_missing"
	contains(f.message, "regional")
	not "configuration" in object.keys(f)
}

test_scope_gaps if {
	r := rules_for(with_notification({"status": "sent", "text": " ", "scope": {"product": "IC-30", "cohorts": ["B"], "vulnerabilities": []}}))
	r == {"notification.product_mismatch", "notification.cohort_missing", "notification.vulnerability_missing", "notification.text_missing"}
	notification.level == 3 with input as with_notification({"text": ""}) with data.trust as fx.trust
}

test_missing if "notification.missing" in rules_for(fx.without(fx.strong, "notification"))
