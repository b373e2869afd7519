# METADATA
# title: Timeline
# description: >-
#   Evidence from the future: every time that records something having happened (evidence item
#   times, signing events, transparency-log integrated times and signed timestamps, build start
#   and finish, approvals, test results, deployments, exception acceptance) must not be later
#   than the evaluation time. Times that lie ahead by design (an exception's followUpBy, a key's
#   validUntil) are not checked here. The items holding such a time are left out of the
#   maturity (evidence_at_evaluation_time).
# scope: package
package update_gate.timeline

import data.update_gate.lib

# METADATA
# title: Evaluation time
# description: The time the decision is made for, in nanoseconds.
now := lib.ns(input.evaluationTime)

# METADATA
# title: Happened times
# description: Every recorded time of something that happened, as {what, evidence ids, time}.
# scope: document
happened contains {"what": concat("", ["time of evidence item ", e.id]), "evidence": [e.id], "time": e.time} if {
	some e in input.evidence
	is_string(e.time)
}

happened contains {"what": concat("", ["signing time in signing event ", e.id]), "evidence": [e.id], "time": e.record.time} if {
	some e in lib.records_of("signing-event")
}

happened contains {"what": concat("", ["approval by ", a.approver, " in ", e.id]), "evidence": [e.id], "time": a.time} if {
	some e in lib.records_of("release-approval")
	some a in e.record.approvals
}

happened contains {"what": concat("", [r.test, " test on ", r.configuration, " in ", e.id]), "evidence": [e.id], "time": r.time} if {
	some e in lib.records_of("rollback-recovery-tests")
	some r in e.record.results
	is_string(r.time)
}

happened contains {"what": concat("", ["deployment to ", r.configuration, " in ", e.id]), "evidence": [e.id], "time": r.time} if {
	some e in lib.deployment_records
	some r in e.record.records
}

happened contains {"what": concat("", ["acceptance of exception ", x.id]), "evidence": [], "time": x.acceptedAt} if {
	some x in input.package.exceptions
}

happened contains {"what": concat("", ["transparency-log integrated time (log index ", t.logIndex, ") of ", e.id]), "evidence": [e.id], "time": t.integratedTime} if {
	some e in lib.evidence
	some s in object.get(e, ["verification", "signatures"], [])
	some t in object.get(s, "tlogEntries", [])
	is_string(t.integratedTime)
}

happened contains {"what": concat("", ["signed timestamp of ", e.id]), "evidence": [e.id], "time": t} if {
	some e in lib.evidence
	some s in object.get(e, ["verification", "signatures"], [])
	some t in object.get(s, "signedTimestamps", [])
}

happened contains {"what": concat("", ["build ", name, " of ", e.id]), "evidence": [e.id], "time": t} if {
	some e in lib.of_kind("build-provenance")
	slsa := object.get(e, ["verification", "slsa"], null)
	is_object(slsa)
	some name in ["startedOn", "finishedOn"]
	t := slsa[name]
	is_string(t)
}

# METADATA
# title: Evaluation time key
# description: lib.time_key of the evaluation time, computed once; null when not in normal form.
# scope: document
default now_key := null

now_key := lib.time_key(input.evaluationTime)

# METADATA
# title: Later than
# description: >-
#   Whether time t is later than the time whose lib.time_key is ref_key (null if it has none) and
#   whose nanoseconds are ref_ns: by time_key when both are in normal form (no host call: a host
#   call per time copies its argument into a wasm heap that grows with the package), else by
#   time.parse_rfc3339_ns; undefined for an invalid time.
# scope: document
later_than(t, ref_key, ref_ns) := later if {
	is_string(ref_key)
	k := lib.time_key(t)
	later := k > ref_key
} else := lib.ns(t) > ref_ns

# METADATA
# title: Happened after the evaluation time
# description: The happened times later than the evaluation time.
# scope: document
after_evaluation_time contains h if {
	some h in happened
	later_than(h.time, now_key, now)
}

# METADATA
# title: Evidence items from the future
# description: Ids of the evidence items holding a time later than the evaluation time.
future_evidence contains id if {
	some h in after_evaluation_time
	some id in h.evidence
}

# METADATA
# title: Evidence at the evaluation time
# description: >-
#   input.evidence without the items from the future: what the maturity is measured on
#   (decision.controls), so that a level never credits evidence dated after the evaluation time.
evidence_at_evaluation_time := [e | some e in input.evidence; not future_evidence[e.id]]

# METADATA
# title: Evidence from the future
# description: A time that records something having happened is later than the evaluation time.
findings contains evidence_from_the_future_finding(h) if some h in after_evaluation_time

evidence_from_the_future_finding(h) := lib.finding({"rule": "timeline.evidence_from_the_future", "severity": "violation", "message": msg, "evidence": h.evidence}) if {
	msg := concat("", [
		h.what, " is ", h.time, ", after the evaluation time ", input.evaluationTime,
		" (evidence from the future)",
	])
}
