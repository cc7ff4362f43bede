-- Event.objects.filter(data__name__regex="^A").values_list("id", flat=True)
SELECT `ev_event`.`id` FROM `ev_event` WHERE JSON_UNQUOTE(JSON_EXTRACT(`ev_event`.`data`, ?)) REGEXP BINARY ?
-- params: ["$.\"name\"", "^A"]
