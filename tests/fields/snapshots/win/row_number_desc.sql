query: Event.objects.annotate(n=Window(expression=RowNumber(), order_by=F("starts").desc())).values_list("id", "n")

[sqlite]
SELECT "ev_event"."id", ROW_NUMBER() OVER (ORDER BY "ev_event"."starts" DESC) AS "n"
FROM "ev_event"
params: []

[postgresql]
SELECT "ev_event"."id", ROW_NUMBER() OVER (ORDER BY "ev_event"."starts" DESC) AS "n"
FROM "ev_event"
params: []

[mysql]
SELECT `ev_event`.`id`, ROW_NUMBER() OVER (ORDER BY `ev_event`.`starts` DESC) AS `n`
FROM `ev_event`
params: []

[oracle]
SELECT "EV_EVENT"."ID", ROW_NUMBER() OVER (ORDER BY "EV_EVENT"."STARTS" DESC) AS "N"
FROM "EV_EVENT"
params: []
