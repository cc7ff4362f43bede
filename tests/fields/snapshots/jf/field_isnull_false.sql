query: Venue.objects.filter(info__isnull=False).values_list("id", flat=True)

[sqlite]
SELECT "ev_venue"."id"
FROM "ev_venue"
WHERE "ev_venue"."info" IS NOT NULL
params: []

[postgresql]
SELECT "ev_venue"."id"
FROM "ev_venue"
WHERE "ev_venue"."info" IS NOT NULL
params: []

[mysql]
SELECT `ev_venue`.`id`
FROM `ev_venue`
WHERE `ev_venue`.`info` IS NOT NULL
params: []

[oracle]
SELECT "EV_VENUE"."ID"
FROM "EV_VENUE"
WHERE "EV_VENUE"."INFO" IS NOT NULL
params: []
