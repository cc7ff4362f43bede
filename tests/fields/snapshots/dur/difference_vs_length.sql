query: Event.objects.filter(length=F("ends") - F("starts")).values_list("id", flat=True)

[sqlite]
SELECT "ev_event"."id"
FROM "ev_event"
WHERE "ev_event"."length" = django_timestamp_diff("ev_event"."ends", "ev_event"."starts")
params: []

[postgresql]
SELECT "ev_event"."id"
FROM "ev_event"
WHERE "ev_event"."length" = ("ev_event"."ends" - "ev_event"."starts")
params: []

[mysql]
SELECT `ev_event`.`id`
FROM `ev_event`
WHERE `ev_event`.`length` = TIMESTAMPDIFF(MICROSECOND, `ev_event`.`starts`, `ev_event`.`ends`)
params: []

[oracle]
SELECT "EV_EVENT"."ID"
FROM "EV_EVENT"
WHERE "EV_EVENT"."LENGTH" = ("EV_EVENT"."ENDS" - "EV_EVENT"."STARTS")
params: []
