query: Event.objects.annotate(next=ExpressionWrapper(F("day") + timedelta(days=1), output_field=DateField())).filter(next__gt=date(2021, 3, 1)).values_list("id", flat=True)

[sqlite]
SELECT "ev_event"."id"
FROM "ev_event"
WHERE (django_format_dtdelta('+', "ev_event"."day", ?)) > ?
params: [86400000000, date(2021, 3, 1)]

[postgresql]
SELECT "ev_event"."id"
FROM "ev_event"
WHERE ("ev_event"."day" + $1::interval) > $2
params: [timedelta(microseconds=86400000000), date(2021, 3, 1)]

[mysql]
SELECT `ev_event`.`id`
FROM `ev_event`
WHERE (`ev_event`.`day` + INTERVAL ? MICROSECOND) > ?
params: [86400000000, date(2021, 3, 1)]

[oracle]
SELECT "EV_EVENT"."ID"
FROM "EV_EVENT"
WHERE ("EV_EVENT"."DAY" + :1) > :2
params: [timedelta(microseconds=86400000000), date(2021, 3, 1)]
