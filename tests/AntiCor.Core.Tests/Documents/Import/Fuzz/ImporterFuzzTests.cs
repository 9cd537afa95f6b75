using System.Collections.Concurrent;
using CsCheck;
using Xunit.Abstractions;

namespace AntiCor.Core.Tests.Documents.Import.Fuzz;

/// <summary>
/// Mutates the corpus (<see cref="FuzzSeeds"/>) with <see cref="Mutator"/> for a fixed budget of
/// inputs and requires of each: the document is read, or refused with the importer's own one-line
/// error; never another exception, never longer than the time bound, never more than the memory
/// bound. A failing input is written to the test output folder (fuzz-failures/) so it can be kept
/// under Crashes/ as a regression test; CsCheck's seed in the message makes the whole run again.
/// </summary>
public sealed class ImporterFuzzTests(ITestOutputHelper output)
{
    /// <summary>The budget: at least 10,000 inputs per run (about a minute on two loaded cores).</summary>
    private const int Inputs = 10_000;

    [Fact]
    public void Mutated_documents_are_read_or_refused_with_an_import_error_within_time_and_memory()
    {
        var seeds = FuzzSeeds.All;
        var failures = new ConcurrentQueue<(FuzzInput Input, string Problem)>();
        var gen = Gen.Select(Gen.Int[0, seeds.Count - 1], Gen.Int[0, 3], Gen.Int)
            .Select(t => Mutator.Mutate(seeds, t.Item1, t.Item2, t.Item3));
        var ran = 0;

        try
        {
            gen.Sample(
                input =>
                {
                    Interlocked.Increment(ref ran);
                    if (ImportOutcome.Problem(input.Bytes, input.FileName) is { } problem)
                    {
                        failures.Enqueue((input, problem));
                        throw new Xunit.Sdk.XunitException($"{input}: {problem}");
                    }
                },
                writeLine: output.WriteLine,
                iter: Inputs,
                threads: Math.Max(2, Environment.ProcessorCount),
                print: input => input.ToString());
        }
        finally
        {
            Keep(failures);
        }

        Assert.True(ran >= Inputs, $"only {ran} inputs ran");
    }

    private static void Keep(ConcurrentQueue<(FuzzInput Input, string Problem)> failures)
    {
        if (failures.IsEmpty)
        {
            return;
        }

        var folder = Path.Combine(AppContext.BaseDirectory, "fuzz-failures");
        Directory.CreateDirectory(folder);
        foreach (var (input, problem) in failures.Take(20))
        {
            var name = $"{Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(input.Bytes))[..16]}{Path.GetExtension(input.FileName)}";
            File.WriteAllBytes(Path.Combine(folder, name), input.Bytes);
            File.WriteAllText(Path.Combine(folder, name + ".txt"), $"{input}\n{problem}\n");
        }
    }
}
