query: Event.objects.filter(ip__in=["10.0.0.12", "::1"]).values_list("id", flat=True)

[sqlite]
SELECT "ev_event"."id"
FROM "ev_event"
WHERE "ev_event"."ip" IN (?, ?)
params: ["10.0.0.12", "::1"]

[postgresql]
SELECT "ev_event"."id"
FROM "ev_event"
WHERE "ev_event"."ip" IN ($1, $2)
params: ["10.0.0.12", "::1"]

[mysql]
SELECT `ev_event`.`id`
FROM `ev_event`
WHERE `ev_event`.`ip` IN (BINARY ?, BINARY ?)
params: ["10.0.0.12", "::1"]

[oracle]
SELECT "EV_EVENT"."ID"
FROM "EV_EVENT"
WHERE "EV_EVENT"."IP" IN (:1, :2)
params: ["10.0.0.12", "::1"]
