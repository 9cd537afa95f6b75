using System.Security.Cryptography;
using System.Text;
using AntiCor.Core.Reporting;

namespace AntiCor.Web.Tests.Archive;

/// <summary>
/// A deployment with something in every table: two organisations with their programmes imported
/// through the CLI (audit chains written by the real interceptor), users, a checkpoint, evidence
/// both in the database and in the evidence folder, and <see cref="EveryTableFiller"/> for the rest.
/// </summary>
public static class ArchiveSample
{
    public const string FolderEvidenceText = "%PDF-1.4 доказ у теці";

    public static async Task FillAsync(ArchiveCli cli)
    {
        await cli.RunOkAsync("migrate");
        await cli.RunOkAsync("import", Sample("kropyvnytskyi-2019-order-98.txt"), "--publish");
        await cli.RunOkAsync("users", "add", "head@city.test", "--role", "Head");
        await cli.RunOkAsync("orgs", "add", "Степова сільська рада", "--code", "12345678", "--slug", "stepova", "--kind", "VillageCouncil");
        await cli.RunOkAsync("import", Sample("stepova-village-2025-order-12.txt"), "--org", "stepova", "--publish");
        await cli.RunOkAsync("users", "add", "head@stepova.test", "--role", "Head", "--org", "stepova");

        var inFolder = Encoding.UTF8.GetBytes(FolderEvidenceText);
        var sha = Convert.ToHexStringLower(SHA256.HashData(inFolder));
        Directory.CreateDirectory(cli.EvidenceFolder);
        await File.WriteAllBytesAsync(Path.Combine(cli.EvidenceFolder, sha), inFolder);
        var inDatabase = Encoding.UTF8.GetBytes("%PDF-1.4 доказ у базі");
        await cli.QueryAsync(async db =>
        {
            var at = new DateTime(2026, 3, 4, 5, 6, 7, DateTimeKind.Utc);
            db.EvidenceContents.Add(new EvidenceContent(sha, "application/pdf", inFolder.Length, null, at));
            db.EvidenceContents.Add(new EvidenceContent(Convert.ToHexStringLower(SHA256.HashData(inDatabase)), "application/pdf", inDatabase.Length, inDatabase, at));
            return await db.SaveChangesAsync();
        });

        await cli.QueryAsync(async db =>
        {
            await EveryTableFiller.FillAsync(db);
            return 0;
        });
        await cli.RunOkAsync("audit", "checkpoint");
    }

    public static string Sample(string name) => Path.Combine(AppContext.BaseDirectory, "samples", name);
}
