query: Event.objects.filter(ip__istartswith="2001:").values_list("id", flat=True)

[sqlite]
SELECT "ev_event"."id"
FROM "ev_event"
WHERE "ev_event"."ip" LIKE ? ESCAPE '\'
params: ["2001:%"]

[postgresql]
SELECT "ev_event"."id"
FROM "ev_event"
WHERE UPPER(HOST("ev_event"."ip")) LIKE UPPER($1)
params: ["2001:%"]

[mysql]
SELECT `ev_event`.`id`
FROM `ev_event`
WHERE `ev_event`.`ip` LIKE ?
params: ["2001:%"]

[oracle]
SELECT "EV_EVENT"."ID"
FROM "EV_EVENT"
WHERE UPPER("EV_EVENT"."IP") LIKE UPPER(:1) ESCAPE '\'
params: ["2001:%"]
