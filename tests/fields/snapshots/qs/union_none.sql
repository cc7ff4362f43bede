query: Event.objects.none().union(Event.objects.none()).values_list("id", flat=True)

[sqlite]
SELECT "ev_event"."id"
FROM "ev_event"
WHERE 1 = 0
params: []

[postgresql]
SELECT "ev_event"."id"
FROM "ev_event"
WHERE 1 = 0
params: []

[mysql]
SELECT `ev_event`.`id`
FROM `ev_event`
WHERE 1 = 0
params: []

[oracle]
SELECT "EV_EVENT"."ID"
FROM "EV_EVENT"
WHERE 1 = 0
params: []
