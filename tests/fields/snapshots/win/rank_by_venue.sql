query: Event.objects.annotate(r=Window(expression=Rank(), partition_by=F("venue"), order_by=F("starts").asc())).values_list("id", "r")

[sqlite]
SELECT "ev_event"."id", RANK() OVER (PARTITION BY "ev_event"."venue_id" ORDER BY "ev_event"."starts" ASC) AS "r"
FROM "ev_event"
params: []

[postgresql]
SELECT "ev_event"."id", RANK() OVER (PARTITION BY "ev_event"."venue_id" ORDER BY "ev_event"."starts" ASC) AS "r"
FROM "ev_event"
params: []

[mysql]
SELECT `ev_event`.`id`, RANK() OVER (PARTITION BY `ev_event`.`venue_id` ORDER BY `ev_event`.`starts` ASC) AS `r`
FROM `ev_event`
params: []

[oracle]
SELECT "EV_EVENT"."ID", RANK() OVER (PARTITION BY "EV_EVENT"."VENUE_ID" ORDER BY "EV_EVENT"."STARTS" ASC) AS "R"
FROM "EV_EVENT"
params: []
