-- Event.objects.filter(data__a__gt=1).values_list("id", flat=True)
SELECT `ev_event`.`id` FROM `ev_event` WHERE JSON_UNQUOTE(JSON_EXTRACT(`ev_event`.`data`, ?)) > ?
-- params: ["$.\"a\"", 1]
