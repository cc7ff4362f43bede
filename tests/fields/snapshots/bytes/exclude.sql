query: Attachment.objects.exclude(digest=b"\xfe").order_by("id").values_list("id", flat=True)

[sqlite]
SELECT "ev_attachment"."id"
FROM "ev_attachment"
WHERE NOT (("ev_attachment"."digest" = ? AND "ev_attachment"."digest" IS NOT NULL))
ORDER BY "ev_attachment"."id" ASC
params: [bytes.fromhex("fe")]

[postgresql]
SELECT "ev_attachment"."id"
FROM "ev_attachment"
WHERE NOT (("ev_attachment"."digest" = $1 AND "ev_attachment"."digest" IS NOT NULL))
ORDER BY "ev_attachment"."id" ASC
params: [bytes.fromhex("fe")]

[mysql]
SELECT `ev_attachment`.`id`
FROM `ev_attachment`
WHERE NOT ((`ev_attachment`.`digest` = ? AND `ev_attachment`.`digest` IS NOT NULL))
ORDER BY `ev_attachment`.`id` ASC
params: [bytes.fromhex("fe")]

[oracle]
SELECT "EV_ATTACHMENT"."ID"
FROM "EV_ATTACHMENT"
WHERE NOT (("EV_ATTACHMENT"."DIGEST" = :1 AND "EV_ATTACHMENT"."DIGEST" IS NOT NULL))
ORDER BY "EV_ATTACHMENT"."ID" ASC
params: [bytes.fromhex("fe")]
