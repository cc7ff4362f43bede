query: Attachment.objects.filter(content=b"").values_list("id", flat=True)

[sqlite]
SELECT "ev_attachment"."id"
FROM "ev_attachment"
WHERE "ev_attachment"."content" = ?
params: [bytes.fromhex("")]

[postgresql]
SELECT "ev_attachment"."id"
FROM "ev_attachment"
WHERE "ev_attachment"."content" = $1
params: [bytes.fromhex("")]

[mysql]
SELECT `ev_attachment`.`id`
FROM `ev_attachment`
WHERE `ev_attachment`.`content` = ?
params: [bytes.fromhex("")]

[oracle]
SELECT "EV_ATTACHMENT"."ID"
FROM "EV_ATTACHMENT"
WHERE "EV_ATTACHMENT"."CONTENT" = :1
params: [bytes.fromhex("")]
