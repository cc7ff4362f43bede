query: Event.objects.none().union(Event.objects.none()).order_by("-id").values_list("id", flat=True)[:3]

[sqlite]
SELECT "ev_event"."id"
FROM "ev_event"
WHERE 1 = 0
ORDER BY 1 DESC
LIMIT 3
params: []

[postgresql]
SELECT "ev_event"."id"
FROM "ev_event"
WHERE 1 = 0
ORDER BY 1 DESC
LIMIT 3
params: []

[mysql]
SELECT `ev_event`.`id`
FROM `ev_event`
WHERE 1 = 0
ORDER BY 1 DESC
LIMIT 3
params: []

[oracle]
SELECT "EV_EVENT"."ID"
FROM "EV_EVENT"
WHERE 1 = 0
ORDER BY 1 DESC
FETCH FIRST 3 ROWS ONLY
params: []
