// Mono.Cecil's object model is not thread-safe (lazy attribute blobs, resolver cache): run the rules one at a time.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
