query: Tag.objects.values_list("id").union(Tag.objects.values_list("id")).order_by("name")

[sqlite]
error[bad_argument]: ORDER BY term 'name' does not match any column of the compound
 --> line 1, column 77
  | Tag.objects.values_list("id").union(Tag.objects.values_list("id")).order_by("name")
  |                                                                             ^^^^^^

[postgresql]
error[bad_argument]: ORDER BY term 'name' does not match any column of the compound
 --> line 1, column 77
  | Tag.objects.values_list("id").union(Tag.objects.values_list("id")).order_by("name")
  |                                                                             ^^^^^^

[mysql]
error[bad_argument]: ORDER BY term 'name' does not match any column of the compound
 --> line 1, column 77
  | Tag.objects.values_list("id").union(Tag.objects.values_list("id")).order_by("name")
  |                                                                             ^^^^^^

[oracle]
error[bad_argument]: ORDER BY term 'name' does not match any column of the compound
 --> line 1, column 77
  | Tag.objects.values_list("id").union(Tag.objects.values_list("id")).order_by("name")
  |                                                                             ^^^^^^
