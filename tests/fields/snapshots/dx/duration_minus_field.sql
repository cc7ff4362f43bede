query: Event.objects.annotate(x=ExpressionWrapper(F("length") - F("length"), output_field=DurationField())).values_list("id", "x")

[sqlite]
SELECT "ev_event"."id", ("ev_event"."length" - "ev_event"."length") AS "x"
FROM "ev_event"
params: []

[postgresql]
SELECT "ev_event"."id", ("ev_event"."length" - "ev_event"."length") AS "x"
FROM "ev_event"
params: []

[mysql]
SELECT `ev_event`.`id`, (`ev_event`.`length` - `ev_event`.`length`) AS `x`
FROM `ev_event`
params: []

[oracle]
SELECT "EV_EVENT"."ID", ("EV_EVENT"."LENGTH" - "EV_EVENT"."LENGTH") AS "X"
FROM "EV_EVENT"
params: []
