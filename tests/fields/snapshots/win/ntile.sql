query: Event.objects.annotate(t=Window(expression=Ntile(3), order_by=F("id").asc())).values_list("id", "t")

[sqlite]
SELECT "ev_event"."id", NTILE(3) OVER (ORDER BY "ev_event"."id" ASC) AS "t"
FROM "ev_event"
params: []

[postgresql]
SELECT "ev_event"."id", NTILE(3) OVER (ORDER BY "ev_event"."id" ASC) AS "t"
FROM "ev_event"
params: []

[mysql]
SELECT `ev_event`.`id`, NTILE(3) OVER (ORDER BY `ev_event`.`id` ASC) AS `t`
FROM `ev_event`
params: []

[oracle]
SELECT "EV_EVENT"."ID", NTILE(3) OVER (ORDER BY "EV_EVENT"."ID" ASC) AS "T"
FROM "EV_EVENT"
params: []
