query: Event.objects.exclude(length=None).order_by("-length", "id").values_list("id", flat=True)

[sqlite]
SELECT "ev_event"."id"
FROM "ev_event"
WHERE NOT ("ev_event"."length" IS NULL)
ORDER BY "ev_event"."length" DESC, "ev_event"."id" ASC
params: []

[postgresql]
SELECT "ev_event"."id"
FROM "ev_event"
WHERE NOT ("ev_event"."length" IS NULL)
ORDER BY "ev_event"."length" DESC, "ev_event"."id" ASC
params: []

[mysql]
SELECT `ev_event`.`id`
FROM `ev_event`
WHERE NOT (`ev_event`.`length` IS NULL)
ORDER BY `ev_event`.`length` DESC, `ev_event`.`id` ASC
params: []

[oracle]
SELECT "EV_EVENT"."ID"
FROM "EV_EVENT"
WHERE NOT ("EV_EVENT"."LENGTH" IS NULL)
ORDER BY "EV_EVENT"."LENGTH" DESC, "EV_EVENT"."ID" ASC
params: []
