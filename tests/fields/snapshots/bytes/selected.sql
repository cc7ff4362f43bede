query: Attachment.objects.order_by("id").values_list("content", "digest")

[sqlite]
SELECT "ev_attachment"."content", "ev_attachment"."digest"
FROM "ev_attachment"
ORDER BY "ev_attachment"."id" ASC
params: []

[postgresql]
SELECT "ev_attachment"."content", "ev_attachment"."digest"
FROM "ev_attachment"
ORDER BY "ev_attachment"."id" ASC
params: []

[mysql]
SELECT `ev_attachment`.`content`, `ev_attachment`.`digest`
FROM `ev_attachment`
ORDER BY `ev_attachment`.`id` ASC
params: []

[oracle]
SELECT "EV_ATTACHMENT"."CONTENT", "EV_ATTACHMENT"."DIGEST"
FROM "EV_ATTACHMENT"
ORDER BY "EV_ATTACHMENT"."ID" ASC
params: []
