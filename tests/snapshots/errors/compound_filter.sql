query: Tag.objects.union(Tag.objects.all()).filter(id=1)

[sqlite]
error[bad_argument]: filter() after union() is not supported
 --> line 1, column 38
  | Tag.objects.union(Tag.objects.all()).filter(id=1)
  |                                      ^^^^^^

[postgresql]
error[bad_argument]: filter() after union() is not supported
 --> line 1, column 38
  | Tag.objects.union(Tag.objects.all()).filter(id=1)
  |                                      ^^^^^^

[mysql]
error[bad_argument]: filter() after union() is not supported
 --> line 1, column 38
  | Tag.objects.union(Tag.objects.all()).filter(id=1)
  |                                      ^^^^^^

[oracle]
error[bad_argument]: filter() after union() is not supported
 --> line 1, column 38
  | Tag.objects.union(Tag.objects.all()).filter(id=1)
  |                                      ^^^^^^
