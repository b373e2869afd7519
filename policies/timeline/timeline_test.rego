package update_gate.timeline_test

import data.update_gate.test.fixtures_test as fx
import data.update_gate.timeline

future_messages(inp) := {f.message | some f in timeline.findings with input as inp}

test_strong_has_nothing_from_the_future if {
	count(timeline.findings) == 0 with input as fx.strong
}

test_every_happened_time_is_checked if {
	early := object.union(fx.keyless, {"evaluationTime": "2026-09-01T00:00:00Z"})
	msgs := future_messages(early)
	some a in msgs
	contains(a, "signing time in signing event signing-event is 2026-10-02T10:00:00Z, after the evaluation time 2026-09-01T00:00:00Z")
	some b in msgs
	startswith(b, "approval by carol@supplier.example")
	some c in msgs
	contains(c, "test on reference")
	some d in msgs
	startswith(d, "deployment to reference")
	some e in msgs
	startswith(e, "acceptance of exception EXC-1")
	some f in msgs
	startswith(f, "transparency-log integrated time (log index 42) of provenance")
	some g in msgs
	startswith(g, "build startedOn of provenance")
	some h in msgs
	startswith(h, "time of evidence item manifest")
}

test_signed_timestamps_checked if {
	sig := object.union(fx.certificate_signature, {"signedTimestamps": ["2026-12-01T00:00:00Z"]})
	inp := fx.patch_item(fx.strong, "provenance", {"verification": {"signatures": [sig]}})
	some m in future_messages(inp)
	startswith(m, "signed timestamp of provenance is 2026-12-01T00:00:00Z")
}

test_times_ahead_by_design_not_checked if {
	# followUpBy (2027-01-15) and key validUntil lie ahead by design
	msgs := future_messages(object.union(fx.strong, {"evaluationTime": "2026-11-26T00:00:00Z"}))
	count(msgs) == 0
}

test_later_than_by_time_key_and_by_parsing if {
	key := "2026-11-26T00:00:00000000000"
	ns := time.parse_rfc3339_ns("2026-11-26T00:00:00Z")
	timeline.later_than("2026-11-26T00:00:00.000000001Z", key, ns)
	not timeline.later_than("2026-11-26T00:00:00Z", key, ns)
	not timeline.later_than("2026-11-25T23:59:59.999999999Z", key, ns)

	# not in normal form: parsed (offsets); an invalid time is never later
	timeline.later_than("2026-11-26T01:00:00+00:30", key, ns)
	not timeline.later_than("2026-11-26T01:00:00+01:30", key, ns)
	not timeline.later_than("the day after", key, ns)

	# a reference without a key: parsed
	timeline.later_than("2026-11-26T00:00:01Z", null, ns)
	not timeline.later_than("2026-11-25T00:00:01Z", null, ns)
}

test_now_key if {
	timeline.now_key == "2026-11-26T00:00:00000000000" with input as {"evaluationTime": "2026-11-26T00:00:00Z"}
	timeline.now_key == "2026-11-26T00:00:00500000000" with input as {"evaluationTime": "2026-11-26T00:00:00.5Z"}
}
