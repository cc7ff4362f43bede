query: Venue.objects.exclude(key="00000000000000000000000000000001").values_list("id", flat=True)

[sqlite]
SELECT "ev_venue"."id"
FROM "ev_venue"
WHERE NOT (("ev_venue"."key" = ? AND "ev_venue"."key" IS NOT NULL))
params: ["00000000000000000000000000000001"]

[postgresql]
SELECT "ev_venue"."id"
FROM "ev_venue"
WHERE NOT (("ev_venue"."key" = $1 AND "ev_venue"."key" IS NOT NULL))
params: ["00000000-0000-0000-0000-000000000001"]

[mysql]
SELECT `ev_venue`.`id`
FROM `ev_venue`
WHERE NOT ((`ev_venue`.`key` = ? AND `ev_venue`.`key` IS NOT NULL))
params: ["00000000000000000000000000000001"]

[oracle]
SELECT "EV_VENUE"."ID"
FROM "EV_VENUE"
WHERE NOT (("EV_VENUE"."KEY" = :1 AND "EV_VENUE"."KEY" IS NOT NULL))
params: ["00000000000000000000000000000001"]
