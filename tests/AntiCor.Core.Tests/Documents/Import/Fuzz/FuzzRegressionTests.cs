using AntiCor.Core.Documents.Import;

namespace AntiCor.Core.Tests.Documents.Import.Fuzz;

/// <summary>
/// Every input the fuzzer found crashing the importer, kept in Crashes/ (named after what broke):
/// each is now read, or refused with the importer's own one-line error, within the fuzzer's bounds.
/// </summary>
public sealed class FuzzRegressionTests
{
    public static TheoryData<string> Crashes => new(
        Directory.GetFiles(TestFiles.Path("fuzz-crashes")).Select(Path.GetFileName).Order(StringComparer.Ordinal)!);

    [Theory]
    [MemberData(nameof(Crashes))]
    public void A_document_that_once_crashed_the_importer_is_now_read_or_refused_with_an_import_error(string name)
    {
        var bytes = File.ReadAllBytes(TestFiles.Path(Path.Combine("fuzz-crashes", name)));

        Assert.Null(ImportOutcome.Problem(bytes, name));
    }

    [Theory]
    [InlineData("docx-content-type-tag-dropped.docx")]
    [InlineData("xlsx-worksheet-part-dropped.bin")]
    [InlineData("xlsx-cell-type-not-an-enum.xlsx")]
    [InlineData("xlsx-sheet-state-not-an-enum.xlsx")]
    public void A_broken_package_is_refused_as_damaged(string name)
    {
        var bytes = File.ReadAllBytes(TestFiles.Path(Path.Combine("fuzz-crashes", name)));

        Assert.Contains("пошкоджено", Assert.Throws<ImportException>(() => ProgrammeImporter.Import(bytes, name)).Message);
    }
}
