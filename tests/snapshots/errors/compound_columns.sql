query: Tag.objects.values_list("id").union(Tag.objects.values_list("id", "name"))

[sqlite]
error[bad_argument]: the querysets of union() select 1 and 2 columns: they must match
 --> line 1, column 31
  | Tag.objects.values_list("id").union(Tag.objects.values_list("id", "name"))
  |                               ^^^^^

[postgresql]
error[bad_argument]: the querysets of union() select 1 and 2 columns: they must match
 --> line 1, column 31
  | Tag.objects.values_list("id").union(Tag.objects.values_list("id", "name"))
  |                               ^^^^^

[mysql]
error[bad_argument]: the querysets of union() select 1 and 2 columns: they must match
 --> line 1, column 31
  | Tag.objects.values_list("id").union(Tag.objects.values_list("id", "name"))
  |                               ^^^^^

[oracle]
error[bad_argument]: the querysets of union() select 1 and 2 columns: they must match
 --> line 1, column 31
  | Tag.objects.values_list("id").union(Tag.objects.values_list("id", "name"))
  |                               ^^^^^
