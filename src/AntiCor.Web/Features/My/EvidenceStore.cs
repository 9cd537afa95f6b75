using System.Security.Cryptography;
using AntiCor.Core.Data;
using AntiCor.Core.Domain;
using AntiCor.Core.Reporting;
using Microsoft.EntityFrameworkCore;

namespace AntiCor.Web.Features.My;

/// <summary>
/// Evidence bytes stored once by their SHA-256: in the database by default (every node and every
/// backup holds them), or, when <c>Evidence:Folder</c> is configured, as files in that folder named
/// by the hash (the database row then holds no bytes). The caller's save stores the row.
/// </summary>
public sealed class EvidenceStore(AppDbContext db, IConfiguration configuration, TimeProvider time)
{
    public const string FolderSetting = "Evidence:Folder";

    private string? Folder => configuration[FolderSetting] is { Length: > 0 } folder ? folder : null;

    /// <summary>Checks the file (size, type by content) and returns its stored content; nothing is stored for a refused file.</summary>
    public async Task<EvidenceContent> PutAsync(byte[] bytes, CancellationToken cancellationToken = default)
    {
        if (bytes.LongLength > EvidenceFileType.MaxBytes)
        {
            throw new DomainException(EvidenceFileType.TooLarge(bytes.LongLength));
        }

        var kind = EvidenceFileType.Detect(bytes) ?? throw new DomainException(EvidenceFileType.Refused);
        var sha = Convert.ToHexStringLower(SHA256.HashData(bytes));
        var known = db.EvidenceContents.Local.FirstOrDefault(c => c.Sha256 == sha)
            ?? await db.EvidenceContents.FirstOrDefaultAsync(c => c.Sha256 == sha, cancellationToken);
        if (known is not null)
        {
            return known;
        }

        byte[]? kept = bytes;
        if (Folder is { } folder)
        {
            Directory.CreateDirectory(folder);
            var path = Path.Combine(folder, sha);
            if (!File.Exists(path))
            {
                // Written under a temporary name and moved: a reader never sees half a file.
                var temporary = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
                await File.WriteAllBytesAsync(temporary, bytes, cancellationToken);
                File.Move(temporary, path, overwrite: true);
            }

            kept = null;
        }

        var content = new EvidenceContent(sha, kind.MediaType, bytes.LongLength, kept, time.GetUtcNow().UtcDateTime);
        db.EvidenceContents.Add(content);
        return content;
    }

    /// <summary>The stored bytes, or null when they are gone (a folder emptied by hand).</summary>
    public async Task<byte[]?> ReadAsync(string sha256, CancellationToken cancellationToken = default)
    {
        var stored = await db.EvidenceContents.AsNoTracking().Where(c => c.Sha256 == sha256).Select(c => c.Bytes).FirstOrDefaultAsync(cancellationToken);
        if (stored is not null)
        {
            return stored;
        }

        var path = Folder is { } folder && sha256.All(char.IsAsciiHexDigit) ? Path.Combine(folder, sha256) : null;
        return path is not null && File.Exists(path) ? await File.ReadAllBytesAsync(path, cancellationToken) : null;
    }
}
