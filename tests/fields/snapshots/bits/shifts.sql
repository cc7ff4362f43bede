query: Event.objects.annotate(l=F("flags").bitleftshift(2), r=F("flags").bitrightshift(1)).values_list("id", "l", "r")

[sqlite]
SELECT "ev_event"."id", ("ev_event"."flags" << ?) AS "l", ("ev_event"."flags" >> ?) AS "r"
FROM "ev_event"
params: [2, 1]

[postgresql]
SELECT "ev_event"."id", ("ev_event"."flags" << $1) AS "l", ("ev_event"."flags" >> $2) AS "r"
FROM "ev_event"
params: [2, 1]

[mysql]
SELECT `ev_event`.`id`, CONVERT((`ev_event`.`flags` << ?), SIGNED) AS `l`, FLOOR(`ev_event`.`flags` / POWER(2, ?)) AS `r`
FROM `ev_event`
params: [2, 1]

[oracle]
SELECT "EV_EVENT"."ID", ("EV_EVENT"."FLAGS" * POWER(2, :1)) AS "L", FLOOR("EV_EVENT"."FLAGS" / POWER(2, :2)) AS "R"
FROM "EV_EVENT"
params: [2, 1]
