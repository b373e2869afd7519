# METADATA
# title: Two distinct approvers (buyer)
# description: >-
#   The buyer requires a four-eyes release: at least two distinct people with the
#   release-approver role in the trust configuration approved the update. Ids are compared
#   case-insensitively, so one person approving twice (or under two spellings of the same
#   address, or in two records) counts once.
# scope: package
package update_gate.custom.two_approvers

import data.update_gate.lib

# Parameters: update_gate.parameters.two_approvers.minimum (default 2).
params := data.update_gate.parameters.two_approvers if is_object(data.update_gate.parameters.two_approvers)

else := {}

minimum := object.get(params, "minimum", 2)

approval_items := lib.records_of("release-approval")

# METADATA
# title: Distinct approvers
# description: Lower-cased ids of release approvers who recorded an approval.
approvers contains lower(a.approver) if {
	some e in approval_items
	some a in e.record.approvals
	a.decision == "approved"
	lib.has_role(a.approver, "release-approver")
}

# METADATA
# title: Too few distinct approvers
# description: Fewer distinct release approvers than the buyer's minimum.
findings contains {
	"rule": "two_approvers.too_few",
	"severity": "violation",
	"message": concat("", [
		format_int(count(approvers), 10), " distinct release approver(s) (",
		concat(", ", sort(approvers)), "); the buyer requires ", format_int(minimum, 10),
	]),
	"evidence": sort([e.id | some e in approval_items]),
} if {
	count(approvers) < minimum
}
