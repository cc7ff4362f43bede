-- Event.objects.filter(data__has_key="a").order_by("data__a", "id").values_list("id", flat=True)
SELECT `ev_event`.`id` FROM `ev_event` WHERE JSON_CONTAINS_PATH(`ev_event`.`data`, 'one', ?) ORDER BY JSON_EXTRACT(`ev_event`.`data`, ?) ASC, `ev_event`.`id` ASC
-- params: ["$.\"a\"", "$.\"a\""]
