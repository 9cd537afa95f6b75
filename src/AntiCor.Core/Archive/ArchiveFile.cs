using System.IO.Compression;
using System.Security.Cryptography;

namespace AntiCor.Core.Archive;

/// <summary>
/// An archive opened for import, checked whole before anything is written: a zip it can read, a
/// manifest of a format it knows, every entry the manifest lists present with its size and
/// SHA-256, and no entry it does not list.
/// </summary>
public sealed class ArchiveFile : IDisposable
{
    private readonly ZipArchive _zip;

    private ArchiveFile(ZipArchive zip, ArchiveManifest manifest)
    {
        _zip = zip;
        Manifest = manifest;
    }

    public ArchiveManifest Manifest { get; }

    public static async Task<ArchiveFile> OpenVerifiedAsync(string path, CancellationToken cancellationToken = default)
    {
        ZipArchive zip;
        try
        {
            zip = new ZipArchive(File.OpenRead(path), ZipArchiveMode.Read);
        }
        catch (InvalidDataException)
        {
            throw new ArchiveRefusedException($"{path}: це не архів AntiCor (файл не є zip або пошкоджений).");
        }

        try
        {
            var manifestEntry = zip.GetEntry(ArchiveManifest.EntryName)
                ?? throw new ArchiveRefusedException($"{path}: в архіві немає manifest.json — це не архів AntiCor.");
            using var buffer = new MemoryStream();
            await using (var stream = manifestEntry.Open())
            {
                await stream.CopyToAsync(buffer, cancellationToken);
            }

            var manifest = ArchiveManifest.Parse(buffer.ToArray());
            if (manifest.Format > ArchiveManifest.CurrentFormat || manifest.Format < 1)
            {
                throw new ArchiveRefusedException($"Архів формату {manifest.Format} створено новішою версією AntiCor; ця версія читає формат до {ArchiveManifest.CurrentFormat}.");
            }

            await VerifyAsync(zip, manifest, cancellationToken);
            return new ArchiveFile(zip, manifest);
        }
        catch (InvalidDataException)
        {
            zip.Dispose();
            throw new ArchiveRefusedException($"{path}: архів пошкоджено, його записи не читаються. Нічого не записано.");
        }
        catch
        {
            zip.Dispose();
            throw;
        }
    }

    public Stream Open(string entryName) =>
        (_zip.GetEntry(entryName) ?? throw new ArchiveRefusedException($"В архіві немає запису {entryName}.")).Open();

    public bool Has(string entryName) => _zip.GetEntry(entryName) is not null;

    public void Dispose() => _zip.Dispose();

    private static async Task VerifyAsync(ZipArchive zip, ArchiveManifest manifest, CancellationToken cancellationToken)
    {
        var listed = manifest.Entries.ToDictionary(e => e.Path);
        var extra = zip.Entries.Select(e => e.FullName).Where(n => n != ArchiveManifest.EntryName && !listed.ContainsKey(n)).FirstOrDefault();
        if (extra is not null)
        {
            throw new ArchiveRefusedException($"Архів пошкоджено: запис {extra} не вказано в manifest.json. Нічого не записано.");
        }

        foreach (var table in manifest.Tables.Where(t => !listed.ContainsKey(ArchiveTable.EntryName(t.Name))))
        {
            throw new ArchiveRefusedException($"Архів пошкоджено: немає даних таблиці {table.Name}. Нічого не записано.");
        }

        foreach (var expected in manifest.Entries)
        {
            var entry = zip.GetEntry(expected.Path)
                ?? throw new ArchiveRefusedException($"Архів пошкоджено: немає запису {expected.Path}. Нічого не записано.");
            await using var stream = entry.Open();
            using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            var buffer = new byte[81920];
            long size = 0;
            int read;
            while ((read = await stream.ReadAsync(buffer, cancellationToken)) > 0)
            {
                sha.AppendData(buffer, 0, read);
                size += read;
            }

            if (size != expected.Bytes || Convert.ToHexStringLower(sha.GetHashAndReset()) != expected.Sha256)
            {
                throw new ArchiveRefusedException($"Архів пошкоджено: контрольна сума запису {expected.Path} не збігається з manifest.json. Нічого не записано.");
            }
        }
    }
}
