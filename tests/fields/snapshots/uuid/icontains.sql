query: Venue.objects.filter(key__icontains="8F7A").values_list("id", flat=True)

[sqlite]
SELECT "ev_venue"."id"
FROM "ev_venue"
WHERE "ev_venue"."key" LIKE ? ESCAPE '\'
params: ["%8F7A%"]

[postgresql]
SELECT "ev_venue"."id"
FROM "ev_venue"
WHERE UPPER("ev_venue"."key"::text) LIKE UPPER($1)
params: ["%8F7A%"]

[mysql]
SELECT `ev_venue`.`id`
FROM `ev_venue`
WHERE `ev_venue`.`key` LIKE ?
params: ["%8F7A%"]

[oracle]
SELECT "EV_VENUE"."ID"
FROM "EV_VENUE"
WHERE UPPER("EV_VENUE"."KEY") LIKE UPPER(:1) ESCAPE '\'
params: ["%8F7A%"]
