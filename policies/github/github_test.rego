package update_gate.github_test

import data.update_gate.decision
import data.update_gate.github
import data.update_gate.lib
import data.update_gate.test.fixtures_test as fx

head := "cccccccccccccccccccccccccccccccccccccccc"

old := "dddddddddddddddddddddddddddddddddddddddd"

# The seed trust with Olga (risk acceptor) and Carol (release approver) mapped to GitHub logins,
# and the production environment's deployment approval counting.
trust := object.union(fx.trust, {
	"approvers": [mapped(a) | some a in fx.trust.approvers],
	"requirements": {"deploymentApprovalEnvironments": ["production"]},
})

mapped(a) := object.union(a, {"github": "olga-buyer"}) if a.id == "olga@buyer.example"

else := object.union(a, {"github": "Carol-Supplier"}) if a.id == "carol@supplier.example"

else := a

review(login, commit, by_author) := {
	"login": login, "state": "APPROVED", "commitId": commit,
	"submittedAt": "2026-10-06T10:00:00Z", "byAuthor": by_author,
}

# The strong example without record signatures (the seed's strong carries none; this holds
# whatever the fixtures carry).
strong := object.union(fx.strong, {"evidence": [object.remove(e, ["attestation"]) | some e in fx.strong.evidence]})

branch := "supplier/ic22-fleet:refs/heads/update-5.4.3"

# The supplier's bot opened the pull request and pushed its head commit.
on_pr(reviews) := pushed(reviews, {"branch": branch, "logins": ["supplier-bot"], "headPushed": true})

pushed(reviews, pushes) := object.union(strong, {"github": {
	"event": "pull_request.synchronize", "repository": "buyer/ic22-fleet", "pullRequest": 7,
	"headSha": head, "evidenceSha": head, "author": "supplier-bot", "reviews": reviews,
	"deploymentApprovals": [], "pushes": pushes,
}})

approval(login, state, by_author) := {
	"login": login, "state": state, "environments": ["production"],
	"comment": "", "byAuthor": by_author,
}

on_run(approvals) := object.union(strong, {"github": {
	"event": "release.published", "repository": "buyer/ic22-fleet", "runId": 4242,
	"headSha": head, "evidenceSha": head, "author": "release-bot", "reviews": [],
	"deploymentApprovals": approvals,
}})

# The run for head, its evidence read at another commit (or at none: null).
read_at(sha, approvals) := object.union(on_run(approvals), {"github": {"evidenceSha": sha}})

messages(fs, rule) := {f.message | some f in fs; f.rule == rule}

test_review_of_the_head_by_a_mapped_login_counts if {
	got := lib.github_approvals with input as on_pr([review("olga-buyer", head, false)]) with data.trust as trust
	got == {"olga@buyer.example": {concat("", ["approving review by olga-buyer of ", head])}}
	lib.approved_on_github("olga@buyer.example") with input as on_pr([review("olga-buyer", head, false)]) with data.trust as trust
}

test_logins_compare_case_insensitively if {
	got := lib.github_approvals with input as on_pr([review("carol-supplier", head, false)]) with data.trust as trust
	object.keys(got) == {"carol@supplier.example"}
}

test_stale_own_unmapped_and_not_approving_reviews_do_not_count if {
	reviews := [
		review("olga-buyer", old, false),
		review("Carol-Supplier", head, true),
		review("stranger", head, false),
		object.union(review("olga-buyer", head, false), {"login": "olga-alt", "state": "CHANGES_REQUESTED"}),
	]
	count(lib.github_approvals) == 0 with input as on_pr(reviews) with data.trust as trust
	fs := github.findings with input as on_pr(reviews) with data.trust as trust
	messages(fs, "github.review_not_counted") == {
		concat("", ["the approving review by olga-buyer does not count: it is stale: given on ", old, ", not the head ", head]),
		"the approving review by Carol-Supplier does not count: it is the pull request author's own (separation of duties)",
		"the approving review by stranger does not count: its login is not mapped to an approver in the trust configuration (approvers[].github)",
	}
	count(messages(fs, "github.approval_authenticated")) == 0
}

test_a_review_by_one_who_pushed_to_the_branch_does_not_count if {
	# Olga pushed a commit to the supplier's pull request, then approved its head.
	facts := pushed([review("olga-buyer", head, false)], {"branch": branch, "logins": ["Olga-Buyer", "supplier-bot"], "headPushed": true})
	count(lib.github_approvals) == 0 with input as facts with data.trust as trust
	fs := github.findings with input as facts with data.trust as trust
	messages(fs, "github.review_not_counted") == {concat("", [
		"the approving review by olga-buyer does not count: they pushed to the pull request's branch ",
		branch, " (separation of duties)",
	])}
}

test_no_review_counts_when_the_push_of_the_head_is_not_in_the_log if {
	facts := pushed([review("olga-buyer", head, false)], {"branch": branch, "logins": ["supplier-bot"], "headPushed": false})
	count(lib.github_approvals) == 0 with input as facts with data.trust as trust
	fs := github.findings with input as facts with data.trust as trust
	messages(fs, "github.review_not_counted") == {concat("", [
		"the approving review by olga-buyer does not count: who pushed the head ", head,
		" is unknown: GitHub's activity log of the pull request's branch ", branch,
		" does not hold the push that made it the tip (separation of duties cannot be checked)",
	])}
}

test_no_review_counts_when_the_head_repository_is_gone if {
	facts := pushed([review("olga-buyer", head, false)], {"branch": null, "logins": [], "headPushed": false})
	count(lib.github_approvals) == 0 with input as facts with data.trust as trust
	fs := github.findings with input as facts with data.trust as trust
	messages(fs, "github.review_not_counted") == {concat("", [
		"the approving review by olga-buyer does not count: who pushed the head is unknown: ",
		"the pull request's head repository is gone (separation of duties cannot be checked)",
	])}
}

test_no_review_counts_without_push_facts if {
	facts := object.union(strong, {"github": object.remove(on_pr([review("olga-buyer", head, false)]).github, ["pushes"])})
	count(lib.github_approvals) == 0 with input as facts with data.trust as trust
	fs := github.findings with input as facts with data.trust as trust
	messages(fs, "github.review_not_counted") == {concat("", [
		"the approving review by olga-buyer does not count: ",
		"who pushed the head is unknown: the facts hold no pushes (input.github.pushes)",
	])}
}

test_review_on_a_vanished_commit_is_stale if {
	fs := github.findings with input as on_pr([review("olga-buyer", null, false)]) with data.trust as trust
	messages(fs, "github.review_not_counted") == {concat("", [
		"the approving review by olga-buyer does not count: it is stale: given on a commit GitHub no longer has, not the head ",
		head,
	])}
}

test_without_a_mapping_nothing_counts if {
	count(lib.github_approvals) == 0 with input as on_pr([review("olga-buyer", head, false)]) with data.trust as fx.trust
}

test_without_github_facts_no_findings if {
	count(github.findings) == 0 with input as fx.strong with data.trust as trust
}

test_the_report_says_where_the_authentication_came_from if {
	r := decision.result with input as on_pr([review("olga-buyer", head, false)]) with data.trust as trust
	some f in r.findings
	f.rule == "github.approval_authenticated"
	f.control == "github"
	f.severity == "info"
	f.message == concat("", [
		"approved by approving review by olga-buyer of ", head,
		": counts as olga@buyer.example's signed approval or risk acceptance of what the package holds there",
	])
}

test_deployment_approval_by_a_mapped_login_counts if {
	got := lib.github_approvals with input as on_run([approval("carol-supplier", "approved", false)]) with data.trust as trust
	got == {"carol@supplier.example": {"deployment approval by carol-supplier of run 4242 (production)"}}
}

test_an_approval_of_another_environment_does_not_count if {
	preview := object.union(approval("carol-supplier", "approved", false), {"environments": ["docs-preview"]})
	count(lib.github_approvals) == 0 with input as on_run([preview]) with data.trust as trust
	fs := github.findings with input as on_run([preview]) with data.trust as trust
	messages(fs, "github.deployment_approval_not_counted") == {concat("", [
		"the deployment approval by carol-supplier of run 4242 does not count: it approves docs-preview, ",
		"none of the environments whose deployment approval counts (requirements.deploymentApprovalEnvironments: production)",
	])}
	none := object.union(approval("carol-supplier", "approved", false), {"environments": []})
	messages(github.findings, "github.deployment_approval_not_counted") == {concat("", [
		"the deployment approval by carol-supplier of run 4242 does not count: it approves no environment, ",
		"none of the environments whose deployment approval counts (requirements.deploymentApprovalEnvironments: production)",
	])} with input as on_run([none]) with data.trust as trust
}

test_an_approval_covering_a_listed_environment_counts_whatever_its_case if {
	both := object.union(approval("carol-supplier", "approved", false), {"environments": ["Production", "docs-preview"]})
	got := lib.github_approvals with input as on_run([both]) with data.trust as trust
	got == {"carol@supplier.example": {"deployment approval by carol-supplier of run 4242 (Production, docs-preview)"}}
	listed_upper := object.union(trust, {"requirements": {"deploymentApprovalEnvironments": ["PRODUCTION"]}})
	object.keys(lib.github_approvals) == {"carol@supplier.example"} with input as on_run([approval("carol-supplier", "approved", false)])
		with data.trust as listed_upper
}

test_without_listed_environments_no_deployment_approval_counts if {
	unlisted := json.remove(trust, ["requirements/deploymentApprovalEnvironments"])
	count(lib.github_approvals) == 0 with input as on_run([approval("carol-supplier", "approved", false)]) with data.trust as unlisted
	fs := github.findings with input as on_run([approval("carol-supplier", "approved", false)]) with data.trust as unlisted
	messages(fs, "github.deployment_approval_not_counted") == {concat("", [
		"the deployment approval by carol-supplier of run 4242 does not count: the trust configuration lists no ",
		"environment whose deployment approval counts (requirements.deploymentApprovalEnvironments)",
	])}

	# As load writes an absent list out: [].
	empty := object.union(trust, {"requirements": {"deploymentApprovalEnvironments": []}})
	count(lib.github_approvals) == 0 with input as on_run([approval("carol-supplier", "approved", false)]) with data.trust as empty
}

test_a_deployment_approval_counts_only_when_the_evidence_was_read_at_the_runs_commit if {
	carol := [approval("carol-supplier", "approved", false)]
	count(lib.github_approvals) == 0 with input as read_at(old, carol) with data.trust as trust
	messages(github.findings, "github.deployment_approval_not_counted") == {concat("", [
		"the deployment approval by carol-supplier of run 4242 does not count: it approves the run for commit ",
		head, " (GITHUB_SHA), but the evidence was read at ", old,
		" (the release tag, or the checkout, is at another commit)",
	])} with input as read_at(old, carol) with data.trust as trust

	count(lib.github_approvals) == 0 with input as read_at(null, carol) with data.trust as trust
	messages(github.findings, "github.deployment_approval_not_counted") == {concat("", [
		"the deployment approval by carol-supplier of run 4242 does not count: it approves the run for commit ",
		head, " (GITHUB_SHA), but the evidence was not read at a commit",
		" (the release's assets are the package, or the workspace is no git checkout)",
	])} with input as read_at(null, carol) with data.trust as trust

	r := decision.result with input as read_at(old, carol) with data.trust as requiring(["release-approval"])
	r.decision == "reject"
}

test_self_approved_and_unmapped_deployment_approvals_do_not_count if {
	approvals := [
		approval("carol-supplier", "approved", true),
		approval("stranger", "approved", false),
		approval("stranger", "rejected", false),
		approval("carol-supplier", "pending", false),
	]
	count(lib.github_approvals) == 0 with input as on_run(approvals) with data.trust as trust
	fs := github.findings with input as on_run(approvals) with data.trust as trust
	messages(fs, "github.deployment_approval_not_counted") == {
		"the deployment approval by carol-supplier of run 4242 does not count: they triggered the run (separation of duties)",
		"the deployment approval by stranger of run 4242 does not count: its login is not mapped to an approver in the trust configuration (approvers[].github)",
	}

	# An unmapped login's rejection is no objection of an approver.
	count({f | some f in fs; f.severity == "violation"}) == 0
}

objects := "a mapped approver objects on GitHub (github.changes_requested, github.deployment_rejected)"

test_a_mapped_approvers_rejection_of_any_environment_vetoes_every_deployment_approval if {
	approvals := [
		approval("carol-supplier", "approved", false),
		object.union(approval("olga-buyer", "rejected", false), {"environments": ["docs-preview"]}),
	]
	count(lib.github_approvals) == 0 with input as on_run(approvals) with data.trust as trust
	fs := github.findings with input as on_run(approvals) with data.trust as trust
	messages(fs, "github.deployment_approval_not_counted") == {concat("", [
		"the deployment approval by carol-supplier of run 4242 does not count: ", objects,
	])}
	messages(fs, "github.deployment_rejected") == {concat("", [
		"olga-buyer (olga@buyer.example) rejected the deployment of run 4242 (docs-preview): ",
		"the update is not approved while an approver objects",
	])}
	r := decision.result with input as on_run(approvals) with data.trust as trust
	r.decision == "reject"
	some f in r.findings
	f.rule == "github.deployment_rejected"
	f.control == "github"
	f.severity == "violation"
}

test_the_run_triggers_own_rejection_is_an_objection if {
	fs := github.findings with input as on_run([approval("Carol-Supplier", "rejected", true)]) with data.trust as trust
	messages(fs, "github.deployment_rejected") == {concat("", [
		"Carol-Supplier (carol@supplier.example) rejected the deployment of run 4242 (production): ",
		"the update is not approved while an approver objects",
	])}
}

test_a_mapped_approvers_change_request_vetoes_every_review if {
	# Carol's change request of an earlier commit still stands: GitHub blocks the merge on it.
	reviews := [
		review("olga-buyer", head, false),
		object.union(review("carol-supplier", old, false), {"state": "CHANGES_REQUESTED"}),
	]
	count(lib.github_approvals) == 0 with input as on_pr(reviews) with data.trust as trust
	fs := github.findings with input as on_pr(reviews) with data.trust as trust
	messages(fs, "github.review_not_counted") == {concat("", ["the approving review by olga-buyer does not count: ", objects])}
	messages(fs, "github.changes_requested") == {concat("", [
		"carol-supplier (carol@supplier.example) requests changes on pull request #7 (review of ", old,
		"): the update is not approved while an approver objects",
	])}
	r := decision.result with input as on_pr(reviews) with data.trust as requiring(["risk-acceptance"])
	r.decision == "reject"
	"github.changes_requested" in {f.rule | some f in r.findings}
}

test_unmapped_and_dismissed_change_requests_are_no_objection if {
	reviews := [
		review("olga-buyer", head, false),
		object.union(review("stranger", head, false), {"state": "CHANGES_REQUESTED"}),
		object.union(review("carol-supplier", head, false), {"state": "DISMISSED"}),
	]
	object.keys(lib.github_approvals) == {"olga@buyer.example"} with input as on_pr(reviews) with data.trust as trust
	r := decision.result with input as on_pr(reviews) with data.trust as requiring(["risk-acceptance"])
	r.decision == "conditional"
}

# Signed records: under a trust configuration that requires signed risk acceptances (or release
# approvals), what GitHub authenticates counts as the person's signature.
requiring(kinds) := object.union(trust, {"requirements": {"signedRecords": kinds}})

test_unsigned_acceptance_rejects_without_a_review if {
	r := decision.result with input as on_pr([]) with data.trust as requiring(["risk-acceptance"])
	r.decision == "reject"
	"retention.exception_acceptance_unsigned" in {f.rule | some f in r.findings}
}

test_acceptors_review_of_the_head_makes_it_conditional if {
	r := decision.result with input as on_pr([review("olga-buyer", head, false)]) with data.trust as requiring(["risk-acceptance"])
	r.decision == "conditional"
	{c.id: c.result | some c in r.configurations} == {"reference": "approved", "regional": "excluded"}
	not "retention.exception_acceptance_unsigned" in {f.rule | some f in r.findings}
}

test_acceptors_stale_or_own_review_still_rejects if {
	stale := decision.result with input as on_pr([review("olga-buyer", old, false)]) with data.trust as requiring(["risk-acceptance"])
	stale.decision == "reject"
	own := decision.result with input as on_pr([review("olga-buyer", head, true)]) with data.trust as requiring(["risk-acceptance"])
	own.decision == "reject"
}

test_a_review_by_the_approver_does_not_accept_olgas_risk if {
	r := decision.result with input as on_pr([review("Carol-Supplier", head, false)]) with data.trust as requiring(["risk-acceptance"])
	r.decision == "reject"
}

test_deployment_approval_is_the_release_approval if {
	without := decision.result with input as on_run([]) with data.trust as requiring(["release-approval"])
	without.decision == "reject"
	"approval.not_signed_by_approver" in {f.rule | some f in without.findings}
	with_carol := decision.result with input as on_run([approval("carol-supplier", "approved", false)]) with data.trust as requiring(["release-approval"])
	with_carol.decision == "conditional"
	not "approval.not_signed_by_approver" in {f.rule | some f in with_carol.findings}
	both := [approval("carol-supplier", "approved", false), approval("carol-supplier", "rejected", false)]
	rejected := decision.result with input as on_run(both) with data.trust as requiring(["release-approval"])
	rejected.decision == "reject"
}

unsigned(r) := {f.evidence | some f in r.findings; f.rule == "attestation.unsigned"}

test_an_exception_the_acceptor_approved_is_not_listed_as_unsigned if {
	without := decision.result with input as on_pr([]) with data.trust as requiring([])
	["EXC-1"] in unsigned(without)
	with_review := decision.result with input as on_pr([review("olga-buyer", head, false)]) with data.trust as requiring([])
	not ["EXC-1"] in unsigned(with_review)
	["approval"] in unsigned(with_review)
}
