# METADATA
# title: Timeline
# description: >-
#   Evidence from the future: every time that records something having happened (evidence item
#   times, signing events, transparency-log integrated times and signed timestamps, build start
#   and finish, approvals, test results, deployments, exception acceptance) must not be later
#   than the evaluation time. Times that lie ahead by design (an exception's followUpBy, a key's
#   validUntil) are not checked here.
# scope: package
package update_gate.timeline

import data.update_gate.lib

# METADATA
# title: Evaluation time
# description: The time the decision is made for, in nanoseconds.
now := lib.ns(input.evaluationTime)

# METADATA
# title: Happened times
# description: Every recorded time of something that happened, as [what, evidence ids, time].
# scope: document
happened contains [concat("", ["time of evidence item ", e.id]), [e.id], e.time] if {
	some e in input.evidence
	is_string(e.time)
}

happened contains [concat("", ["signing time in signing event ", e.id]), [e.id], e.record.time] if {
	some e in lib.records_of("signing-event")
}

happened contains [concat("", ["approval by ", a.approver, " in ", e.id]), [e.id], a.time] if {
	some e in lib.records_of("release-approval")
	some a in e.record.approvals
}

happened contains [concat("", [r.test, " test on ", r.configuration, " in ", e.id]), [e.id], r.time] if {
	some e in lib.records_of("rollback-recovery-tests")
	some r in e.record.results
	is_string(r.time)
}

happened contains [concat("", ["deployment to ", r.configuration, " in ", e.id]), [e.id], r.time] if {
	some e in lib.records_of("deployment-records")
	some r in e.record.records
}

happened contains [concat("", ["acceptance of exception ", x.id]), [], x.acceptedAt] if {
	some x in input.package.exceptions
}

happened contains [concat("", ["transparency-log integrated time (log index ", t.logIndex, ") of ", e.id]), [e.id], t.integratedTime] if {
	some e in input.evidence
	some s in object.get(e, ["verification", "signatures"], [])
	some t in object.get(s, "tlogEntries", [])
	is_string(t.integratedTime)
}

happened contains [concat("", ["signed timestamp of ", e.id]), [e.id], t] if {
	some e in input.evidence
	some s in object.get(e, ["verification", "signatures"], [])
	some t in object.get(s, "signedTimestamps", [])
}

happened contains [concat("", ["build ", name, " of ", e.id]), [e.id], t] if {
	some e in lib.of_kind("build-provenance")
	slsa := object.get(e, ["verification", "slsa"], null)
	is_object(slsa)
	some name in ["startedOn", "finishedOn"]
	t := slsa[name]
	is_string(t)
}

# METADATA
# title: Evidence from the future
# description: A time that records something having happened is later than the evaluation time.
findings contains finding if {
	some h in happened
	lib.ns(h[2]) > now
	finding := {
		"rule": "timeline.evidence_from_the_future",
		"control": "timeline",
		"severity": "violation",
		"message": concat("", [
			h[0], " is ", h[2], ", after the evaluation time ", input.evaluationTime,
			" (evidence from the future)",
		]),
		"evidence": sort(h[1]),
	}
}
