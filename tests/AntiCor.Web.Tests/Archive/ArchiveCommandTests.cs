using System.IO.Compression;
using AntiCor.Cli;
using Microsoft.EntityFrameworkCore;

namespace AntiCor.Web.Tests.Archive;

/// <summary>
/// `anticor archive export` and `import`: a SQLite deployment moved to the provider under test (on
/// the PostgreSQL run: SQLite → archive → PostgreSQL → archive → SQLite) keeps every row as it was,
/// and its audit chains verify there.
/// </summary>
public sealed class ArchiveCommandTests : IAsyncLifetime
{
    private ArchiveCli _source = null!;
    private readonly List<ArchiveCli> _more = [];

    public async Task InitializeAsync()
    {
        _source = await ArchiveCli.SqliteAsync();
        await ArchiveSample.FillAsync(_source);
    }

    public async Task DisposeAsync()
    {
        await _source.DisposeAsync();
        foreach (var cli in _more)
        {
            await cli.DisposeAsync();
        }
    }

    private async Task<ArchiveCli> TargetAsync(bool underTest = true, bool evidenceFolder = true)
    {
        var cli = underTest ? await ArchiveCli.UnderTestAsync(evidenceFolder) : await ArchiveCli.SqliteAsync(evidenceFolder);
        cli.ShareKeysWith(_source);
        _more.Add(cli);
        return cli;
    }

    [Fact]
    public async Task Sqlite_to_archive_to_the_database_under_test_to_archive_gives_the_same_tables_and_the_chains_verify()
    {
        var first = _source.FilePath("first.zip");
        var (_, exported, _) = await _source.RunOkAsync("archive", "export", "-o", first);
        var target = await TargetAsync();

        var (_, imported, _) = await target.RunOkAsync("archive", "import", first);
        var second = target.FilePath("second.zip");
        await target.RunOkAsync("archive", "export", "-o", second);

        Assert.Contains("Архів усієї бази записано", exported);
        Assert.Contains("файлів доказів 1", exported);
        Assert.Contains("завантажено", imported);
        ArchiveEntries.AssertSame(first, second);
        var (_, verified, _) = await target.RunOkAsync("audit", "verify");
        Assert.Contains("цілий", verified);
        Assert.True(File.Exists(Path.Combine(target.EvidenceFolder, Path.GetFileName(ArchiveEntries.Read(first).Keys.Single(k => k.StartsWith("evidence/", StringComparison.Ordinal))))));

        // The keys loaded are behind the identity sequences: the next generated key does not collide with them.
        await target.QueryAsync(db =>
        {
            db.DataProtectionKeys.Add(new() { FriendlyName = "після імпорту", Xml = "<key/>" });
            return db.SaveChangesAsync();
        });
        Assert.Equal(2, await target.QueryAsync(db => db.DataProtectionKeys.CountAsync()));

        // And back: the copy of the database under test goes into SQLite unchanged.
        var back = await TargetAsync(underTest: false);
        await back.RunOkAsync("archive", "import", second);
        var third = back.FilePath("third.zip");
        await back.RunOkAsync("archive", "export", "-o", third);
        ArchiveEntries.AssertSame(first, third);
        await back.RunOkAsync("audit", "verify");
    }

    [Fact]
    public async Task Every_table_of_the_model_is_in_the_archive_with_its_rows_counted()
    {
        var path = _source.FilePath("all.zip");
        await _source.RunOkAsync("archive", "export", "-o", path);

        var tables = await _source.QueryAsync(db => Task.FromResult(db.Model.GetRelationalModel().Tables.Select(t => t.Name).ToList()));
        using var archive = await Core.Archive.ArchiveFile.OpenVerifiedAsync(path);
        Assert.Equal(tables.Order(), archive.Manifest.Tables.Select(t => t.Name).Order());
        Assert.Contains("AspNetUsers", tables);
        Assert.All(archive.Manifest.Tables, t => Assert.True(t.Rows > 0, $"{t.Name} has no rows in the sample"));
        Assert.All(archive.Manifest.Tables, t => Assert.Equal(t.Rows, ArchiveEntries.Rows(path, t.Name).Length));
        Assert.Equal(await _source.QueryAsync(db => db.Database.GetAppliedMigrationsAsync()).ContinueWith(m => m.Result.Last()), archive.Manifest.Migration);
        Assert.All(archive.Manifest.Entries, e => Assert.Equal(64, e.Sha256.Length));
    }

    [Fact]
    public async Task The_tables_a_fresh_schema_fills_are_exactly_those_the_importer_takes_for_seeds()
    {
        var fresh = await TargetAsync();
        await fresh.RunOkAsync("migrate");

        var filled = await fresh.QueryAsync(async db =>
        {
            var names = new List<string>();
            await db.Database.OpenConnectionAsync();
            foreach (var table in db.Model.GetRelationalModel().Tables)
            {
                await using var command = db.Database.GetDbConnection().CreateCommand();
                command.CommandText = $"SELECT 1 FROM \"{table.Name}\" LIMIT 1";
                if (await command.ExecuteScalarAsync() is not null)
                {
                    names.Add(table.Name);
                }
            }

            return names;
        });

        Assert.Equal(Core.Archive.ArchiveImporter.SeededByMigrations.Order(), filled.Order());
    }

    [Fact]
    public async Task A_damaged_archive_is_refused_before_anything_is_written()
    {
        var path = _source.FilePath("damaged.zip");
        await _source.RunOkAsync("archive", "export", "-o", path);
        using (var zip = ZipFile.Open(path, ZipArchiveMode.Update))
        {
            var entry = zip.GetEntry("tables/Measures.jsonl")!;
            string text;
            using (var reader = new StreamReader(entry.Open()))
            {
                text = reader.ReadToEnd();
            }

            entry.Delete();
            using var writer = new StreamWriter(zip.CreateEntry("tables/Measures.jsonl").Open());
            writer.Write(text.Replace("корупц", "КОРУПЦ", StringComparison.Ordinal));
        }

        var target = await TargetAsync();

        var (code, _, error) = await target.RunAsync("archive", "import", path);

        Assert.Equal(CliApp.Failed, code);
        Assert.Contains("Архів пошкоджено: контрольна сума запису tables/Measures.jsonl", error);
        Assert.Empty(await target.QueryAsync(db => db.Database.GetAppliedMigrationsAsync()));
    }

    [Fact]
    public async Task An_archive_is_refused_by_a_database_that_is_not_empty_and_nothing_is_added()
    {
        var path = _source.FilePath("again.zip");
        await _source.RunOkAsync("archive", "export", "-o", path);
        var target = await TargetAsync();
        await target.RunOkAsync("archive", "import", path);
        var measures = await target.QueryAsync(db => db.Measures.CountAsync());

        var (code, _, error) = await target.RunAsync("archive", "import", path);

        Assert.Equal(CliApp.Failed, code);
        Assert.Contains("База даних не порожня", error);
        Assert.Equal(measures, await target.QueryAsync(db => db.Measures.CountAsync()));
    }

    [Fact]
    public async Task Not_a_zip_is_refused_with_one_line()
    {
        var path = _source.FilePath("not-a-zip.zip");
        await File.WriteAllTextAsync(path, "просто текст");
        var target = await TargetAsync();

        var (code, _, error) = await target.RunAsync("archive", "import", path);

        Assert.Equal(CliApp.Failed, code);
        Assert.Contains("це не архів AntiCor", error);
    }

    [Fact]
    public async Task Without_an_evidence_folder_the_target_keeps_the_folder_files_in_the_database()
    {
        var path = _source.FilePath("to-db.zip");
        await _source.RunOkAsync("archive", "export", "-o", path);
        var target = await TargetAsync(evidenceFolder: false);

        await target.RunOkAsync("archive", "import", path);

        var bytes = await target.QueryAsync(db => db.EvidenceContents.Where(c => c.Bytes != null).Select(c => c.Bytes!).ToListAsync());
        Assert.Contains(bytes, b => System.Text.Encoding.UTF8.GetString(b) == ArchiveSample.FolderEvidenceText);
        Assert.DoesNotContain(await target.QueryAsync(db => db.EvidenceContents.Select(c => c.Bytes).ToListAsync()), b => b is null);
    }

    [Fact]
    public async Task One_organisation_is_exported_alone_and_moves_into_an_empty_deployment_with_its_chain()
    {
        var path = _source.FilePath("stepova.zip");
        var (_, output, _) = await _source.RunOkAsync("archive", "export", "-o", path, "--org", "stepova");
        var stepova = await _source.QueryAsync(db => db.Organizations.Where(o => o.Slug == "stepova").Select(o => o.Id).SingleAsync());
        var other = await _source.QueryAsync(db => db.Organizations.Where(o => o.Slug != "stepova").Select(o => o.Id.ToString()).ToListAsync());
        var target = await TargetAsync();

        await target.RunOkAsync("archive", "import", path);

        Assert.Contains("організації «stepova»", output);
        var entries = ArchiveEntries.Read(path);
        Assert.All(other, id => Assert.All(entries, e => Assert.DoesNotContain(id, e.Value, StringComparison.Ordinal)));
        Assert.Equal(["stepova"], await target.QueryAsync(db => db.Organizations.Select(o => o.Slug).ToListAsync()));
        Assert.Equal(
            await _source.QueryAsync(db => db.Measures.CountAsync(m => m.OrganizationId == stepova)),
            await target.QueryAsync(db => db.Measures.CountAsync()));
        Assert.Equal(["head@stepova.test"], await target.QueryAsync(db => db.Users.Select(u => u.Email!).ToListAsync()));
        var (_, verified, _) = await target.RunOkAsync("audit", "verify", "--org", "stepova");
        Assert.Contains("цілий", verified);
    }
}
