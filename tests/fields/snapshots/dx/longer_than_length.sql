query: Event.objects.annotate(d=ExpressionWrapper(F("ends") - F("starts"), output_field=DurationField())).filter(d__gt=F("length")).values_list("id", flat=True)

[sqlite]
SELECT "ev_event"."id"
FROM "ev_event"
WHERE django_timestamp_diff("ev_event"."ends", "ev_event"."starts") > "ev_event"."length"
params: []

[postgresql]
SELECT "ev_event"."id"
FROM "ev_event"
WHERE ("ev_event"."ends" - "ev_event"."starts") > "ev_event"."length"
params: []

[mysql]
SELECT `ev_event`.`id`
FROM `ev_event`
WHERE TIMESTAMPDIFF(MICROSECOND, `ev_event`.`starts`, `ev_event`.`ends`) > `ev_event`.`length`
params: []

[oracle]
SELECT "EV_EVENT"."ID"
FROM "EV_EVENT"
WHERE ("EV_EVENT"."ENDS" - "EV_EVENT"."STARTS") > "EV_EVENT"."LENGTH"
params: []
