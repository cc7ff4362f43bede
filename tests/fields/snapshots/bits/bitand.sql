query: Event.objects.annotate(x=F("flags").bitand(4)).values_list("id", "x")

[sqlite]
SELECT "ev_event"."id", ("ev_event"."flags" & ?) AS "x"
FROM "ev_event"
params: [4]

[postgresql]
SELECT "ev_event"."id", ("ev_event"."flags" & $1) AS "x"
FROM "ev_event"
params: [4]

[mysql]
SELECT `ev_event`.`id`, CONVERT((`ev_event`.`flags` & ?), SIGNED) AS `x`
FROM `ev_event`
params: [4]

[oracle]
SELECT "EV_EVENT"."ID", BITAND("EV_EVENT"."FLAGS", :1) AS "X"
FROM "EV_EVENT"
params: [4]
