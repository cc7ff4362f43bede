query: Attachment.objects.filter(content=b"\x00\xff\x00").values_list("id", flat=True)

[sqlite]
SELECT "ev_attachment"."id"
FROM "ev_attachment"
WHERE "ev_attachment"."content" = ?
params: [bytes.fromhex("00ff00")]

[postgresql]
SELECT "ev_attachment"."id"
FROM "ev_attachment"
WHERE "ev_attachment"."content" = $1
params: [bytes.fromhex("00ff00")]

[mysql]
SELECT `ev_attachment`.`id`
FROM `ev_attachment`
WHERE `ev_attachment`.`content` = ?
params: [bytes.fromhex("00ff00")]

[oracle]
SELECT "EV_ATTACHMENT"."ID"
FROM "EV_ATTACHMENT"
WHERE "EV_ATTACHMENT"."CONTENT" = :1
params: [bytes.fromhex("00ff00")]
