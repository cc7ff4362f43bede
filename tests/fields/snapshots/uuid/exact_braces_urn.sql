query: Venue.objects.filter(key__in=["{6f1c2a3e-9b4d-4c5e-8f7a-1b2c3d4e5f60}", "urn:uuid:00000000-0000-0000-0000-000000000001"]).values_list("id", flat=True)

[sqlite]
SELECT "ev_venue"."id"
FROM "ev_venue"
WHERE "ev_venue"."key" IN (?, ?)
params: ["6f1c2a3e9b4d4c5e8f7a1b2c3d4e5f60", "00000000000000000000000000000001"]

[postgresql]
SELECT "ev_venue"."id"
FROM "ev_venue"
WHERE "ev_venue"."key" IN ($1, $2)
params: ["6f1c2a3e-9b4d-4c5e-8f7a-1b2c3d4e5f60", "00000000-0000-0000-0000-000000000001"]

[mysql]
SELECT `ev_venue`.`id`
FROM `ev_venue`
WHERE `ev_venue`.`key` IN (?, ?)
params: ["6f1c2a3e9b4d4c5e8f7a1b2c3d4e5f60", "00000000000000000000000000000001"]

[oracle]
SELECT "EV_VENUE"."ID"
FROM "EV_VENUE"
WHERE "EV_VENUE"."KEY" IN (:1, :2)
params: ["6f1c2a3e9b4d4c5e8f7a1b2c3d4e5f60", "00000000000000000000000000000001"]
