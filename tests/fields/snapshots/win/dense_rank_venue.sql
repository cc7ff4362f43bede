query: Event.objects.annotate(r=Window(expression=DenseRank(), order_by=F("venue_id").asc())).values_list("id", "r")

[sqlite]
SELECT "ev_event"."id", DENSE_RANK() OVER (ORDER BY "ev_event"."venue_id" ASC) AS "r"
FROM "ev_event"
params: []

[postgresql]
SELECT "ev_event"."id", DENSE_RANK() OVER (ORDER BY "ev_event"."venue_id" ASC) AS "r"
FROM "ev_event"
params: []

[mysql]
SELECT `ev_event`.`id`, DENSE_RANK() OVER (ORDER BY `ev_event`.`venue_id` ASC) AS `r`
FROM `ev_event`
params: []

[oracle]
SELECT "EV_EVENT"."ID", DENSE_RANK() OVER (ORDER BY "EV_EVENT"."VENUE_ID" ASC) AS "R"
FROM "EV_EVENT"
params: []
