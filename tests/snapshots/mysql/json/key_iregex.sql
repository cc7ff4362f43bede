-- Event.objects.filter(data__name__iregex="^a").values_list("id", flat=True)
SELECT `ev_event`.`id` FROM `ev_event` WHERE LOWER(JSON_UNQUOTE(JSON_EXTRACT(`ev_event`.`data`, ?))) REGEXP LOWER(?)
-- params: ["$.\"name\"", "^a"]
