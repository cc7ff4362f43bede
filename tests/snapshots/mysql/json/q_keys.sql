-- Event.objects.filter(Q(data__a=2) | Q(data__name="ann")).values_list("id", flat=True)
SELECT `ev_event`.`id` FROM `ev_event` WHERE (JSON_UNQUOTE(JSON_EXTRACT(`ev_event`.`data`, ?)) = JSON_EXTRACT(?, '$') OR JSON_UNQUOTE(JSON_EXTRACT(`ev_event`.`data`, ?)) = JSON_EXTRACT(?, '$'))
-- params: ["$.\"a\"", "2", "$.\"name\"", "\"ann\""]
