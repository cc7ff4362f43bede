query: Event.objects.annotate(prev=Window(expression=Lag("length", 1), order_by=F("starts").asc())).values_list("id", "prev")

[sqlite]
SELECT "ev_event"."id", LAG("ev_event"."length", 1) OVER (ORDER BY "ev_event"."starts" ASC) AS "prev"
FROM "ev_event"
params: []

[postgresql]
SELECT "ev_event"."id", LAG("ev_event"."length", 1) OVER (ORDER BY "ev_event"."starts" ASC) AS "prev"
FROM "ev_event"
params: []

[mysql]
SELECT `ev_event`.`id`, LAG(`ev_event`.`length`, 1) OVER (ORDER BY `ev_event`.`starts` ASC) AS `prev`
FROM `ev_event`
params: []

[oracle]
SELECT "EV_EVENT"."ID", LAG("EV_EVENT"."LENGTH", 1) OVER (ORDER BY "EV_EVENT"."STARTS" ASC) AS "PREV"
FROM "EV_EVENT"
params: []
