using AntiCor.Cli;
using AntiCor.Core.Archive;

namespace AntiCor.Web.Tests.Archive;

/// <summary>
/// `anticor backup` and `anticor restore` on the provider under test: a backup restores into an
/// empty database with every row as it was and the audit chains intact; a SQLite backup (the
/// online-backup copy of the file) restores into PostgreSQL too.
/// </summary>
public sealed class BackupCommandTests : IAsyncLifetime
{
    private readonly List<ArchiveCli> _clis = [];

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var cli in _clis)
        {
            await cli.DisposeAsync();
        }
    }

    private async Task<ArchiveCli> NewAsync(bool sqlite = false)
    {
        var cli = sqlite ? await ArchiveCli.SqliteAsync() : await ArchiveCli.UnderTestAsync();
        _clis.Add(cli);
        return cli;
    }

    private async Task<ArchiveCli> RestoredCopyAsync(ArchiveCli source)
    {
        var backup = source.FilePath("backup.zip");
        var (_, written, _) = await source.RunOkAsync("backup", "-o", backup);
        Assert.Contains("Резервну копію записано", written);
        var target = await NewAsync();
        target.ShareKeysWith(source);

        var (_, restored, _) = await target.RunOkAsync("restore", backup);

        Assert.Contains("Резервну копію", restored);
        await source.RunOkAsync("archive", "export", "-o", source.FilePath("source.zip"));
        await target.RunOkAsync("archive", "export", "-o", target.FilePath("restored.zip"));
        ArchiveEntries.AssertSame(source.FilePath("source.zip"), target.FilePath("restored.zip"));
        var (_, verified, _) = await target.RunOkAsync("audit", "verify");
        Assert.Contains("цілий", verified);
        return target;
    }

    [Fact]
    public async Task A_backup_of_the_database_under_test_restores_into_an_empty_one_with_every_row_and_the_chains_verify()
    {
        var source = await NewAsync();
        await ArchiveSample.FillAsync(source);

        var target = await RestoredCopyAsync(source);

        using var backup = await ArchiveFile.OpenVerifiedAsync(source.FilePath("backup.zip"));
        Assert.Equal(source.Provider == "Sqlite" ? ArchiveManifest.SqliteBackupKind : ArchiveManifest.ArchiveKind, backup.Manifest.Kind);
        Assert.Single(backup.Manifest.Entries, e => e.Path.StartsWith("evidence/", StringComparison.Ordinal));
        Assert.True(Directory.EnumerateFiles(target.EvidenceFolder).Any());
    }

    [Fact]
    public async Task A_sqlite_backup_restores_into_the_database_under_test()
    {
        var source = await NewAsync(sqlite: true);
        await ArchiveSample.FillAsync(source);

        await RestoredCopyAsync(source);

        using var backup = await ArchiveFile.OpenVerifiedAsync(source.FilePath("backup.zip"));
        Assert.Contains(backup.Manifest.Entries, e => e.Path == DatabaseBackup.SqliteEntry);
    }

    [Fact]
    public async Task Restore_into_a_database_that_is_not_empty_is_refused()
    {
        var source = await NewAsync();
        await ArchiveSample.FillAsync(source);
        await source.RunOkAsync("backup", "-o", source.FilePath("backup.zip"));

        var (code, _, error) = await source.RunAsync("restore", source.FilePath("backup.zip"));

        Assert.Equal(CliApp.Failed, code);
        Assert.Contains("База даних не порожня", error);
    }
}
