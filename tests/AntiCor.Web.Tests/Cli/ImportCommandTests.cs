using System.Text;
using System.Text.Json;
using AntiCor.Core.Seed;
using Microsoft.EntityFrameworkCore;

namespace AntiCor.Web.Tests.Cli;

public sealed class ImportCommandTests : IAsyncLifetime
{
    private readonly CliRun _cli = new();

    public Task InitializeAsync() => _cli.InitializeAsync();

    public Task DisposeAsync() => _cli.DisposeAsync();

    private string Seed() => _cli.WriteFile(SeedProgramme.FileName, SeedProgramme.Read());

    private Task<int> ProgrammeCount() => _cli.QueryAsync(db => db.Programmes.CountAsync());

    /// <summary>The seed under another act number, with the personnel department misspelt.</summary>
    private string Misspelt(string number) => _cli.WriteFile($"order-{number}.txt", Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(SeedProgramme.Read())
        .Replace("№ 98", $"№ {number}", StringComparison.Ordinal)
        .Replace("Відділ кадрової роботи", "Відділ кадрвої роботи", StringComparison.Ordinal)));

    private Task<int> UnitCount() => _cli.QueryAsync(db => db.OrgUnits.CountAsync());

    [Fact]
    public async Task Import_warns_of_a_name_close_to_a_unit_with_its_suggestion_and_keeps_working_as_documented()
    {
        Assert.Equal(0, (await _cli.RunAsync("import", Seed())).Code);
        var units = await UnitCount();

        var (code, _, error) = await _cli.RunAsync("import", Misspelt("99"));

        Assert.True(code == 0, error);
        Assert.Contains("Попередження: виконавця «Відділ кадрвої роботи» немає серед підрозділів — можливо, Відділ кадрової роботи? Створено новий підрозділ", error);
        Assert.Equal(units + 1, await UnitCount());
        Assert.Equal(2, await ProgrammeCount());
    }

    [Fact]
    public async Task Import_with_use_suggestions_links_a_close_name_to_the_suggested_unit_and_keeps_the_spelling_as_its_alias()
    {
        Assert.Equal(0, (await _cli.RunAsync("import", Seed())).Code);
        var units = await UnitCount();
        var linked = await _cli.QueryAsync(db => db.MeasureExecutors.CountAsync(e => e.OrgUnit.Name == "Відділ кадрової роботи"));

        var (code, _, error) = await _cli.RunAsync("import", Misspelt("100"), "--use-suggestions");

        Assert.True(code == 0, error);
        Assert.Contains("зв'язано з «Відділ кадрової роботи»", error);
        Assert.Equal(units, await UnitCount());
        var personnel = await _cli.QueryAsync(db => db.OrgUnits.Where(u => u.Name == "Відділ кадрової роботи")
            .Select(u => new { Aliases = u.Aliases.Select(a => a.Text).ToList(), Measures = db.MeasureExecutors.Count(e => e.OrgUnitId == u.Id) }).SingleAsync());
        Assert.Contains("Відділ кадрвої роботи", personnel.Aliases);
        Assert.Equal(2 * linked, personnel.Measures);
    }

    [Fact]
    public async Task Dry_run_prints_the_contract_json_with_warnings_and_stores_nothing()
    {
        var (code, output, error) = await _cli.RunAsync("import", Seed(), "--json", "--dry-run");

        Assert.True(code == 0, error);
        using var json = JsonDocument.Parse(output);
        var programme = json.RootElement.GetProperty("programme");
        Assert.Equal(1, json.RootElement.GetProperty("schemaVersion").GetInt32());
        Assert.Equal(JsonValueKind.Null, programme.GetProperty("id").ValueKind);
        Assert.Equal(26, programme.GetProperty("directions").EnumerateArray().Sum(d => d.GetProperty("measures").GetArrayLength()));
        Assert.Contains(json.RootElement.GetProperty("warnings").EnumerateArray(), w => w.GetProperty("code").GetString() == "cell-count-mismatch");
        Assert.Equal(0, await ProgrammeCount());
    }

    [Fact]
    public async Task Import_stores_a_draft_unless_told_to_publish()
    {
        var draft = await _cli.RunAsync("import", Seed());
        var published = await _cli.RunAsync("import", _cli.WriteFile("other.txt", Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(SeedProgramme.Read()).Replace("№ 98", "№ 99", StringComparison.Ordinal))), "--publish");

        Assert.True(draft.Code == 0, draft.Error);
        Assert.True(published.Code == 0, published.Error);
        Assert.Contains("чернетку", draft.Error);
        Assert.Contains("оприлюднено", published.Error);
        var states = await _cli.QueryAsync(db => db.Programmes.OrderBy(p => p.LegalBasis.Number).Select(p => p.PublishedAtUtc != null).ToListAsync());
        Assert.Equal([false, true], states);
    }

    [Fact]
    public async Task Import_stores_the_programme_with_its_audit_trail_and_prints_its_id_and_export_by_that_id_is_audited()
    {
        var (code, output, error) = await _cli.RunAsync("import", Seed(), "--json");

        Assert.True(code == 0, error);
        var id = JsonDocument.Parse(output).RootElement.GetProperty("programme").GetProperty("id").GetString();
        Assert.NotNull(id);
        var stored = await _cli.QueryAsync(db => db.Programmes.Where(p => p.Id == Guid.Parse(id!))
            .Select(p => new { p.Title, Measures = p.Directions.SelectMany(d => d.Measures).Count(), Review = p.Directions.SelectMany(d => d.Measures).Count(m => m.NeedsReview), Warnings = p.Warnings.Count })
            .SingleAsync());
        Assert.Equal(26, stored.Measures);
        Assert.Equal(6, stored.Review);
        Assert.Equal(15, stored.Warnings);
        Assert.True(await _cli.QueryAsync(db => db.AuditEntries.CountAsync()) > 26);
        Assert.All(await _cli.QueryAsync(db => db.AuditEntries.Select(a => a.ActorName).Distinct().ToListAsync()), actor => Assert.StartsWith("CLI (", actor));
        Assert.Contains(id!, error);

        var file = Path.Combine(_cli.Folder, "plan.xlsx");
        var (exported, _, exportError) = await _cli.RunAsync("export", id!, "--format", "xlsx", "-o", file);
        Assert.True(exported == 0, exportError);
        Assert.True(new FileInfo(file).Length > 0);
        Assert.Equal(1, await _cli.QueryAsync(db => db.AuditEntries.CountAsync(a => a.Action == AntiCor.Core.Audit.AuditActions.Exported && a.EntityId == id)));
    }

    [Fact]
    public async Task Importing_the_same_act_again_is_refused_and_adds_nothing()
    {
        Assert.Equal(0, (await _cli.RunAsync("import", Seed())).Code);
        var (code, _, error) = await _cli.RunAsync("import", Seed());

        Assert.Equal(1, code);
        Assert.Contains("уже імпортовано", error);
        Assert.Equal(1, await ProgrammeCount());
    }

    public static TheoryData<string, byte[], string> BadInputs() => new()
    {
        { "binary.txt", [0x7F, 0x45, 0x4C, 0x46, 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0], "не є текстовим документом" },
        { "empty.txt", [], "порожній" },
        { "no-table.txt", Encoding.UTF8.GetBytes("РОЗПОРЯДЖЕННЯ\n\nПро щось\n\nТекст без таблиці.\n"), "не знайдено таблиці" },
        { "fake.docx", Encoding.UTF8.GetBytes("не архів"), "не є документом Word" },
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public async Task Unreadable_input_exits_2_with_one_line_and_stores_nothing(string name, byte[] content, string reason)
    {
        var (code, output, error) = await _cli.RunAsync("import", _cli.WriteFile(name, content));

        Assert.Equal(2, code);
        Assert.Equal("", output);
        var line = Assert.Single(error.TrimEnd('\n').Split('\n'));
        Assert.Contains(reason, line);
        Assert.Equal(0, await ProgrammeCount());
    }

    [Fact]
    public async Task A_50_megabyte_file_is_refused_before_it_is_read()
    {
        var path = Path.Combine(_cli.Folder, "huge.txt");
        await using (var file = File.Create(path))
        {
            file.SetLength(50L * 1024 * 1024);
        }

        var (code, _, error) = await _cli.RunAsync("import", path);

        Assert.Equal(2, code);
        Assert.Contains("завеликий", error);
        Assert.Equal(0, await ProgrammeCount());
    }

    [Fact]
    public async Task A_missing_file_exits_2()
    {
        var (code, _, error) = await _cli.RunAsync("import", Path.Combine(_cli.Folder, "nope.txt"));
        Assert.Equal(2, code);
        Assert.Contains("не знайдено", error);
    }
}
