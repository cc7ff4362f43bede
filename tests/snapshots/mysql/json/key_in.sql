-- Event.objects.filter(data__a__in=[1, 2, "1"]).values_list("id", flat=True)
SELECT `ev_event`.`id` FROM `ev_event` WHERE JSON_UNQUOTE(JSON_EXTRACT(`ev_event`.`data`, ?)) IN (JSON_UNQUOTE(JSON_EXTRACT(?, '$')), JSON_UNQUOTE(JSON_EXTRACT(?, '$')), JSON_UNQUOTE(JSON_EXTRACT(?, '$')))
-- params: ["$.\"a\"", "1", "2", "\"1\""]
