using AntiCor.Core.Tests.Builders;
using AntiCor.Core.Tests.Documents.Import.Plans;

namespace AntiCor.Core.Tests.Documents.Import.Fuzz;

/// <summary>What a seed is, which decides the structural mutations it gets besides the byte-level ones.</summary>
internal enum SeedKind
{
    Text,
    Html,
    Zip,
}

/// <summary>One well-formed document the fuzzer starts from.</summary>
internal sealed record FuzzSeed(string Name, SeedKind Kind, byte[] Bytes);

/// <summary>
/// The corpus: the bundled orders (TXT and DOCX), the village plan, the importer's own test plans
/// (sections, reordered columns, CP1251 with CRLF, an HTML integrity plan) and the risk programme
/// as DOCX and as an XLSX annex — every reader and every table shape the importer knows.
/// </summary>
internal static class FuzzSeeds
{
    private static readonly Lazy<IReadOnlyList<FuzzSeed>> Loaded = new(Load);

    public static IReadOnlyList<FuzzSeed> All => Loaded.Value;

    private static IReadOnlyList<FuzzSeed> Load() =>
    [
        File("samples/kropyvnytskyi-2019-order-98.txt", SeedKind.Text),
        File("samples/kropyvnytskyi-2019-order-98.docx", SeedKind.Zip),
        File("samples/stepova-village-2025-order-12.txt", SeedKind.Text),
        File("enterprise-2022-sections.txt", SeedKind.Text),
        File("settlement-2025-reordered-sections.txt", SeedKind.Text),
        File("village-2021-cp1251-crlf.txt", SeedKind.Text),
        File("lyceum-2025-integrity-plan.html", SeedKind.Html),
        new("risk-plan.docx", SeedKind.Zip, RiskPlan.Docx()),
        new("risk-plan.xlsx", SeedKind.Zip, RiskPlan.Xlsx()),
        new("stepova-as.docx", SeedKind.Zip, TextToDocx.Convert(System.IO.File.ReadAllText(TestFiles.Path("samples/stepova-village-2025-order-12.txt")))),
    ];

    private static FuzzSeed File(string relative, SeedKind kind) =>
        new(Path.GetFileName(relative), kind, System.IO.File.ReadAllBytes(TestFiles.Path(relative)));
}
