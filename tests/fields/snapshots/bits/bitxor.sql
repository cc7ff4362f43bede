query: Event.objects.annotate(x=F("flags").bitxor(6)).values_list("id", "x")

[sqlite]
SELECT "ev_event"."id", BITXOR("ev_event"."flags", ?) AS "x"
FROM "ev_event"
params: [6]

[postgresql]
SELECT "ev_event"."id", ("ev_event"."flags" # $1) AS "x" FROM "ev_event"
params: [6]

[mysql]
SELECT `ev_event`.`id`, CONVERT((`ev_event`.`flags` ^ ?), SIGNED) AS `x`
FROM `ev_event`
params: [6]

[oracle]
error[unsupported]: oracle does not support the operator bitxor()
 --> line 1, column 26
  | Event.objects.annotate(x=F("flags").bitxor(6)).values_list("id", "x")
  |                          ^^^^^^^^^^^^^^^^^^^^
