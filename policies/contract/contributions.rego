# METADATA
# title: Host contract
# description: >-
#   What the host reads besides the decision. contributions: what each team package under
#   data.update_gate.custom contributes (findings, violations, conditions, exclusions,
#   questions), exactly as written; the host validates every entry against the $defs of
#   schemas/policy-output.schema.json (customFinding, ...) before it reads the decision, so a
#   malformed entry is an error naming package, rule, entry and field. evaluation
#   (evaluation.rego): the contributions and the decision from one evaluation, the entrypoint
#   the host reads of a policy that extends the built-in one.
# scope: package
package update_gate.contract

kinds := ["findings", "violations", "conditions", "exclusions", "questions"]

# METADATA
# title: Contributions
# description: >-
#   team -> rule name -> its entries: a set as a sorted array (so an entry index is stable), any
#   other value as it is (the host then says it is not a set).
contributions[team] := {kind: entries(pkg[kind]) | some kind in kinds; kind in object.keys(pkg)} if {
	some team, pkg in data.update_gate.custom
	is_object(pkg)
}

# METADATA
# title: Entries
# description: A set as a sorted array (a deterministic entry order); anything else unchanged.
# scope: document
entries(x) := sort(x) if is_set(x)

else := x
