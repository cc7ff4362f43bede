query: Pin.objects.update(labels=1)

[sqlite]
error[bad_argument]: 'labels' is a many-to-many or reverse relation and cannot be written here
 --> line 1, column 20
  | Pin.objects.update(labels=1)
  |                    ^^^^^^

[postgresql]
error[bad_argument]: 'labels' is a many-to-many or reverse relation and cannot be written here
 --> line 1, column 20
  | Pin.objects.update(labels=1)
  |                    ^^^^^^

[mysql]
error[bad_argument]: 'labels' is a many-to-many or reverse relation and cannot be written here
 --> line 1, column 20
  | Pin.objects.update(labels=1)
  |                    ^^^^^^

[oracle]
error[bad_argument]: 'labels' is a many-to-many or reverse relation and cannot be written here
 --> line 1, column 20
  | Pin.objects.update(labels=1)
  |                    ^^^^^^
