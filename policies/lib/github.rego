# Approvals GitHub authenticates (docs/policies.md, "Approvals GitHub authenticates"): in the
# Action, input.github holds facts read from GitHub's API at run time (a pull request's reviews
# per reviewer, a run's environment deployment approvals); the trust configuration maps logins
# to people (data.trust.approvers[].github). Which of them count is decided here.
# (package update_gate.lib: its METADATA is in lib.rego.)
package update_gate.lib

# METADATA
# title: People of a GitHub login
# description: >-
#   By lower-cased GitHub login (logins are case-insensitive), the ids of the approvers the trust
#   configuration maps it to (approvers[].github).
people_of_login[lower(a.github)] contains a.id if {
	some a in data.trust.approvers
	is_string(object.get(a, "github", null))
}

# METADATA
# title: Approvals GitHub authenticates
# description: >-
#   By person id, how GitHub authenticated their approval of what is under review: their review
#   of the pull request, as it stands (the latest that approves, requests changes or was
#   dismissed), approves the exact head commit the evidence was read at (a review of an earlier
#   commit is stale) and they are not the pull request's author (separation of duties); or they
#   approved the run's deployment of an environment the trust configuration lists
#   (requirements.deploymentApprovalEnvironments), did not trigger the run, and rejected none of
#   it.
# scope: document
github_approvals[person] contains via if {
	some r in input.github.reviews
	r.state == "APPROVED"
	r.commitId == input.github.headSha
	r.byAuthor == false
	some person in people_of_login[lower(r.login)]
	via := concat("", ["approving review by ", r.login, " of ", input.github.headSha])
}

github_approvals[person] contains via if {
	some d in input.github.deploymentApprovals
	d.state == "approved"
	d.byAuthor == false
	covers_approval_environment(d)
	not deployment_rejected_by[lower(d.login)]
	some person in people_of_login[lower(d.login)]
	via := concat("", [
		"deployment approval by ", d.login, " of run ", int_text(input.github.runId),
		" (", concat(", ", d.environments), ")",
	])
}

# METADATA
# title: Environments whose deployment approval counts
# description: >-
#   Lower-cased (GitHub compares environment names case-insensitively), the environments the
#   trust configuration lists in requirements.deploymentApprovalEnvironments; none when it is
#   absent, so that an approval of a preview or staging environment of the run never counts as
#   approving the update.
approval_environments := {lower(e) | some e in object.get(requirements, "deploymentApprovalEnvironments", [])}

# METADATA
# title: Covers an environment whose approval counts
# description: Whether a deployment review names an environment of approval_environments.
covers_approval_environment(d) if {
	some e in d.environments
	lower(e) in approval_environments
}

# METADATA
# title: Logins that rejected the deployment
# description: Lower-cased logins with a rejecting environment review of the run.
deployment_rejected_by contains lower(d.login) if {
	some d in input.github.deploymentApprovals
	d.state == "rejected"
}

# METADATA
# title: Approved on GitHub
# description: >-
#   GitHub authenticates this person's approval of the change or run under review: it counts as
#   their signed approval or risk acceptance of what the package holds at that commit.
# scope: document
approved_on_github(person) if github_approvals[person]

# What GitHub authenticates adds a body to each authenticity check of the signed records
# (attestations.rego): the person's approval in a release-approval record, their risk-acceptance
# record, and an exception they accepted count as signed by them, as the package holds them at
# the commit they approved. (The record is whichever names the person: the first argument is
# used by the signature bodies in attestations.rego, not here.)
# regal ignore:argument-always-wildcard
authentic_approval(_, person) if approved_on_github(person)

# regal ignore:argument-always-wildcard
authentic_acceptance(_, person) if approved_on_github(person)

authentic_exception(ex) if approved_on_github(ex.acceptedBy)
