-- Event.objects.exclude(data__a=1).values_list("id", flat=True)
SELECT `ev_event`.`id` FROM `ev_event` WHERE NOT (JSON_UNQUOTE(JSON_EXTRACT(`ev_event`.`data`, ?)) = JSON_EXTRACT(?, '$'))
-- params: ["$.\"a\"", "1"]
