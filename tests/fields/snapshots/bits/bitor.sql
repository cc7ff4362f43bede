query: Event.objects.annotate(x=F("flags").bitor(8)).values_list("id", "x")

[sqlite]
SELECT "ev_event"."id", ("ev_event"."flags" | ?) AS "x"
FROM "ev_event"
params: [8]

[postgresql]
SELECT "ev_event"."id", ("ev_event"."flags" | $1) AS "x"
FROM "ev_event"
params: [8]

[mysql]
SELECT `ev_event`.`id`, CONVERT((`ev_event`.`flags` | ?), SIGNED) AS `x`
FROM `ev_event`
params: [8]

[oracle]
SELECT "EV_EVENT"."ID", (BITAND(-"EV_EVENT"."FLAGS" - 1, :1) + "EV_EVENT"."FLAGS") AS "X"
FROM "EV_EVENT"
params: [8]
