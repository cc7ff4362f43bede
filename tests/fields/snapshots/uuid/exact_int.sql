query: Venue.objects.filter(key=1).values_list("id", flat=True)

[sqlite]
SELECT "ev_venue"."id"
FROM "ev_venue"
WHERE "ev_venue"."key" = ?
params: ["00000000000000000000000000000001"]

[postgresql]
SELECT "ev_venue"."id"
FROM "ev_venue"
WHERE "ev_venue"."key" = $1
params: ["00000000-0000-0000-0000-000000000001"]

[mysql]
SELECT `ev_venue`.`id`
FROM `ev_venue`
WHERE `ev_venue`.`key` = ?
params: ["00000000000000000000000000000001"]

[oracle]
SELECT "EV_VENUE"."ID"
FROM "EV_VENUE"
WHERE "EV_VENUE"."KEY" = :1
params: ["00000000000000000000000000000001"]
