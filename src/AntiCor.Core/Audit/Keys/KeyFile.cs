namespace AntiCor.Core.Audit.Keys;

/// <summary>
/// A secret kept in a file of the data folder, outside the database: read when present, created
/// once otherwise. Readable by the owner only (mode 600 on Unix), since whoever reads it can forge.
/// </summary>
internal static class KeyFile
{
    public static byte[] ReadOrCreate(string path, Func<byte[]> create)
    {
        if (File.Exists(path))
        {
            return File.ReadAllBytes(path);
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var content = create();
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        // Written whole under a temporary name, then moved into place: a reader never sees half a key.
        var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
        using (var stream = new FileStream(temporary, options))
        {
            stream.Write(content);
        }

        try
        {
            File.Move(temporary, path, overwrite: false);
            return content;
        }
        catch (IOException) when (File.Exists(path))
        {
            // Another process (the CLI beside the web app) created it first: use theirs, never two keys.
            File.Delete(temporary);
            return File.ReadAllBytes(path);
        }
    }
}
