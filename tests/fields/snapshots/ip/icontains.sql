query: Event.objects.filter(ip__icontains="DB8").values_list("id", flat=True)

[sqlite]
SELECT "ev_event"."id"
FROM "ev_event"
WHERE "ev_event"."ip" LIKE ? ESCAPE '\'
params: ["%DB8%"]

[postgresql]
SELECT "ev_event"."id"
FROM "ev_event"
WHERE UPPER(HOST("ev_event"."ip")) LIKE UPPER($1)
params: ["%DB8%"]

[mysql]
SELECT `ev_event`.`id`
FROM `ev_event`
WHERE `ev_event`.`ip` LIKE ?
params: ["%DB8%"]

[oracle]
SELECT "EV_EVENT"."ID"
FROM "EV_EVENT"
WHERE UPPER("EV_EVENT"."IP") LIKE UPPER(:1) ESCAPE '\'
params: ["%DB8%"]
