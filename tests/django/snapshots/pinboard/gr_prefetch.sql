query: Pin.objects.prefetch_related("labels")

[sqlite]
error[unsupported]: prefetch_related('labels'): prefetching through a GenericRelation (its content type read at runtime) is not supported

[postgresql]
error[unsupported]: prefetch_related('labels'): prefetching through a GenericRelation (its content type read at runtime) is not supported

[mysql]
error[unsupported]: prefetch_related('labels'): prefetching through a GenericRelation (its content type read at runtime) is not supported

[oracle]
error[unsupported]: prefetch_related('labels'): prefetching through a GenericRelation (its content type read at runtime) is not supported
