// The machine is small and other suites run beside this one: one browser journey at a time keeps timings honest.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
