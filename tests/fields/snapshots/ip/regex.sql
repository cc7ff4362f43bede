query: Event.objects.filter(ip__regex="^10[.]").values_list("id", flat=True)

[sqlite]
SELECT "ev_event"."id"
FROM "ev_event"
WHERE "ev_event"."ip" REGEXP ?
params: ["^10[.]"]

[postgresql]
SELECT "ev_event"."id"
FROM "ev_event"
WHERE HOST("ev_event"."ip") ~ $1
params: ["^10[.]"]

[mysql]
SELECT `ev_event`.`id`
FROM `ev_event`
WHERE `ev_event`.`ip` REGEXP BINARY ?
params: ["^10[.]"]

[oracle]
SELECT "EV_EVENT"."ID"
FROM "EV_EVENT"
WHERE REGEXP_LIKE("EV_EVENT"."IP", :1, 'c')
params: ["^10[.]"]
