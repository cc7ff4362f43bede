-- Event.objects.filter(data__b__c="x").values_list("id", flat=True)
SELECT `ev_event`.`id` FROM `ev_event` WHERE JSON_UNQUOTE(JSON_EXTRACT(`ev_event`.`data`, ?)) = JSON_EXTRACT(?, '$')
-- params: ["$.\"b\".\"c\"", "\"x\""]
