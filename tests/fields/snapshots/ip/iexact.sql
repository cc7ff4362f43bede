query: Event.objects.filter(ip__iexact="2001:DB8::1").values_list("id", flat=True)

[sqlite]
SELECT "ev_event"."id"
FROM "ev_event"
WHERE "ev_event"."ip" LIKE ? ESCAPE '\'
params: ["2001:DB8::1"]

[postgresql]
SELECT "ev_event"."id"
FROM "ev_event"
WHERE UPPER(HOST("ev_event"."ip")) = UPPER($1)
params: ["2001:DB8::1"]

[mysql]
SELECT `ev_event`.`id`
FROM `ev_event`
WHERE `ev_event`.`ip` LIKE ?
params: ["2001:DB8::1"]

[oracle]
SELECT "EV_EVENT"."ID"
FROM "EV_EVENT"
WHERE UPPER("EV_EVENT"."IP") = UPPER(:1)
params: ["2001:DB8::1"]
