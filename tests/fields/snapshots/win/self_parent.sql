query: Event.objects.filter(parent__isnull=False).annotate(r=Window(expression=Rank(), partition_by=F("parent"), order_by=F("id").desc())).values_list("id", "r")

[sqlite]
SELECT "ev_event"."id", RANK() OVER (PARTITION BY "ev_event"."parent_id" ORDER BY "ev_event"."id" DESC) AS "r"
FROM "ev_event"
WHERE "ev_event"."parent_id" IS NOT NULL
params: []

[postgresql]
SELECT "ev_event"."id", RANK() OVER (PARTITION BY "ev_event"."parent_id" ORDER BY "ev_event"."id" DESC) AS "r"
FROM "ev_event"
WHERE "ev_event"."parent_id" IS NOT NULL
params: []

[mysql]
SELECT `ev_event`.`id`, RANK() OVER (PARTITION BY `ev_event`.`parent_id` ORDER BY `ev_event`.`id` DESC) AS `r`
FROM `ev_event`
WHERE `ev_event`.`parent_id` IS NOT NULL
params: []

[oracle]
SELECT "EV_EVENT"."ID", RANK() OVER (PARTITION BY "EV_EVENT"."PARENT_ID" ORDER BY "EV_EVENT"."ID" DESC) AS "R"
FROM "EV_EVENT"
WHERE "EV_EVENT"."PARENT_ID" IS NOT NULL
params: []
