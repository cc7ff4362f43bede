query: Venue.objects.filter(key="6F1C2A3E9B4D4C5E8F7A1B2C3D4E5F60").values_list("id", flat=True)

[sqlite]
SELECT "ev_venue"."id"
FROM "ev_venue"
WHERE "ev_venue"."key" = ?
params: ["6f1c2a3e9b4d4c5e8f7a1b2c3d4e5f60"]

[postgresql]
SELECT "ev_venue"."id"
FROM "ev_venue"
WHERE "ev_venue"."key" = $1
params: ["6f1c2a3e-9b4d-4c5e-8f7a-1b2c3d4e5f60"]

[mysql]
SELECT `ev_venue`.`id`
FROM `ev_venue`
WHERE `ev_venue`.`key` = ?
params: ["6f1c2a3e9b4d4c5e8f7a1b2c3d4e5f60"]

[oracle]
SELECT "EV_VENUE"."ID"
FROM "EV_VENUE"
WHERE "EV_VENUE"."KEY" = :1
params: ["6f1c2a3e9b4d4c5e8f7a1b2c3d4e5f60"]
