query: Attachment.objects.filter(digest__isnull=True).values_list("id", flat=True)

[sqlite]
SELECT "ev_attachment"."id"
FROM "ev_attachment"
WHERE "ev_attachment"."digest" IS NULL
params: []

[postgresql]
SELECT "ev_attachment"."id"
FROM "ev_attachment"
WHERE "ev_attachment"."digest" IS NULL
params: []

[mysql]
SELECT `ev_attachment`.`id`
FROM `ev_attachment`
WHERE `ev_attachment`.`digest` IS NULL
params: []

[oracle]
SELECT "EV_ATTACHMENT"."ID"
FROM "EV_ATTACHMENT"
WHERE "EV_ATTACHMENT"."DIGEST" IS NULL
params: []
