query: Event.objects.filter(ip__isnull=False).order_by("ip").values_list("id", flat=True)

[sqlite]
SELECT "ev_event"."id"
FROM "ev_event"
WHERE "ev_event"."ip" IS NOT NULL
ORDER BY "ev_event"."ip" ASC
params: []

[postgresql]
SELECT "ev_event"."id"
FROM "ev_event"
WHERE "ev_event"."ip" IS NOT NULL
ORDER BY "ev_event"."ip" ASC
params: []

[mysql]
SELECT `ev_event`.`id`
FROM `ev_event`
WHERE `ev_event`.`ip` IS NOT NULL
ORDER BY `ev_event`.`ip` ASC
params: []

[oracle]
SELECT "EV_EVENT"."ID"
FROM "EV_EVENT"
WHERE "EV_EVENT"."IP" IS NOT NULL
ORDER BY "EV_EVENT"."IP" ASC
params: []
