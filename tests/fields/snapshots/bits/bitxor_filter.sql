query: Event.objects.filter(flags__gt=F("flags").bitxor(4)).values_list("id", flat=True)

[sqlite]
SELECT "ev_event"."id"
FROM "ev_event"
WHERE "ev_event"."flags" > BITXOR("ev_event"."flags", ?)
params: [4]

[postgresql]
SELECT "ev_event"."id"
FROM "ev_event"
WHERE "ev_event"."flags" > ("ev_event"."flags" # $1)
params: [4]

[mysql]
SELECT `ev_event`.`id`
FROM `ev_event`
WHERE `ev_event`.`flags` > CONVERT((`ev_event`.`flags` ^ ?), SIGNED)
params: [4]

[oracle]
error[unsupported]: oracle does not support the operator bitxor()
 --> line 1, column 32
  | Event.objects.filter(flags__gt=F("flags").bitxor(4)).values_list("id", flat=True)
  |                                ^^^^^^^^^^^^^^^^^^^^
