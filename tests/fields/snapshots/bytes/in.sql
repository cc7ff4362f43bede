query: Attachment.objects.filter(digest__in=[b"\x01\x02", b"zz"]).order_by("id").values_list("id", flat=True)

[sqlite]
SELECT "ev_attachment"."id"
FROM "ev_attachment"
WHERE "ev_attachment"."digest" IN (?, ?)
ORDER BY "ev_attachment"."id" ASC
params: [bytes.fromhex("0102"), bytes.fromhex("7a7a")]

[postgresql]
SELECT "ev_attachment"."id"
FROM "ev_attachment"
WHERE "ev_attachment"."digest" IN ($1, $2)
ORDER BY "ev_attachment"."id" ASC
params: [bytes.fromhex("0102"), bytes.fromhex("7a7a")]

[mysql]
SELECT `ev_attachment`.`id`
FROM `ev_attachment`
WHERE `ev_attachment`.`digest` IN (?, ?)
ORDER BY `ev_attachment`.`id` ASC
params: [bytes.fromhex("0102"), bytes.fromhex("7a7a")]

[oracle]
SELECT "EV_ATTACHMENT"."ID"
FROM "EV_ATTACHMENT"
WHERE "EV_ATTACHMENT"."DIGEST" IN (:1, :2)
ORDER BY "EV_ATTACHMENT"."ID" ASC
params: [bytes.fromhex("0102"), bytes.fromhex("7a7a")]
