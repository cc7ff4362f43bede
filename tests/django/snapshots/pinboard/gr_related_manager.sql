query: Pin.objects.get(pk=1).labels.all()

[sqlite]
error[unsupported]: the related manager 'labels' of a GenericRelation (its content type read at runtime) is not supported
 --> line 1, column 23
  | Pin.objects.get(pk=1).labels.all()
  |                       ^^^^^^

[postgresql]
error[unsupported]: the related manager 'labels' of a GenericRelation (its content type read at runtime) is not supported
 --> line 1, column 23
  | Pin.objects.get(pk=1).labels.all()
  |                       ^^^^^^

[mysql]
error[unsupported]: the related manager 'labels' of a GenericRelation (its content type read at runtime) is not supported
 --> line 1, column 23
  | Pin.objects.get(pk=1).labels.all()
  |                       ^^^^^^

[oracle]
error[unsupported]: the related manager 'labels' of a GenericRelation (its content type read at runtime) is not supported
 --> line 1, column 23
  | Pin.objects.get(pk=1).labels.all()
  |                       ^^^^^^
