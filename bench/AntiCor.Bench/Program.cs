using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(AntiCor.Bench.DocumentBenchmarks).Assembly).Run(args);
