using System.Text.Json.Nodes;
using AntiCor.Core.Archive;
using AntiCor.Web.Tests.Archive;
using Microsoft.EntityFrameworkCore;

namespace AntiCor.Web.Tests.Upgrade;

/// <summary>
/// Upgrades lose nothing: each release's fixture database (Upgrade/Fixtures, one per release;
/// Upgrade/Fixtures/README.md says how to add one) is migrated to the current schema on the
/// provider under test — SQLite migrates the release's own file, PostgreSQL loads the release's
/// archive at that release's migration and migrates on — and then every row the release had is
/// still there with every value it had, and the audit chains verify under the release's keys.
/// </summary>
public sealed class UpgradeTests
{
    public static TheoryData<string> Fixtures() => [.. UpgradeFixture.All().Select(f => f.Name)];

    [Theory]
    [MemberData(nameof(Fixtures))]
    public async Task A_release_fixture_migrated_to_the_current_schema_keeps_every_row_and_its_audit_chains_verify(string name)
    {
        var fixture = UpgradeFixture.All().Single(f => f.Name == name);
        await using var cli = await ArchiveCli.UnderTestAsync();
        foreach (var key in UpgradeFixture.KeyFiles)
        {
            File.Copy(Path.Combine(fixture.Folder, key), Path.Combine(cli.Folder, key));
        }

        if (cli.Provider == "Sqlite")
        {
            File.Copy(fixture.Database, cli.FilePath("anticor-test.db"));
            await cli.RunOkAsync("migrate");
        }
        else
        {
            await cli.RunOkAsync("archive", "import", fixture.Archive);
        }

        Assert.Empty(await cli.QueryAsync(db => db.Database.GetPendingMigrationsAsync()));
        var upgraded = cli.FilePath("upgraded.zip");
        await cli.RunOkAsync("archive", "export", "-o", upgraded);
        AssertEveryRowSurvives(fixture.Archive, upgraded);
        var (_, verified, _) = await cli.RunOkAsync("audit", "verify");
        Assert.Contains("цілий", verified);
    }

    [Fact]
    public async Task The_migrations_of_the_database_under_test_make_the_whole_current_model()
    {
        // A model change without its migration (an index added to a configuration and nothing
        // else) would otherwise pass every test: the tests' databases are made by migrating.
        await using var cli = await ArchiveCli.UnderTestAsync();

        Assert.False(await cli.QueryAsync(db => Task.FromResult(db.Database.HasPendingModelChanges())), "the model has changes that no migration makes: dotnet ef migrations add");
    }

    [Fact]
    public async Task The_fixture_generator_fills_every_table_of_the_current_model_and_writes_a_fixture_that_loads()
    {
        await using var source = await ArchiveCli.SqliteAsync();
        await ArchiveSample.FillAsync(source);
        // ANTICOR_WRITE_FIXTURE=tests/AntiCor.Web.Tests/Upgrade/Fixtures/<release> writes the release's fixture there (README.md beside them).
        var folder = Environment.GetEnvironmentVariable("ANTICOR_WRITE_FIXTURE") is { Length: > 0 } target ? Path.GetFullPath(target) : source.FilePath("fixture");

        await UpgradeFixture.WriteAsync(source, folder);

        using var archive = await ArchiveFile.OpenVerifiedAsync(Path.Combine(folder, UpgradeFixture.ArchiveFile));
        var tables = await source.QueryAsync(db => Task.FromResult(db.Model.GetRelationalModel().Tables.Select(t => t.Name).ToList()));
        Assert.Equal(tables.Order(), archive.Manifest.Tables.Select(t => t.Name).Order());
        Assert.All(archive.Manifest.Tables, t => Assert.True(t.Rows > 0, $"{t.Name}: the generator left it empty"));
        Assert.True(new FileInfo(Path.Combine(folder, UpgradeFixture.DatabaseFile)).Length > 0);
    }

    /// <summary>Each row of the release, found by its whole content restricted to the release's columns: a dropped column or a changed value fails.</summary>
    private static void AssertEveryRowSurvives(string releaseArchive, string upgradedArchive)
    {
        var before = ArchiveEntries.Read(releaseArchive);
        var after = ArchiveEntries.Read(upgradedArchive);
        Assert.Contains(before, e => e.Key == "tables/AuditEntries.jsonl" && e.Value.Length > 0);
        foreach (var (entry, text) in before.Where(e => e.Key.StartsWith("tables/", StringComparison.Ordinal)))
        {
            Assert.True(after.ContainsKey(entry), $"{entry}: the table is gone after the upgrade");
            var rows = Lines(text).Select(l => JsonNode.Parse(l)!.AsObject()).ToList();
            var columns = rows.FirstOrDefault()?.Select(p => p.Key).ToList() ?? [];
            var now = Lines(after[entry]).Select(l => JsonNode.Parse(l)!.AsObject()).ToList();
            var present = now.Select(r => Restricted(r, columns)).ToHashSet();
            foreach (var row in rows)
            {
                Assert.True(present.Contains(row.ToJsonString()), $"{entry}: a row did not survive the upgrade as it was: {row.ToJsonString()}");
            }
        }
    }

    private static string Restricted(JsonObject row, List<string> columns)
    {
        var kept = new JsonObject();
        foreach (var column in columns)
        {
            kept[column] = row.TryGetPropertyValue(column, out var value) ? value?.DeepClone() : "‹стовпця немає›";
        }

        return kept.ToJsonString();
    }

    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
}
