using AntiCor.Core.Archive;
using AntiCor.Core.Data;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace AntiCor.Cli.Archive;

/// <summary>
/// `anticor archive export -o FILE [--org SLUG]`, `anticor archive import FILE`, `anticor backup -o FILE`
/// and `anticor restore FILE`. None of them migrates the database it reads; import and restore bring
/// an empty one to the archive's schema, load it, then to the current one. Exit 1 with one Ukrainian
/// line when refused (a damaged archive, a database that is not empty): nothing is then written.
/// </summary>
internal static class ArchiveCommand
{
    private const string EvidenceFolderSetting = "Evidence:Folder";

    public static async Task<int> RunAsync(CliOptions options, IConfiguration configuration, TextWriter stdout, TextWriter stderr)
    {
        try
        {
            return options.ArchiveAction switch
            {
                "export" => await ExportAsync(options, configuration, stdout, stderr),
                "import" => await ImportAsync(options.File!, configuration, stdout, "Архів"),
                "backup" => await BackupAsync(options, configuration, stdout, stderr),
                _ => await RestoreAsync(options.File!, configuration, stdout),
            };
        }
        catch (ArchiveRefusedException e)
        {
            await stderr.WriteLineAsync(e.Message);
            return CliApp.Failed;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            await stderr.WriteLineAsync($"Файл не вдалося прочитати або записати: {e.Message}");
            return CliApp.Unreadable;
        }
    }

    private static string? EvidenceFolder(IConfiguration configuration) =>
        configuration[EvidenceFolderSetting] is { Length: > 0 } folder ? folder : null;

    private static async Task<int> ExportAsync(CliOptions options, IConfiguration configuration, TextWriter stdout, TextWriter stderr)
    {
        await using var services = await CliDatabase.OpenAsync(configuration, migrate: false);
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var manifest = await WriteAtomicallyAsync(options.Output!, stream =>
            new ArchiveExporter(db, TimeProvider.System, EvidenceFolder(configuration)).ExportAsync(stream, options.Org));
        await ReportMissingAsync(manifest, stderr);
        var what = manifest.Organization is null ? "усієї бази" : $"організації «{manifest.Organization}»";
        await stdout.WriteLineAsync(
            $"Архів {what} записано до {options.Output}: таблиць {manifest.Tables.Count}, записів {manifest.Tables.Sum(t => t.Rows)}, " +
            $"файлів доказів {manifest.Entries.Count(e => e.Path.StartsWith("evidence/", StringComparison.Ordinal))}; схема {manifest.Migration}.");
        return CliApp.Ok;
    }

    private static async Task<int> ImportAsync(string file, IConfiguration configuration, TextWriter stdout, string what, string? shownAs = null)
    {
        using var archive = await ArchiveFile.OpenVerifiedAsync(file);
        await using var services = await CliDatabase.OpenAsync(configuration, migrate: false);
        await using (var scope = services.CreateAsyncScope())
        {
            await new ArchiveImporter(scope.ServiceProvider.GetRequiredService<AppDbContext>(), EvidenceFolder(configuration)).ImportAsync(archive);
        }

        await DatabaseSetup.MigrateAsync(services);
        await stdout.WriteLineAsync(
            $"{what} {shownAs ?? file} завантажено: таблиць {archive.Manifest.Tables.Count}, записів {archive.Manifest.Tables.Sum(t => t.Rows)}; " +
            "схему оновлено до поточної. Перевірте журнал: anticor audit verify.");
        return CliApp.Ok;
    }

    private static async Task<int> BackupAsync(CliOptions options, IConfiguration configuration, TextWriter stdout, TextWriter stderr)
    {
        await using var services = await CliDatabase.OpenAsync(configuration, migrate: false);
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var manifest = await WriteAtomicallyAsync(options.Output!, stream =>
            new DatabaseBackup(db, TimeProvider.System, EvidenceFolder(configuration)).WriteAsync(stream));
        await ReportMissingAsync(manifest, stderr);
        var how = manifest.Kind == ArchiveManifest.SqliteBackupKind ? "копія файлу SQLite" : "архів таблиць в одному знімку PostgreSQL";
        await stdout.WriteLineAsync(
            $"Резервну копію записано до {options.Output} ({how}, файлів доказів {manifest.Entries.Count(e => e.Path.StartsWith("evidence/", StringComparison.Ordinal))}); " +
            "ключі журналу аудиту (audit-chain.key, audit-signing.key) зберігайте окремо.");
        return CliApp.Ok;
    }

    private static async Task<int> RestoreAsync(string file, IConfiguration configuration, TextWriter stdout)
    {
        string? converted = null;
        try
        {
            using (var backup = await ArchiveFile.OpenVerifiedAsync(file))
            {
                if (backup.Manifest.Kind == ArchiveManifest.SqliteBackupKind)
                {
                    converted = await DatabaseBackup.AsArchiveAsync(backup, TimeProvider.System, Path.GetTempPath());
                }
            }

            return await ImportAsync(converted ?? file, configuration, stdout, "Резервну копію", file);
        }
        finally
        {
            if (converted is not null)
            {
                File.Delete(converted);
            }
        }
    }

    private static async Task ReportMissingAsync(ArchiveManifest manifest, TextWriter stderr)
    {
        foreach (var sha in manifest.MissingEvidence)
        {
            await stderr.WriteLineAsync($"Попередження: файлу доказу {sha} немає в теці {EvidenceFolderSetting}; в архіві його теж немає.");
        }
    }

    /// <summary>Written beside the target under a temporary name and moved: a failed run leaves no half archive.</summary>
    private static async Task<T> WriteAtomicallyAsync<T>(string path, Func<Stream, Task<T>> write)
    {
        var full = Path.GetFullPath(path);
        var temporary = full + "." + Guid.NewGuid().ToString("N") + ".tmp";
        try
        {
            T result;
            await using (var stream = File.Create(temporary))
            {
                result = await write(stream);
            }

            File.Move(temporary, full, overwrite: true);
            return result;
        }
        finally
        {
            File.Delete(temporary);
        }
    }
}
