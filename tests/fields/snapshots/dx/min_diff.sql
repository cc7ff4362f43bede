query: Event.objects.annotate(took=F("ends") - F("starts")).aggregate(m=Min("took"))

[sqlite]
SELECT MIN(django_timestamp_diff("ev_event"."ends", "ev_event"."starts")) AS "m"
FROM "ev_event"
params: []

[postgresql]
SELECT MIN(("ev_event"."ends" - "ev_event"."starts")) AS "m"
FROM "ev_event"
params: []

[mysql]
SELECT MIN(TIMESTAMPDIFF(MICROSECOND, `ev_event`.`starts`, `ev_event`.`ends`)) AS `m`
FROM `ev_event`
params: []

[oracle]
SELECT MIN(("EV_EVENT"."ENDS" - "EV_EVENT"."STARTS")) AS "M"
FROM "EV_EVENT"
params: []
