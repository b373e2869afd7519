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
#   commit is stale), they are not the pull request's author and did not push to its branch, and
#   GitHub's log of the branch holds the push of the head commit (separation of duties); or they
#   approved the run's deployment of an environment the trust configuration lists
#   (requirements.deploymentApprovalEnvironments), the evidence was read at the run's commit
#   (evidence_at_run_commit) and they did not trigger the run. None counts while a mapped
#   approver objects (objected).
# scope: document
github_approvals[person] contains via if {
	not objected
	some r in input.github.reviews
	r.state == "APPROVED"
	r.commitId == input.github.headSha
	r.byAuthor == false
	head_push_known
	not pushed_by(r.login)
	some person in people_of_login[lower(r.login)]
	via := concat("", ["approving review by ", r.login, " of ", input.github.headSha])
}

github_approvals[person] contains via if {
	not objected
	some d in input.github.deploymentApprovals
	d.state == "approved"
	d.byAuthor == false
	covers_approval_environment(d)
	evidence_at_run_commit
	some person in people_of_login[lower(d.login)]
	via := concat("", [
		"deployment approval by ", d.login, " of run ", int_text(input.github.runId),
		" (", concat(", ", d.environments), ")",
	])
}

# METADATA
# title: Pushers of the pull request's branch
# description: >-
#   Lower-cased, the logins GitHub's activity log of the pull request's head branch names
#   (input.github.pushes.logins): whoever moved the branch changed what is under review.
pusher_logins := {lower(login) | some login in input.github.pushes.logins}

# METADATA
# title: Pushed to the pull request's branch
# description: Whether a login is one of pusher_logins (case-insensitively).
pushed_by(login) if lower(login) in pusher_logins

# METADATA
# title: Who pushed the head commit is known
# description: >-
#   GitHub's log of the head branch holds the activity that made the head commit its tip: without
#   it (a log that no longer reaches it, a deleted fork, facts without pushes) the last pusher is
#   unknown and no review can be told apart from one by them.
# scope: document
head_push_known if input.github.pushes.headPushed == true

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
# title: Evidence read at the run's commit
# description: >-
#   A deployment approval approves the run, which is for one commit (GITHUB_SHA, headSha): it
#   says what the package holds only when the evidence was read at that commit (evidenceSha), not
#   at a release tag moved since, another checkout, or the release's assets (no commit).
# scope: document
evidence_at_run_commit if input.github.evidenceSha == input.github.headSha

# METADATA
# title: Changes requested by a mapped approver
# description: >-
#   The pull request reviews, as they stand, of mapped logins that request changes: GitHub
#   blocks the merge on such a review whatever commit it was given on, until the reviewer
#   approves or the review is dismissed.
changes_requested contains r if {
	some r in input.github.reviews
	r.state == "CHANGES_REQUESTED"
	people_of_login[lower(r.login)]
}

# METADATA
# title: Deployment rejected by a mapped approver
# description: >-
#   The run's environment reviews by mapped logins that reject the deployment, of any
#   environment: a rejection is a no to the run (whoever triggered it: separation of duties
#   bars approving one's own run, not objecting to it).
deployment_rejections contains d if {
	some d in input.github.deploymentApprovals
	d.state == "rejected"
	people_of_login[lower(d.login)]
}

# METADATA
# title: A mapped approver objects
# description: >-
#   A person the trust configuration maps a login to objects on GitHub (changes_requested,
#   deployment_rejections): no approval GitHub authenticates counts, and the github check
#   rejects the update (github.changes_requested, github.deployment_rejected).
# scope: document
objected if count(changes_requested) > 0

objected if count(deployment_rejections) > 0

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
