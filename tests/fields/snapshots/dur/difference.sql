query: Event.objects.annotate(took=F("ends") - F("starts")).values_list("id", "took")

[sqlite]
SELECT "ev_event"."id", django_timestamp_diff("ev_event"."ends", "ev_event"."starts") AS "took"
FROM "ev_event"
params: []

[postgresql]
SELECT "ev_event"."id", ("ev_event"."ends" - "ev_event"."starts") AS "took"
FROM "ev_event"
params: []

[mysql]
SELECT `ev_event`.`id`, TIMESTAMPDIFF(MICROSECOND, `ev_event`.`starts`, `ev_event`.`ends`) AS `took`
FROM `ev_event`
params: []

[oracle]
SELECT "EV_EVENT"."ID", ("EV_EVENT"."ENDS" - "EV_EVENT"."STARTS") AS "TOOK"
FROM "EV_EVENT"
params: []
