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

        try
        {
            using var stream = new FileStream(path, options);
            stream.Write(content);
            return content;
        }
        catch (IOException) when (File.Exists(path))
        {
            // Another process (the CLI beside the web app) created it first: use theirs, never two keys.
            return File.ReadAllBytes(path);
        }
    }
}
