-- Event.objects.filter(data__a=F("parent__data__a")).values_list("id", flat=True)
SELECT `ev_event`.`id` FROM `ev_event` INNER JOIN `ev_event` `T2` ON (`ev_event`.`parent_id` = `T2`.`id`) WHERE JSON_UNQUOTE(JSON_EXTRACT(`ev_event`.`data`, ?)) = JSON_EXTRACT(`T2`.`data`, ?)
-- params: ["$.\"a\"", "$.\"a\""]
