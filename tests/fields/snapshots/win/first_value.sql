query: Event.objects.annotate(f=Window(expression=FirstValue("title"), partition_by=F("venue"), order_by=F("starts").asc())).values_list("id", "f")

[sqlite]
SELECT "ev_event"."id", FIRST_VALUE("ev_event"."title") OVER (PARTITION BY "ev_event"."venue_id" ORDER BY "ev_event"."starts" ASC) AS "f"
FROM "ev_event"
params: []

[postgresql]
SELECT "ev_event"."id", FIRST_VALUE("ev_event"."title") OVER (PARTITION BY "ev_event"."venue_id" ORDER BY "ev_event"."starts" ASC) AS "f"
FROM "ev_event"
params: []

[mysql]
SELECT `ev_event`.`id`, FIRST_VALUE(`ev_event`.`title`) OVER (PARTITION BY `ev_event`.`venue_id` ORDER BY `ev_event`.`starts` ASC) AS `f`
FROM `ev_event`
params: []

[oracle]
SELECT "EV_EVENT"."ID", FIRST_VALUE("EV_EVENT"."TITLE") OVER (PARTITION BY "EV_EVENT"."VENUE_ID" ORDER BY "EV_EVENT"."STARTS" ASC) AS "F"
FROM "EV_EVENT"
params: []
