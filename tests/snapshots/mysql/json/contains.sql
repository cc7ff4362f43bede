-- Event.objects.filter(data__contains={"a": 1}).values_list("id", flat=True)
SELECT `ev_event`.`id` FROM `ev_event` WHERE JSON_CONTAINS(`ev_event`.`data`, ?)
-- params: ["{\"a\": 1}"]
