-- Event.objects.filter(data__b__has_key="c").values_list("id", flat=True)
SELECT "ev_event"."id" FROM "ev_event" WHERE ("ev_event"."data" -> $1) ? $2
-- params: ["b", "c"]
