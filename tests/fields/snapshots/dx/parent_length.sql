query: Event.objects.filter(length__lt=F("parent__length")).values_list("id", flat=True)

[sqlite]
SELECT "ev_event"."id"
FROM "ev_event"
INNER JOIN "ev_event" "T2" ON ("ev_event"."parent_id" = "T2"."id")
WHERE "ev_event"."length" < "T2"."length"
params: []

[postgresql]
SELECT "ev_event"."id"
FROM "ev_event"
INNER JOIN "ev_event" "T2" ON ("ev_event"."parent_id" = "T2"."id")
WHERE "ev_event"."length" < "T2"."length"
params: []

[mysql]
SELECT `ev_event`.`id`
FROM `ev_event`
INNER JOIN `ev_event` `T2` ON (`ev_event`.`parent_id` = `T2`.`id`)
WHERE `ev_event`.`length` < `T2`.`length`
params: []

[oracle]
SELECT "EV_EVENT"."ID"
FROM "EV_EVENT"
INNER JOIN "EV_EVENT" "T2" ON ("EV_EVENT"."PARENT_ID" = "T2"."ID")
WHERE "EV_EVENT"."LENGTH" < "T2"."LENGTH"
params: []
