query: Tag.objects.union(Tag.objects.all()).get(id=1)

[sqlite]
error[bad_argument]: get() with conditions after union() is not supported
 --> line 1, column 38
  | Tag.objects.union(Tag.objects.all()).get(id=1)
  |                                      ^^^

[postgresql]
error[bad_argument]: get() with conditions after union() is not supported
 --> line 1, column 38
  | Tag.objects.union(Tag.objects.all()).get(id=1)
  |                                      ^^^

[mysql]
error[bad_argument]: get() with conditions after union() is not supported
 --> line 1, column 38
  | Tag.objects.union(Tag.objects.all()).get(id=1)
  |                                      ^^^

[oracle]
error[bad_argument]: get() with conditions after union() is not supported
 --> line 1, column 38
  | Tag.objects.union(Tag.objects.all()).get(id=1)
  |                                      ^^^
