// Each collection serves its own app and runs its own Chromium. Started side by side on a
// two-core machine, their cold starts (migrations, the seed import, JIT, three browsers) left
// a first sign-in waiting past Playwright's 30 s, so the collections take their turns instead.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
