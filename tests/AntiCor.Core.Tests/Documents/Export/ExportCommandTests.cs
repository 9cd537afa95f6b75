using System.Text;
using AntiCor.Core.Documents.Import;

namespace AntiCor.Core.Tests.Documents.Export;

/// <summary>`anticor export` of a document path: no database is opened (those tests live in AntiCor.Web.Tests).</summary>
public sealed class ExportCommandTests : IDisposable
{
    private readonly CliRunner _cli = new();
    private readonly string _folder;
    private readonly string _seed = TestFiles.Path("samples/kropyvnytskyi-2019-order-98.txt");

    public ExportCommandTests() => _folder = _cli.Folder;

    public void Dispose() => _cli.Dispose();

    private Task<(int Code, string Out, string Err)> Run(params string[] args) => _cli.Run(args);

    [Fact]
    public async Task Export_of_a_document_path_writes_a_docx_that_imports_back_to_the_same_measures()
    {
        var output = Path.Combine(_folder, "seed.docx");
        var (code, stdout, _) = await Run("export", _seed, "--format", "docx", "-o", output);
        Assert.Equal(0, code);
        Assert.Contains(output, stdout);
        var back = ProgrammeImporter.Import(await File.ReadAllBytesAsync(output), output);
        Assert.Equal(
            ExportPlans.Seed.Programme.Directions.SelectMany(d => d.Measures).Select(m => (m.Number, m.Text)),
            back.Programme.Directions.SelectMany(d => d.Measures).Select(m => (m.Number, m.Text)));
        Assert.False(File.Exists(Path.Combine(_folder, "anticor.db")), "no database for a document path");
    }

    [Fact]
    public async Task Export_takes_the_format_from_the_output_file_when_none_is_given()
    {
        var output = Path.Combine(_folder, "заходи.csv");
        var (code, _, _) = await Run("export", _seed, "-o", output);
        Assert.Equal(0, code);
        var bytes = await File.ReadAllBytesAsync(output);
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes.Take(3));
    }

    [Fact]
    public async Task Export_with_an_unknown_format_exits_1_and_prints_the_usage()
    {
        var (code, _, stderr) = await Run("export", _seed, "--format", "pdf", "-o", Path.Combine(_folder, "x.pdf"));
        Assert.Equal(1, code);
        Assert.Contains("Невідомий формат експорту: pdf", stderr);
        Assert.Contains("anticor export PROGRAMME --format docx|xlsx|csv|json", stderr);
        Assert.Empty(Directory.GetFiles(_folder));
    }

    [Fact]
    public async Task Export_without_a_format_or_output_exits_1_and_prints_the_usage()
    {
        var (code, _, stderr) = await Run("export", _seed);
        Assert.Equal(1, code);
        Assert.Contains("потрібен формат", stderr);
        Assert.Contains("Використання:", stderr);
    }

    [Fact]
    public async Task Export_of_something_neither_an_id_nor_a_file_exits_1_with_a_clear_message()
    {
        var missing = Path.Combine(_folder, "немає.docx");
        var (code, _, stderr) = await Run("export", missing, "--format", "json");
        Assert.Equal(1, code);
        Assert.Contains("не ідентифікатор збереженої програми і не наявний файл документа", stderr);
    }

    [Fact]
    public async Task Export_of_a_document_that_cannot_be_read_exits_2_and_writes_nothing()
    {
        var broken = Path.Combine(_folder, "broken.docx");
        await File.WriteAllTextAsync(broken, "не документ");
        var output = Path.Combine(_folder, "out.json");
        var (code, _, stderr) = await Run("export", broken, "--format", "json", "-o", output);
        Assert.Equal(2, code);
        Assert.Contains("не є документом Word", stderr);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public async Task Import_dry_run_reads_a_docx_and_the_usage_names_every_format()
    {
        var docx = Path.Combine(_folder, "seed.docx");
        Assert.Equal(0, (await Run("export", _seed, "--format", "docx", "-o", docx)).Code);
        var (code, stdout, _) = await Run("import", docx, "--dry-run");
        Assert.Equal(0, code);
        Assert.Contains("напрямів 9, заходів 26", stdout);
        Assert.Contains("(.txt, .docx, .html, .xlsx)", (await Run("help")).Out);
    }
}
