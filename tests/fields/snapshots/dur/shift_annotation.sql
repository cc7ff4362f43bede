query: Event.objects.annotate(later=ExpressionWrapper(F("starts") + timedelta(days=1, seconds=1), output_field=DateTimeField())).values_list("id", "later")

[sqlite]
SELECT "ev_event"."id", (django_format_dtdelta('+', "ev_event"."starts", ?)) AS "later"
FROM "ev_event"
params: [86401000000]

[postgresql]
SELECT "ev_event"."id", ("ev_event"."starts" + $1::interval) AS "later"
FROM "ev_event"
params: [timedelta(microseconds=86401000000)]

[mysql]
SELECT `ev_event`.`id`, (`ev_event`.`starts` + INTERVAL ? MICROSECOND) AS `later`
FROM `ev_event`
params: [86401000000]

[oracle]
SELECT "EV_EVENT"."ID", ("EV_EVENT"."STARTS" + :1) AS "LATER"
FROM "EV_EVENT"
params: [timedelta(microseconds=86401000000)]
