# METADATA
# title: Approvals GitHub authenticates
# description: >-
#   Says where the authentication of an approval came from when GitHub gives it (in the Action:
#   a pull request review of the head commit, an environment deployment approval, by a login the
#   trust configuration maps to a person), and why each other approving review or deployment
#   approval does not count: stale (another commit), by the pull request's author, by one who
#   pushed to its branch or the run's trigger (separation of duties), with the push of the head
#   commit missing from GitHub's log of the branch, of an environment the trust configuration does not list, a
#   login the trust configuration does not map, or a mapped approver objects. Which approvals
#   count is lib.github_approvals; the controls use it (approval, retention). A mapped approver's
#   objection (changes requested, deployment rejected) is a violation that always blocks; the
#   rest is information. Not a maturity control.
# scope: package
# schemas:
#   - input: schema["policy-input.schema"]
package update_gate.github

import data.update_gate.lib

head := input.github.headSha

# METADATA
# title: Approval authenticated by GitHub
# description: A person's approval or risk acceptance counts as signed by them, and how GitHub authenticated it.
findings contains approval_authenticated_finding(vias, person) if {
	some person, vias in lib.github_approvals
}

approval_authenticated_finding(vias, person) := info("github.approval_authenticated", msg) if {
	msg := concat("", [
		"approved by ", concat("; ", sort(vias)),
		": counts as ", person, "'s signed approval or risk acceptance of what the package holds there",
	])
}

# METADATA
# title: Review not counted
# description: An approving pull request review that does not count, and why.
findings contains review_not_counted_finding(r, reason) if {
	some r in input.github.reviews
	r.state == "APPROVED"
	reason := review_reason(r)
}

review_not_counted_finding(r, reason) := info("github.review_not_counted", msg) if {
	msg := concat("", ["the approving review by ", r.login, " does not count: ", reason])
}

review_reason(r) := "it is the pull request author's own (separation of duties)" if r.byAuthor

else := concat("", ["they pushed to ", branch_label, " (separation of duties)"]) if lib.pushed_by(r.login)

else := concat("", ["it is stale: given on ", commit_label(r.commitId), ", not the head ", head]) if r.commitId != head

else := not_mapped if not lib.people_of_login[lower(r.login)]

else := pull_request_reason

# Why no review of the head counts, whoever gave it (undefined when one may).
pull_request_reason := head_push_unknown if not lib.head_push_known

else := objection if lib.objected

commit_label(null) := "a commit GitHub no longer has"

branch_label := concat("", ["the pull request's branch ", input.github.pushes.branch]) if {
	is_string(input.github.pushes.branch)
} else := "the pull request's branch"

# Why no review counts when the last pusher is unknown (lib.head_push_known).
head_push_unknown := concat("", [
	"who pushed the head ", head, " is unknown: GitHub's activity log of ",
	branch_label, " does not hold the push that made it the tip",
	" (separation of duties cannot be checked)",
]) if {
	is_string(input.github.pushes.branch)
} else := "who pushed the head is unknown: the pull request's head repository is gone (separation of duties cannot be checked)" if {
	input.github.pushes
} else := "who pushed the head is unknown: the facts hold no pushes (input.github.pushes)"

commit_label(sha) := sha if is_string(sha)

not_mapped := "its login is not mapped to an approver in the trust configuration (approvers[].github)"

# METADATA
# title: Deployment approval not counted
# description: An approving environment review of the run that does not count, and why.
findings contains deployment_approval_not_counted_finding(d, reason) if {
	some d in input.github.deploymentApprovals
	d.state == "approved"
	reason := deployment_reason(d)
}

deployment_approval_not_counted_finding(d, reason) := info("github.deployment_approval_not_counted", msg) if {
	msg := concat("", [
		"the deployment approval by ", d.login, " of run ", lib.int_text(input.github.runId),
		" does not count: ", reason,
	])
}

deployment_reason(d) := "they triggered the run (separation of duties)" if d.byAuthor

else := environment_reason(d) if not lib.covers_approval_environment(d)

else := not_mapped if not lib.people_of_login[lower(d.login)]

else := run_reason

# Why no deployment approval of the run counts, whoever gave it (undefined when one may).
run_reason := commit_reason if not lib.evidence_at_run_commit

else := objection if lib.objected

objection := "a mapped approver objects on GitHub (github.changes_requested, github.deployment_rejected)"

# METADATA
# title: Changes requested
# description: >-
#   A mapped approver's review of the pull request, as it stands, requests changes: GitHub blocks
#   the merge on it, so the update is rejected and no approval GitHub authenticates counts until
#   they approve or the review is dismissed.
findings contains changes_requested_finding(r) if {
	some r in lib.changes_requested
}

changes_requested_finding(r) := violation("github.changes_requested", msg) if {
	msg := concat("", [
		approver_label(r.login), " requests changes on pull request #", lib.int_text(input.github.pullRequest),
		" (review of ", commit_label(r.commitId), "): the update is not approved while an approver objects",
	])
}

# METADATA
# title: Deployment rejected
# description: >-
#   A mapped approver rejected the run's deployment (any environment): the update is rejected and
#   no approval GitHub authenticates counts for the run.
findings contains deployment_rejected_finding(d) if {
	some d in lib.deployment_rejections
}

deployment_rejected_finding(d) := violation("github.deployment_rejected", msg) if {
	msg := concat("", [
		approver_label(d.login), " rejected the deployment of run ", lib.int_text(input.github.runId),
		" (", approved_environments(d.environments), "): the update is not approved while an approver objects",
	])
}

approver_label(login) := concat("", [login, " (", concat(", ", sort(lib.people_of_login[lower(login)])), ")"])

environment_reason(d) := concat("", [
	"the trust configuration lists no environment whose deployment approval counts (",
	environments_field, ")",
]) if {
	count(lib.approval_environments) == 0
} else := concat("", [
	"it approves ", approved_environments(d.environments), ", none of the environments whose deployment approval counts (",
	environments_field, ": ", concat(", ", sort(lib.approval_environments)), ")",
])

environments_field := "requirements.deploymentApprovalEnvironments"

commit_reason := concat("", [
	"it approves the run for commit ", head, " (GITHUB_SHA), but the evidence was not read at a commit",
	" (the release's assets are the package, or the workspace is no git checkout)",
]) if {
	input.github.evidenceSha == null
} else := concat("", [
	"it approves the run for commit ", head, " (GITHUB_SHA), but the evidence was read at ",
	input.github.evidenceSha, " (the release tag, or the checkout, is at another commit)",
])

approved_environments([]) := "no environment"

approved_environments(envs) := concat(", ", envs) if count(envs) > 0

info(rule, msg) := lib.finding({"rule": rule, "severity": "info", "message": msg, "evidence": []})

violation(rule, msg) := lib.finding({"rule": rule, "severity": "violation", "message": msg, "evidence": []})
