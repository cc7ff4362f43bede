query: Venue.objects.filter(key__contains="9b4d-4c5e").values_list("id", flat=True)

[sqlite]
SELECT "ev_venue"."id"
FROM "ev_venue"
WHERE "ev_venue"."key" GLOB ?
params: ["*9b4d4c5e*"]

[postgresql]
SELECT "ev_venue"."id"
FROM "ev_venue"
WHERE "ev_venue"."key"::text LIKE $1
params: ["%9b4d-4c5e%"]

[mysql]
SELECT `ev_venue`.`id`
FROM `ev_venue`
WHERE `ev_venue`.`key` LIKE BINARY ?
params: ["%9b4d4c5e%"]

[oracle]
SELECT "EV_VENUE"."ID"
FROM "EV_VENUE"
WHERE "EV_VENUE"."KEY" LIKE :1 ESCAPE '\'
params: ["%9b4d4c5e%"]
