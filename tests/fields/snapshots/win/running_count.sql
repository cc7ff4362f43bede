query: Event.objects.annotate(c=Window(expression=Count("id"), order_by=F("starts").asc(), frame=RowRange(start=None, end=0))).values_list("id", "c")

[sqlite]
SELECT "ev_event"."id", COUNT("ev_event"."id") OVER (ORDER BY "ev_event"."starts" ASC ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS "c"
FROM "ev_event"
params: []

[postgresql]
SELECT "ev_event"."id", COUNT("ev_event"."id") OVER (ORDER BY "ev_event"."starts" ASC ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS "c"
FROM "ev_event"
params: []

[mysql]
SELECT `ev_event`.`id`, COUNT(`ev_event`.`id`) OVER (ORDER BY `ev_event`.`starts` ASC ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS `c`
FROM `ev_event`
params: []

[oracle]
SELECT "EV_EVENT"."ID", COUNT("EV_EVENT"."ID") OVER (ORDER BY "EV_EVENT"."STARTS" ASC ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS "C"
FROM "EV_EVENT"
params: []
