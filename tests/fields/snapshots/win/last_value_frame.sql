query: Event.objects.annotate(l=Window(expression=LastValue("title"), partition_by=F("venue"), order_by=F("starts").asc(), frame=RowRange(start=None, end=None))).values_list("id", "l")

[sqlite]
SELECT "ev_event"."id", LAST_VALUE("ev_event"."title") OVER (PARTITION BY "ev_event"."venue_id" ORDER BY "ev_event"."starts" ASC ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) AS "l"
FROM "ev_event"
params: []

[postgresql]
SELECT "ev_event"."id", LAST_VALUE("ev_event"."title") OVER (PARTITION BY "ev_event"."venue_id" ORDER BY "ev_event"."starts" ASC ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) AS "l"
FROM "ev_event"
params: []

[mysql]
SELECT `ev_event`.`id`, LAST_VALUE(`ev_event`.`title`) OVER (PARTITION BY `ev_event`.`venue_id` ORDER BY `ev_event`.`starts` ASC ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) AS `l`
FROM `ev_event`
params: []

[oracle]
SELECT "EV_EVENT"."ID", LAST_VALUE("EV_EVENT"."TITLE") OVER (PARTITION BY "EV_EVENT"."VENUE_ID" ORDER BY "EV_EVENT"."STARTS" ASC ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) AS "L"
FROM "EV_EVENT"
params: []
